import type { Document } from "../document";

// 002_3067fcd426def989.txt: Oslo kommune web page "Internasjonalt samarbeid på miljø", c. 2011–2014.
// Quotes are copied from the page text.
const CATCHMR_PARTNERS =
  "Deltakerne kommer fra syv områder; Oslo/Akershus, Gøteborg, Wien, Ljubljana, Budapest, Roma og Berlin.";
const BILATERAL =
  "blant annet med Gøteborg i Sverige, Vilnius i Litauen, Warsjawa i Polen, St. Petersburg i Russland og Shanghai i China";

export const osloEnvironment: Document = {
  source: "oslo-environment",
  organisations: [
    {
      org: "c40",
      description: [
        {
          value:
            "Network of the world's megacities that take responsibility for the climate and want to show how cities can contribute to low- and zero-emission solutions.",
          quote:
            "C40cities er et nettverk for verdens megabyer som tar klimaansvar og ønsker å vise hvordan byene kan bidra til lav- og nullutslippsløsninger.",
        },
      ],
      scope: [{ value: "Global", quote: "C40cities er et nettverk for verdens megabyer" }],
      themes: [
        {
          value: ["climate"],
          quote:
            "tar klimaansvar og ønsker å vise hvordan byene kan bidra til lav- og nullutslippsløsninger",
        },
      ],
    },
    {
      org: "iclei",
      description: [
        {
          value: "Worldwide environmental organisation for municipalities.",
          quote:
            "Local Governments for Sustainability (ICLEI) er en verdensomspennende miljøorganisasjon for kommuner.",
        },
      ],
      scope: [
        { value: "Global", quote: "er en verdensomspennende miljøorganisasjon for kommuner" },
      ],
      themes: [
        {
          value: ["environment"],
          quote: "er en verdensomspennende miljøorganisasjon for kommuner",
        },
      ],
    },
    {
      org: "eurocities",
      description: [
        {
          value: "Interest association for large cities in Europe.",
          quote: "Eurocities, en interesseforening for storbyer i Europa",
        },
      ],
      scope: [{ value: "Europe", quote: "en interesseforening for storbyer i Europa" }],
    },
    {
      org: "covenant-of-mayors",
      description: [
        {
          value: "Ambitious initiative of the European Commission.",
          quote:
            "Europakommisjonens ambisiøse initiativ The Covenant of Mayors - ”Ordføreravtalen”",
        },
        {
          value:
            "Cities all over Europe commit to cutting greenhouse-gas emissions by more than the EU's official target of a 20 per cent reduction by 2020.",
          quote:
            "Her forplikter byer over hele Europa seg til å kutte utslippene av klimagasser med mer enn EUs offisielle mål",
        },
      ],
      scope: [{ value: "Europe", quote: "Her forplikter byer over hele Europa seg" }],
      themes: [
        {
          value: ["climate"],
          quote:
            "kutte utslippene av klimagasser med mer enn EUs offisielle mål, som er 20 prosent reduksjon innen 2020",
        },
      ],
    },
    {
      org: "aalborg-commitments",
      description: [
        {
          value:
            "Declaration whose themes cover the environmental, economic and social/ethical sides of sustainable development.",
          quote:
            "Temaene i deklarasjonen dekker både miljømessige, økonomiske og sosiale/etiske sider ved en bærekraftig utvikling.",
        },
      ],
      scope: [{ value: "Global", quote: "Sammen med rundt 700 lokaldemokrati i verden" }],
      themes: [
        {
          value: ["sustainability", "environment", "economy", "social affairs"],
          quote:
            "dekker både miljømessige, økonomiske og sosiale/etiske sider ved en bærekraftig utvikling",
        },
      ],
      members: [
        {
          value: { count: 700, qualifier: "about", unit: "local governments" },
          quote: "Sammen med rundt 700 lokaldemokrati i verden",
          note: "'Lokaldemokrati' (local democracies), read as local governments.",
        },
      ],
    },
    {
      org: "catchmr",
      description: [
        {
          value:
            "Aims to increase competitiveness and quality of life in metropolitan areas; the partners look for passenger-transport solutions that reduce the need for transport without hindering mobility, and raise the share of greener transport.",
          quote:
            "Hensikten med CatchMR er å øke konkurransekraften og livskvalitet i storbyområder.",
        },
      ],
      themes: [
        {
          value: ["transport", "mobility"],
          quote:
            "Partnerne ønsker å finne gode løsninger for persontransport med tanke på å redusere transportbehovet uten å forstyrre ønsket mobilitet",
        },
      ],
      members: [
        {
          value: { count: 7, unit: "partner areas" },
          quote: CATCHMR_PARTNERS,
          note: "Oslo/Akershus, Gøteborg, Wien, Ljubljana, Budapest, Roma and Berlin.",
        },
      ],
    },
  ],
  memberships: [
    {
      place: "oslo",
      org: "c40",
      events: [
        {
          type: "role",
          detail: "Innovator city status",
          quote: "Oslo har fått status som innovatørby i C40",
          note: "Given for clear leadership on environment and climate. The page gives the status only; it does not call Oslo a C40 member.",
        },
      ],
    },
    {
      place: "oslo",
      org: "iclei",
      events: [
        {
          type: "member",
          quote: "Som medlem av ICLEI deltar Oslo i Cities for Climate Protection Europe.",
        },
      ],
    },
    {
      place: "oslo",
      org: "ccp-europe",
      via: {
        value: "As a member of ICLEI",
        quote: "Som medlem av ICLEI deltar Oslo i Cities for Climate Protection Europe.",
      },
      events: [
        {
          type: "member",
          quote: "Som medlem av ICLEI deltar Oslo i Cities for Climate Protection Europe.",
        },
      ],
    },
    {
      place: "oslo",
      org: "eurocities",
      events: [
        {
          type: "associate",
          detail: "Associate member",
          quote: "Oslo er assosiert medlem av Eurocities",
          note: "The metro-notes document (c. 2015–2017) lists Oslo as a (full) Norwegian member of EUROCITIES; the two sources disagree, or Oslo's status changed between them.",
        },
        {
          type: "active",
          detail:
            "Takes part in the Environment Forum, the Mobility Forum and working groups on air quality and climate, noise, waste, clean cities, water management and green cities",
          quote:
            "Oslo deltar i Forum for Miljø, Mobility Forum samt arbeidsgrupper innen temaene: luftkvalitet og klima, støy, avfall",
        },
      ],
    },
    {
      place: "oslo",
      org: "covenant-of-mayors",
      events: [
        {
          type: "member",
          detail: "Signatory",
          quote:
            "Oslo har også signert Europakommisjonens ambisiøse initiativ The Covenant of Mayors",
          note: "The page does not give the year of signing.",
        },
      ],
    },
    {
      place: "oslo",
      org: "aalborg-commitments",
      events: [
        {
          type: "joined",
          year: 2011,
          detail: "Committed by the city council (bystyret)",
          quote: "har bystyret i 2011 forpliktet Oslo til Aalborg Commitments",
        },
      ],
    },
    {
      place: "oslo",
      org: "catchmr",
      events: [
        {
          type: "member",
          detail: "Partner (as the Oslo/Akershus area)",
          quote: CATCHMR_PARTNERS,
          note: "The page lists 'Oslo/Akershus' as one of the seven partner areas; it is entered for both Oslo and Akershus.",
        },
      ],
    },
    {
      place: "akershus",
      org: "catchmr",
      events: [
        {
          type: "member",
          detail: "Partner (as the Oslo/Akershus area)",
          quote: CATCHMR_PARTNERS,
          note: "The page lists 'Oslo/Akershus' as one of the seven partner areas; it is entered for both Oslo and Akershus.",
        },
      ],
    },
    {
      place: "goteborg",
      org: "catchmr",
      events: [{ type: "member", detail: "Partner area", quote: CATCHMR_PARTNERS }],
    },
    {
      place: "wien",
      org: "catchmr",
      events: [{ type: "member", detail: "Partner area", quote: CATCHMR_PARTNERS }],
    },
    {
      place: "ljubljana",
      org: "catchmr",
      events: [{ type: "member", detail: "Partner area", quote: CATCHMR_PARTNERS }],
    },
    {
      place: "budapest",
      org: "catchmr",
      events: [{ type: "member", detail: "Partner area", quote: CATCHMR_PARTNERS }],
    },
    {
      place: "roma",
      org: "catchmr",
      events: [{ type: "member", detail: "Partner area", quote: CATCHMR_PARTNERS }],
    },
    {
      place: "berlin",
      org: "catchmr",
      events: [{ type: "member", detail: "Partner area", quote: CATCHMR_PARTNERS }],
    },
  ],
  relations: [
    {
      a: "oslo",
      b: "goteborg",
      kind: "bilateral partner",
      detail: "environmental cooperation projects",
      quote: BILATERAL,
    },
    {
      a: "oslo",
      b: "vilnius",
      kind: "bilateral partner",
      detail: "environmental cooperation projects",
      quote: BILATERAL,
    },
    {
      a: "oslo",
      b: "warszawa",
      kind: "bilateral partner",
      detail: "environmental cooperation projects",
      quote: BILATERAL,
      note: "The page spells it 'Warsjawa'.",
    },
    {
      a: "oslo",
      b: "st-petersburg",
      kind: "bilateral partner",
      detail: "environmental cooperation projects",
      quote: BILATERAL,
    },
    {
      a: "oslo",
      b: "shanghai",
      kind: "bilateral partner",
      detail: "environmental cooperation projects",
      quote: BILATERAL,
    },
  ],
};
