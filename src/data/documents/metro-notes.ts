import type { Document } from "../document";

// 000_661455ce9d0b1b35.txt: Norwegian notes on EUROCITIES and the METREX network, c. 2015–2017.
// Quotes are copied from the notes.
const EC_NORWAY = "Oslo og Bergen er norske medlemmer og Stavanger er assosiert partner.";

export const metroNotes: Document = {
  source: "metro-notes",
  organisations: [
    {
      org: "eurocities",
      description: [
        {
          value:
            "Network of large European cities working for the EU institutions and member states to build an urban dimension into policy initiatives.",
          quote:
            "Eurocities er nettverket for europeiske storbyer som arbeider for at EU-institusjoner og medlemsland i større grad skal inkorporerer en storbydimensjon",
        },
        {
          value:
            "Its overall aim is a better quality of life for all citizens, pursued through networking, lobbying and campaigns.",
          quote:
            "Den overordnede målsetningen for Eurocities er bedret livskvalitet for alle borgere",
        },
        {
          value:
            "A platform for members to share knowledge and ideas, exchange experience, analyse common challenges and develop innovative solutions through forums, working groups, projects and events.",
          quote:
            "Eurocities utgjør en plattform for medlemmene til å dele kunnskap, kompetanse og ideer",
        },
        {
          value:
            "Puts urban themes on the agenda across policy areas, links cities directly to EU policy and contributes joint input through the EU Urban Agenda.",
          quote:
            "Eurocities ønsker å påvirke og arbeide inn mot EUs institusjoner og bidra med felles innspill gjennom EUs Urbane Agenda.",
        },
        {
          value:
            "The general assembly is the highest body and meets once a year in November; there is a president and an Executive Committee of 12 members, including a vice-president, a treasurer and a secretary.",
          quote:
            "Generalforsamlingen er Eurocities øverste organ og denne trer sammen en gang pr. år i november.",
        },
        {
          value: "Works through six thematic forums and about 40 working groups under the forums.",
          quote: "Man arbeider gjennom 6 tematiske Forum",
          note: "The notes give 'rundt 40 arbeidsgrupper' (about 40 working groups).",
        },
      ],
      scope: [{ value: "Europe", quote: "Eurocities er nettverket for europeiske storbyer" }],
      themes: [
        {
          value: ["culture", "economy", "environment", "knowledge", "mobility", "social affairs"],
          quote:
            "Det arbeids innenfor seks tematiske områder: Kultur, økonomi, miljø, kunnskapssamfunnet, mobilitet og sosiale saker.",
        },
        {
          value: ["economy", "sustainability"],
          quote: "Byene som motorer for arbeidsplasser og en bærekraftig vekst",
          note: "One of four focus areas.",
        },
        {
          value: ["inclusion", "culture"],
          quote: "Inkluderende. Flerkulturelle og kreative byer",
          note: "One of four focus areas.",
        },
        {
          value: ["environment", "health"],
          quote: "Grønne, tilgjengelige og helsefremmende byer",
          note: "One of four focus areas.",
        },
        {
          value: ["governance"],
          quote: "Urban innovasjon og styring av byene (governance)",
          note: "One of four focus areas.",
        },
      ],
      members: [
        {
          value: {
            count: 130,
            unit: "members",
            associates: 40,
            associatesUnit: "associated partners",
            countries: 35,
          },
          quote: "Organisasjonen har 130 medlemmer og 40 assosierte partnere fra 35 land.",
        },
      ],
      secretariat: [
        {
          value: "Brussels (36 staff)",
          quote: "Sekretariatet holder til i Brussel og har 36 medarbeidere.",
        },
      ],
      president: [
        {
          value: "Johanna Rolland, Nantes",
          quote: "en president (for tiden Johanna Rolland, Nantes, Frankrike)",
        },
      ],
      url: [{ value: "http://www.eurocities.eu", quote: "www.eurocities.eu" }],
    },
    {
      org: "metrex",
      description: [
        {
          value: "Network and platform for European metropolises and metropolitan regions.",
          quote:
            "Metrex er et nettverk og en plattform for europeiske metropoler og metropole regioner.",
        },
        {
          value:
            "Aims to share experience, knowledge and expertise in areas of common interest and to cooperate on joint action promoting the role of cities and city-regions in societal development.",
          quote:
            "Formålet er å dele erfaringer, kunnskap og ekspertise på viktige områder av felles interesse",
        },
        {
          value:
            "A partner for European institutions, research communities, public organisations and other networks.",
          quote:
            "Metrex nettverket utgjør en partner for europeiske institusjoner, forskningsmiljø, offentlige organisasjoner og andre nettverk.",
        },
      ],
      scope: [
        { value: "Europe", quote: "en plattform for europeiske metropoler og metropole regioner" },
      ],
      members: [
        {
          value: { count: 50, qualifier: "about", unit: "members" },
          quote: "Metrex har rundt 50 medlemmer",
        },
      ],
      secretariat: [
        { value: "Glasgow, Scotland", quote: "Sekretariatet ligger i Glasgow, Skottland." },
      ],
      president: [{ value: "Nicola Schelling", quote: "president er for tiden Nicola Schelling" }],
      url: [{ value: "http://www.eurometrex.org", quote: "www.eurometrex.org" }],
    },
  ],
  memberships: [
    {
      place: "oslo",
      org: "eurocities",
      events: [
        {
          type: "member",
          quote: EC_NORWAY,
          note: "The oslo-environment page (c. 2011–2014) says Oslo is an associate member of Eurocities; the two sources disagree, or Oslo's status changed between them.",
        },
      ],
    },
    { place: "bergen", org: "eurocities", events: [{ type: "member", quote: EC_NORWAY }] },
    {
      place: "stavanger",
      org: "eurocities",
      events: [{ type: "associate", detail: "Associated partner", quote: EC_NORWAY }],
    },
    {
      place: "nantes",
      org: "eurocities",
      events: [
        {
          type: "member",
          quote: "en president (for tiden Johanna Rolland, Nantes, Frankrike)",
          note: "Membership is implied by the office: the EUROCITIES president, Johanna Rolland, is from Nantes.",
        },
        {
          type: "role",
          detail: "President of EUROCITIES (Johanna Rolland)",
          quote: "en president (for tiden Johanna Rolland, Nantes, Frankrike)",
          note: "Membership is implied by the office.",
        },
      ],
    },
    {
      place: "oslo",
      org: "metrex",
      events: [
        { type: "member", quote: "Fra Norge er Oslo og Akershus medlemmer i Metrex nettverket." },
      ],
    },
    {
      place: "akershus",
      org: "metrex",
      events: [
        { type: "member", quote: "Fra Norge er Oslo og Akershus medlemmer i Metrex nettverket." },
      ],
    },
  ],
  relations: [],
};
