import type { Lang } from "../model";

// The criteria the seed documents use to judge a membership, with what each score level means.
// Bergen: "passiv eller aktiv deltakelse, læringsutbytte og gjennomslagskraft".
// Stockholm: the international strategy's "positionering, verksamhetsutveckling, bevakning och påverkan",
// fit with "stadens inriktningsmål, Vision 2030 eller den internationella strategin", and the cost
// in "resurser" and "långa resor".

export type Localized = Record<Lang, string>;
export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export interface Criterion {
  /** Letters, digits and underscores: also used in Excel names (W_<id>). */
  id: string;
  label: Localized;
  description: Localized;
  /** benefit: 5 is best. cost: 5 is the highest cost, so the score counts inverted (6 − score). */
  direction: "benefit" | "cost";
  /** What each score level means, short enough for an Excel input message. */
  rubric: Record<Level, Localized>;
}

export const CRITERIA = {
  participation: {
    id: "participation",
    label: { en: "Participation", nb: "Deltakelse", sv: "Deltagande" },
    description: {
      en: "How actively the city takes part: meetings, working groups, projects, offices held.",
      nb: "Hvor aktivt byen deltar: møter, arbeidsgrupper, prosjekter, verv.",
      sv: "Hur aktivt staden deltar: möten, arbetsgrupper, projekt, uppdrag.",
    },
    direction: "benefit",
    rubric: {
      1: {
        en: "Passive: no participation in recent years",
        nb: "Passiv: ikke deltatt de siste årene",
        sv: "Passiv: inget deltagande de senaste åren",
      },
      2: {
        en: "Occasional: attends now and then",
        nb: "Sporadisk: deltar av og til",
        sv: "Sporadiskt: deltar ibland",
      },
      3: {
        en: "Regular: attends meetings and conferences",
        nb: "Jevnlig: deltar på møter og konferanser",
        sv: "Regelbundet: deltar i möten och konferenser",
      },
      4: {
        en: "Active: contributes in groups or projects",
        nb: "Aktiv: bidrar i grupper eller prosjekter",
        sv: "Aktivt: bidrar i grupper eller projekt",
      },
      5: {
        en: "Leading: holds offices, chairs or hosts",
        nb: "Ledende: har verv, leder eller er vertskap",
        sv: "Ledande: har uppdrag, leder eller är värd",
      },
    },
  },
  learning: {
    id: "learning",
    label: { en: "Learning outcome", nb: "Læringsutbytte", sv: "Kunskapsutbyte" },
    description: {
      en: "What the city learns: exchange of experience, methods and knowledge it can use.",
      nb: "Hva byen lærer: erfaringsutveksling, metoder og kunnskap den kan bruke.",
      sv: "Vad staden lär sig: erfarenhetsutbyte, metoder och kunskap den kan använda.",
    },
    direction: "benefit",
    rubric: {
      1: {
        en: "None relevant to the city's services",
        nb: "Ingen relevant for kommunens tjenester",
        sv: "Ingen som är relevant för stadens verksamhet",
      },
      2: {
        en: "Little: interesting but seldom relevant",
        nb: "Lite: interessant, men sjelden relevant",
        sv: "Lite: intressant men sällan relevant",
      },
      3: {
        en: "Some: useful exchange of experience",
        nb: "Noe: nyttig erfaringsutveksling",
        sv: "Visst: nyttigt erfarenhetsutbyte",
      },
      4: {
        en: "Clear: knowledge used in the city's work",
        nb: "Tydelig: kunnskap brukes i kommunens arbeid",
        sv: "Tydligt: kunskap används i stadens arbete",
      },
      5: {
        en: "Major: changes practice, projects follow",
        nb: "Stort: endrer praksis, gir prosjekter",
        sv: "Stort: ändrar arbetssätt, ger projekt",
      },
    },
  },
  influence: {
    id: "influence",
    label: { en: "Influence", nb: "Gjennomslagskraft", sv: "Påverkan" },
    description: {
      en: "The city's voice through the network: on the network itself, the EU, the UN or national policy.",
      nb: "Byens stemme gjennom nettverket: i nettverket, overfor EU, FN eller nasjonal politikk.",
      sv: "Stadens röst genom nätverket: i nätverket, gentemot EU, FN eller nationell politik.",
    },
    direction: "benefit",
    rubric: {
      1: {
        en: "None: no voice in or through the network",
        nb: "Ingen: ingen stemme i eller gjennom nettverket",
        sv: "Ingen: ingen röst i eller genom nätverket",
      },
      2: {
        en: "Little: decisions are made elsewhere",
        nb: "Lite: beslutninger tas andre steder",
        sv: "Lite: besluten fattas någon annanstans",
      },
      3: {
        en: "Some: contributes to joint positions",
        nb: "Noe: bidrar til felles standpunkter",
        sv: "Viss: bidrar till gemensamma ståndpunkter",
      },
      4: {
        en: "Clear: shapes positions towards EU/UN",
        nb: "Tydelig: former standpunkter overfor EU/FN",
        sv: "Tydlig: formar ståndpunkter mot EU/FN",
      },
      5: {
        en: "Strong: a leading voice towards EU/UN",
        nb: "Sterk: en ledende stemme overfor EU/FN",
        sv: "Stark: en ledande röst mot EU/FN",
      },
    },
  },
  positioning: {
    id: "positioning",
    label: { en: "Positioning", nb: "Posisjonering", sv: "Positionering" },
    description: {
      en: "The city's visibility and profile among cities and institutions abroad.",
      nb: "Byens synlighet og profil blant byer og institusjoner i utlandet.",
      sv: "Stadens synlighet och profil bland städer och institutioner utomlands.",
    },
    direction: "benefit",
    rubric: {
      1: { en: "No visibility gained", nb: "Gir ingen synlighet", sv: "Ger ingen synlighet" },
      2: { en: "Little visibility", nb: "Lite synlighet", sv: "Lite synlighet" },
      3: {
        en: "Some visibility among peers",
        nb: "Noe synlighet blant likesinnede",
        sv: "Viss synlighet bland likar",
      },
      4: {
        en: "Clear profile in the field",
        nb: "Tydelig profil på feltet",
        sv: "Tydlig profil inom området",
      },
      5: {
        en: "Strong international profile or label",
        nb: "Sterk internasjonal profil eller merkelapp",
        sv: "Stark internationell profil eller märkning",
      },
    },
  },
  operations: {
    id: "operations",
    label: { en: "Operational development", nb: "Tjenesteutvikling", sv: "Verksamhetsutveckling" },
    description: {
      en: "Benefit to the city's own services and departments (verksamhetsnytta).",
      nb: "Nytte for kommunens egne tjenester og etater.",
      sv: "Nytta för stadens egna verksamheter och förvaltningar (verksamhetsnytta).",
    },
    direction: "benefit",
    rubric: {
      1: {
        en: "No benefit to the city's services",
        nb: "Ingen nytte for tjenestene",
        sv: "Ingen nytta för verksamheterna",
      },
      2: {
        en: "Little, for one unit now and then",
        nb: "Lite, for én enhet av og til",
        sv: "Lite, för en enhet ibland",
      },
      3: { en: "Some, for one department", nb: "Noe, for én etat", sv: "Viss, för en förvaltning" },
      4: {
        en: "Clear, for several departments",
        nb: "Tydelig, for flere etater",
        sv: "Tydlig, för flera förvaltningar",
      },
      5: {
        en: "Major, across the city",
        nb: "Stor, på tvers av kommunen",
        sv: "Stor, i hela staden",
      },
    },
  },
  monitoring: {
    id: "monitoring",
    label: { en: "Monitoring", nb: "Omverdensovervåking", sv: "Bevakning" },
    description: {
      en: "Early access to information on policy, funding and trends that matter to the city.",
      nb: "Tidlig tilgang til informasjon om politikk, finansiering og trender som angår byen.",
      sv: "Tidig tillgång till information om politik, finansiering och trender som berör staden.",
    },
    direction: "benefit",
    rubric: {
      1: {
        en: "No useful information",
        nb: "Ingen nyttig informasjon",
        sv: "Ingen användbar information",
      },
      2: {
        en: "Little, mostly available elsewhere",
        nb: "Lite, finnes stort sett ellers",
        sv: "Lite, finns mest på annat håll",
      },
      3: {
        en: "Some useful news and contacts",
        nb: "Noe nyttig informasjon og kontakter",
        sv: "Viss nyttig information och kontakter",
      },
      4: {
        en: "Good, timely information",
        nb: "God informasjon i tide",
        sv: "God information i tid",
      },
      5: {
        en: "First-hand, early from EU/UN",
        nb: "Førstehånds og tidlig fra EU/FN",
        sv: "Förstahands och tidig från EU/FN",
      },
    },
  },
  fit: {
    id: "fit",
    label: { en: "Strategic fit", nb: "Strategisk forankring", sv: "Strategisk förankring" },
    description: {
      en: "How well the network's focus fits the city's strategy, goals and council decisions.",
      nb: "Hvor godt nettverkets innretning passer byens strategi, mål og bystyrevedtak.",
      sv: "Hur väl nätverkets inriktning passar stadens strategi, mål och beslut.",
    },
    direction: "benefit",
    rubric: {
      1: {
        en: "Out of line with the city's goals",
        nb: "Ikke i tråd med byens mål",
        sv: "Inte i linje med stadens mål",
      },
      2: { en: "Weak fit", nb: "Svak forankring", sv: "Svag förankring" },
      3: { en: "Partly fits", nb: "Passer delvis", sv: "Passar delvis" },
      4: { en: "Fits the strategy", nb: "Passer strategien", sv: "Passar strategin" },
      5: {
        en: "Central to the strategy or a council decision",
        nb: "Sentral i strategien eller bystyrevedtak",
        sv: "Central i strategin eller ett beslut",
      },
    },
  },
  resources: {
    id: "resources",
    label: { en: "Resources", nb: "Ressursbruk", sv: "Resursåtgång" },
    description: {
      en: "Fees and staff time the membership takes. A cost: 5 is the highest cost.",
      nb: "Kontingent og arbeidstid medlemskapet krever. En kostnad: 5 er høyest kostnad.",
      sv: "Avgifter och arbetstid medlemskapet kräver. En kostnad: 5 är högst kostnad.",
    },
    direction: "cost",
    rubric: {
      1: {
        en: "Negligible fee and time",
        nb: "Ubetydelig kontingent og tid",
        sv: "Obetydlig avgift och tid",
      },
      2: { en: "Small", nb: "Liten", sv: "Liten" },
      3: {
        en: "Moderate: a fee and some staff time",
        nb: "Moderat: kontingent og noe arbeidstid",
        sv: "Måttlig: avgift och viss arbetstid",
      },
      4: {
        en: "High: much staff time or high fees",
        nb: "Høy: mye arbeidstid eller høy kontingent",
        sv: "Hög: mycket arbetstid eller höga avgifter",
      },
      5: {
        en: "Very high: more than the city can prioritise",
        nb: "Svært høy: mer enn byen kan prioritere",
        sv: "Mycket hög: mer än staden kan prioritera",
      },
    },
  },
  travel: {
    id: "travel",
    label: { en: "Travel", nb: "Reiser", sv: "Resor" },
    description: {
      en: "Travel the membership asks of politicians and staff. A cost: 5 is the heaviest travel.",
      nb: "Reiser medlemskapet krever av politikere og ansatte. En kostnad: 5 er mest reising.",
      sv: "Resor medlemskapet kräver av politiker och tjänstemän. En kostnad: 5 är mest resor.",
    },
    direction: "cost",
    rubric: {
      1: {
        en: "None, or digital meetings only",
        nb: "Ingen, eller bare digitale møter",
        sv: "Inga, eller bara digitala möten",
      },
      2: {
        en: "Short trips within the Nordics",
        nb: "Korte reiser i Norden",
        sv: "Korta resor inom Norden",
      },
      3: {
        en: "Regular trips within Europe",
        nb: "Jevnlige reiser i Europa",
        sv: "Regelbundna resor inom Europa",
      },
      4: {
        en: "Frequent or long trips",
        nb: "Hyppige eller lange reiser",
        sv: "Täta eller långa resor",
      },
      5: {
        en: "Long intercontinental trips",
        nb: "Lange interkontinentale reiser",
        sv: "Långa interkontinentala resor",
      },
    },
  },
} as const satisfies Record<string, Criterion>;

export type CriterionId = keyof typeof CRITERIA;
export const CRITERION_IDS = Object.keys(CRITERIA) as CriterionId[];
