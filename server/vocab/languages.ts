// Content languages (ISO 639-1 ids) with the ISO 639-3 locale Meilisearch 1.21 accepts, where it supports one.
import { defineVocabulary } from './types.js';

export const languages = defineVocabulary({
  id: 'languages',
  labels: { sl: 'Jezik', pl: 'Język', sv: 'Språk', en: 'Language' },
  terms: [
    {
      id: 'sl',
      meiliLocale: 'slv',
      labels: { sl: 'Slovenščina', pl: 'Słoweński', sv: 'Slovenska', en: 'Slovenian' },
    },
    {
      id: 'pl',
      meiliLocale: 'pol',
      labels: { sl: 'Poljščina', pl: 'Polski', sv: 'Polska', en: 'Polish' },
    },
    {
      id: 'sv',
      meiliLocale: 'swe',
      labels: { sl: 'Švedščina', pl: 'Szwedzki', sv: 'Svenska', en: 'Swedish' },
    },
    {
      id: 'en',
      meiliLocale: 'eng',
      labels: { sl: 'Angleščina', pl: 'Angielski', sv: 'Engelska', en: 'English' },
    },
    {
      id: 'hr',
      meiliLocale: 'hrv',
      labels: { sl: 'Hrvaščina', pl: 'Chorwacki', sv: 'Kroatiska', en: 'Croatian' },
    },
    {
      id: 'cs',
      meiliLocale: 'ces',
      labels: { sl: 'Češčina', pl: 'Czeski', sv: 'Tjeckiska', en: 'Czech' },
    },
    {
      id: 'sk',
      meiliLocale: 'slk',
      labels: { sl: 'Slovaščina', pl: 'Słowacki', sv: 'Slovakiska', en: 'Slovak' },
    },
    {
      id: 'hu',
      meiliLocale: 'hun',
      labels: { sl: 'Madžarščina', pl: 'Węgierski', sv: 'Ungerska', en: 'Hungarian' },
    },
    {
      id: 'de',
      meiliLocale: 'deu',
      labels: { sl: 'Nemščina', pl: 'Niemiecki', sv: 'Tyska', en: 'German' },
    },
    {
      id: 'fr',
      meiliLocale: 'fra',
      labels: { sl: 'Francoščina', pl: 'Francuski', sv: 'Franska', en: 'French' },
    },
    {
      id: 'it',
      meiliLocale: 'ita',
      labels: { sl: 'Italijanščina', pl: 'Włoski', sv: 'Italienska', en: 'Italian' },
    },
    {
      id: 'es',
      meiliLocale: 'spa',
      labels: { sl: 'Španščina', pl: 'Hiszpański', sv: 'Spanska', en: 'Spanish' },
    },
    {
      id: 'pt',
      meiliLocale: 'por',
      labels: { sl: 'Portugalščina', pl: 'Portugalski', sv: 'Portugisiska', en: 'Portuguese' },
    },
    {
      id: 'nl',
      meiliLocale: 'nld',
      labels: { sl: 'Nizozemščina', pl: 'Niderlandzki', sv: 'Nederländska', en: 'Dutch' },
    },
    {
      id: 'da',
      meiliLocale: 'dan',
      labels: { sl: 'Danščina', pl: 'Duński', sv: 'Danska', en: 'Danish' },
    },
    {
      id: 'fi',
      meiliLocale: 'fin',
      labels: { sl: 'Finščina', pl: 'Fiński', sv: 'Finska', en: 'Finnish' },
    },
    {
      id: 'et',
      meiliLocale: 'est',
      labels: { sl: 'Estonščina', pl: 'Estoński', sv: 'Estniska', en: 'Estonian' },
    },
    {
      id: 'lv',
      meiliLocale: 'lav',
      labels: { sl: 'Latvijščina', pl: 'Łotewski', sv: 'Lettiska', en: 'Latvian' },
    },
    {
      id: 'lt',
      meiliLocale: 'lit',
      labels: { sl: 'Litovščina', pl: 'Litewski', sv: 'Litauiska', en: 'Lithuanian' },
    },
    {
      id: 'ro',
      meiliLocale: 'ron',
      labels: { sl: 'Romunščina', pl: 'Rumuński', sv: 'Rumänska', en: 'Romanian' },
    },
    {
      id: 'bg',
      meiliLocale: 'bul',
      labels: { sl: 'Bolgarščina', pl: 'Bułgarski', sv: 'Bulgariska', en: 'Bulgarian' },
    },
    {
      id: 'el',
      meiliLocale: 'ell',
      labels: { sl: 'Grščina', pl: 'Grecki', sv: 'Grekiska', en: 'Greek' },
    },
    {
      id: 'mt',
      labels: { sl: 'Malteščina', pl: 'Maltański', sv: 'Maltesiska', en: 'Maltese' },
    },
    {
      id: 'ga',
      labels: { sl: 'Irščina', pl: 'Irlandzki', sv: 'Iriska', en: 'Irish' },
    },
    {
      id: 'no',
      meiliLocale: 'nob',
      labels: { sl: 'Norveščina', pl: 'Norweski', sv: 'Norska', en: 'Norwegian' },
    },
    {
      id: 'is',
      labels: { sl: 'Islandščina', pl: 'Islandzki', sv: 'Isländska', en: 'Icelandic' },
    },
    {
      id: 'lb',
      labels: { sl: 'Luksemburščina', pl: 'Luksemburski', sv: 'Luxemburgiska', en: 'Luxembourgish' },
    },
    {
      id: 'uk',
      meiliLocale: 'ukr',
      labels: { sl: 'Ukrajinščina', pl: 'Ukraiński', sv: 'Ukrainska', en: 'Ukrainian' },
    },
    {
      id: 'sr',
      meiliLocale: 'srp',
      labels: { sl: 'Srbščina', pl: 'Serbski', sv: 'Serbiska', en: 'Serbian' },
    },
    {
      id: 'bs',
      labels: { sl: 'Bosanščina', pl: 'Bośniacki', sv: 'Bosniska', en: 'Bosnian' },
    },
    {
      id: 'mk',
      meiliLocale: 'mkd',
      labels: { sl: 'Makedonščina', pl: 'Macedoński', sv: 'Makedonska', en: 'Macedonian' },
    },
    {
      id: 'sq',
      labels: { sl: 'Albanščina', pl: 'Albański', sv: 'Albanska', en: 'Albanian' },
    },
  ],
});
