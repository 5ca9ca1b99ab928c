import type { SourceRecord } from "../core/model";

// The five seed documents. Dates are inferred from internal evidence, so every year here is approximate.
export const SOURCES = [
  {
    id: "metro-notes",
    file: "000_661455ce9d0b1b35.txt",
    title: "EUROCITIES / METREX nettverket",
    publisher: "A Norwegian municipality or county in the Oslo area (inferred)",
    publisherIn: {
      en: "A Norwegian municipality or county in the Oslo area",
      nb: "En norsk kommune eller fylkeskommune i Oslo-området",
      sv: "En norsk kommun eller fylkeskommun i Osloområdet",
    },
    language: "nb",
    year: 2016,
    dateText: "c. 2015–2017",
    dateBasis:
      "Names Johanna Rolland (Nantes) as EUROCITIES president and Nicola Schelling as METREX president.",
    kind: "web page",
  },
  {
    id: "stockholm-2011",
    file: "001_92a00ac08a6ed3d8.txt",
    title: "Rapport avseende stadens engagemang i stadsövergripande internationella organisationer",
    publisher: "Stockholms stad, stadsledningskontoret",
    language: "sv",
    year: 2011,
    dateText: "c. 2010–2011",
    dateBasis:
      "Refers to the UCLG congress of November 2010 as past and the Metropolis congress of November 2011 as coming.",
    kind: "report",
  },
  {
    id: "oslo-environment",
    file: "002_3067fcd426def989.txt",
    title: "Internasjonalt samarbeid på miljø",
    publisher: "Oslo kommune",
    language: "nb",
    year: 2012,
    dateText: "c. 2011–2014",
    dateBasis: "Cites a 2011 city council decision on the Aalborg Commitments.",
    kind: "web page",
  },
  {
    id: "bergen-2020",
    file: "003_e567d6f39c3cc0f4.txt",
    title: "Gjennomgang av kommunens internasjonale samarbeidsarenaer",
    publisher: "Bergen kommune (appendix to a city government report)",
    language: "nb",
    year: 2020,
    dateText: "c. 2020–2021",
    dateBasis:
      "Cites the 2019–2023 council term, a council decision of 11 March 2020 and a 2020–2022 project.",
    kind: "report appendix",
  },
  {
    id: "osloregionen-2008",
    file: "004_16dddb4ffe28ee3d.txt",
    title: "Osloregionen: strategisk, politisk samarbeidsallianse (presentation)",
    publisher: "Osloregionen",
    language: "nb",
    year: 2008,
    dateText: "c. 2008",
    dateBasis: "Lists Horten as a member from 1 January 2008 and projects running 2007–2008.",
    kind: "slide transcript",
  },
] as const satisfies readonly SourceRecord[];

export type SourceId = (typeof SOURCES)[number]["id"];
