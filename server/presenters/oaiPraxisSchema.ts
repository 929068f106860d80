// The XML Schema of the `praxis` OAI-PMH metadata format (namespace urn:x-praxis:practice:1): a practice's
// classification by the controlled vocabularies (ids with English labels), its facts, licence and public texts.
export const praxisMetadataSchema = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:praxis="urn:x-praxis:practice:1"
  targetNamespace="urn:x-praxis:practice:1" elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xs:complexType name="termType">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="id" type="xs:string" use="required"/>
        <xs:attribute name="unknown" type="xs:boolean"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="termListType">
    <xs:sequence><xs:element name="term" type="praxis:termType" maxOccurs="unbounded"/></xs:sequence>
  </xs:complexType>
  <xs:complexType name="licenceType">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="id" type="xs:string" use="required"/>
        <xs:attribute name="url" type="xs:anyURI"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="textType">
    <xs:sequence>
      <xs:element name="title" type="xs:string" minOccurs="0"/>
      <xs:element name="summary" type="xs:string" minOccurs="0"/>
      <xs:element name="challenge" type="xs:string" minOccurs="0"/>
      <xs:element name="description" type="xs:string" minOccurs="0"/>
      <xs:element name="implementation" type="xs:string" minOccurs="0"/>
      <xs:element name="resourcesNeeded" type="xs:string" minOccurs="0"/>
      <xs:element name="outcomes" type="xs:string" minOccurs="0"/>
      <xs:element name="difficulties" type="xs:string" minOccurs="0"/>
      <xs:element name="transferConditions" type="xs:string" minOccurs="0"/>
      <xs:element name="lessons" type="xs:string" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="lang" type="xs:language" use="required"/>
    <xs:attribute name="provenance" use="required">
      <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="original"/><xs:enumeration value="human"/><xs:enumeration value="machine"/></xs:restriction></xs:simpleType>
    </xs:attribute>
    <xs:attribute name="reviewed" type="xs:boolean" use="required"/>
  </xs:complexType>
  <xs:element name="practice">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="url" type="xs:anyURI"/>
        <xs:element name="originalLanguage" type="xs:language"/>
        <xs:element name="published" type="xs:dateTime" minOccurs="0"/>
        <xs:element name="updated" type="xs:dateTime"/>
        <xs:element name="author" type="xs:string" minOccurs="0"/>
        <xs:element name="organisation" minOccurs="0">
          <xs:complexType><xs:sequence>
            <xs:element name="name" type="xs:string" minOccurs="0"/>
            <xs:element name="ownerType" type="praxis:termType" minOccurs="0"/>
          </xs:sequence></xs:complexType>
        </xs:element>
        <xs:element name="country" type="praxis:termType" minOccurs="0"/>
        <xs:element name="region" type="xs:string" minOccurs="0"/>
        <xs:element name="sector" type="praxis:termType" minOccurs="0"/>
        <xs:element name="practiceType" type="praxis:termType" minOccurs="0"/>
        <xs:element name="lifecycleStage" type="praxis:termType" minOccurs="0"/>
        <xs:element name="educationLevels" type="praxis:termListType" minOccurs="0"/>
        <xs:element name="targetGroups" type="praxis:termListType" minOccurs="0"/>
        <xs:element name="digCompEdu" type="praxis:termListType" minOccurs="0"/>
        <xs:element name="digComp" type="praxis:termListType" minOccurs="0"/>
        <xs:element name="selfieAreas" type="praxis:termListType" minOccurs="0"/>
        <xs:element name="evidenceTypes" type="praxis:termListType" minOccurs="0"/>
        <xs:element name="evidenceLevel" type="praxis:termType" minOccurs="0"/>
        <xs:element name="startDate" type="xs:string" minOccurs="0"/>
        <xs:element name="endDate" type="xs:string" minOccurs="0"/>
        <xs:element name="scale" minOccurs="0">
          <xs:complexType><xs:sequence>
            <xs:element name="schools" type="xs:nonNegativeInteger" minOccurs="0"/>
            <xs:element name="municipalities" type="xs:nonNegativeInteger" minOccurs="0"/>
            <xs:element name="participants" type="xs:nonNegativeInteger" minOccurs="0"/>
            <xs:element name="trainings" type="xs:nonNegativeInteger" minOccurs="0"/>
          </xs:sequence></xs:complexType>
        </xs:element>
        <xs:element name="programme" type="xs:string" minOccurs="0"/>
        <xs:element name="funding" type="xs:string" minOccurs="0"/>
        <xs:element name="licence" type="praxis:licenceType" minOccurs="0"/>
        <xs:element name="tag" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
        <xs:element name="text" type="praxis:textType" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
`;
