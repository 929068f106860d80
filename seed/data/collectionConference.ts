// The curated collection of the closing conference of the Slovenian "Dvig digitalne kompetentnosti"
// programme: eight published write-ups from schools, a kindergarten and a VET school.
import type { SeedCollection } from '../types.js';

export const conferenceCollection: SeedCollection = {
  key: 'conference-ddk-2025',
  organiser: 'organiser-si',
  title: {
    sl: 'Primeri dobre prakse z zaključne konference projekta Dvig digitalne kompetentnosti',
    en: 'Good practices from the closing conference of the Raising Digital Competence project',
  },
  introduction: {
    sl: `Na zaključni konferenci projekta **Dvig digitalne kompetentnosti** so strokovni delavci vrtcev, osnovnih in srednjih šol predstavili, kaj se je v njihovih zavodih spremenilo, odkar so pripravili digitalno strategijo in jo preizkusili v praksi. V zbirki je osem zapisov, urejenih tako, kot so si sledili na konferenci: od digitalne strategije šole in akcijskega načrta, prek samoevalvacije SELFIE in učečih se skupnosti učiteljev, do digitalnega preverjanja znanja, vključevanja, sodelovanja s starši, vrtca in praktičnega usposabljanja z delom v poklicni šoli.

Vsak zapis opisuje izziv, korake izvedbe, rezultate z dokazi in – kar je za prenos v drug zavod najpomembnejše – tudi to, kaj ni uspelo in kaj bi avtorji naslednjič naredili drugače. Zapise lahko komentirate, jih povežete s svojo prakso ali označite, da ste jih prenesli v svoj zavod.`,
    en: `At the closing conference of the **Raising Digital Competence** project (Dvig digitalne kompetentnosti), staff from kindergartens, primary and secondary schools presented what has changed in their institutions since they drafted a digital strategy and put it into practice. The collection holds eight write-ups in the order they were presented: from a school digital strategy and action plan, through SELFIE self-evaluation and teachers' learning communities, to digital assessment, inclusion, work with parents, a kindergarten and work-based learning in a VET school.

Each write-up describes the challenge, the implementation steps and the results with evidence, and – most useful for anyone transferring the practice – what did not work and what the authors would do differently next time. You can comment on the write-ups, link them to your own practice, or mark that your institution has adopted them.`,
  },
  event: {
    name: 'Zaključna konferenca projekta Dvig digitalne kompetentnosti',
    date: '2025-05-22',
    place: 'Ljubljana',
  },
  practiceKeys: ['si-01', 'si-02', 'si-03', 'si-04', 'si-05', 'si-06', 'si-09', 'si-11'],
  resourceKeys: [],
};
