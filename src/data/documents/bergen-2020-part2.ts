import type { Document } from "../document";

// 003_e567d6f39c3cc0f4.txt: Bergen kommune's review of its international cooperation arenas, c. 2020–2021.
// This file covers the sections from "Music Cities Networks" to the end (Part 2, the twin cities).
// Quotes are copied from the seed text with whitespace collapsed.
export const bergen2020Part2: Document = {
  source: "bergen-2020",
  organisations: [
    {
      org: "nordic-council-of-ministers",
      description: [
        {
          value:
            "Intergovernmental Nordic body that in 1996 took the initiative for the big-city conference 'Storbyens hjerte og smerte' on young people's upbringing.",
          quote:
            "da Nordisk Ministerråd tok initiativ til et samarbeid mellom de nordiske storbyene om unges oppvekst- og livsvilkår",
        },
      ],
      scope: [
        {
          value: "Nordic",
          quote: "Nordisk Ministerråd tok initiativ til et samarbeid mellom de nordiske storbyene",
        },
      ],
    },
    {
      org: "music-cities-network",
      description: [
        {
          value:
            "Collaborative network of music cities developing communication, cooperation and policy, focused on artistic, business and urban development through projects, artist residencies, showcases, research, publications and networking.",
          quote: "Music Cities Network er et samarbeidsbasert nettverk mellom musikkbyer",
        },
      ],
      themes: [
        {
          value: ["music", "culture", "economy", "urban development"],
          quote: "fokuserer på kunstnerisk utvikling, forretningsutvikling og byutvikling",
        },
      ],
      members: [
        {
          value: { count: 9, unit: "cities" },
          quote:
            "Nåværende medlemmer er Aarhus, Bergen, Berlin, Hamburg, Groningen, Manchester, Nantes, Reykjavik og Sydney",
          note: "The text lists nine current members by name and gives no total; the count is the length of the list.",
        },
      ],
    },
    {
      org: "nordic-leisure-conference",
      description: [
        {
          value:
            "Network built around a conference held every other year in one of the second-largest cities of the Nordic countries (Reykjavik for Iceland); the theme varies and is set from the participating cities' input.",
          quote:
            "Nettverket tar utgangspunkt i en konferanse som foregår hvert andre år, i en av de nest største byene",
        },
      ],
      scope: [
        {
          value: "Nordic",
          quote:
            "i en av de nest største byene i de nordiske landene (med unntak av Island som stiller med Reykjavik)",
        },
      ],
      themes: [
        {
          value: ["culture", "education", "sport", "youth"],
          quote: "ser på fritidsfeltet under ett (kultur, skole, idrett og oppvekst)",
          note: "Leisure as a whole: culture, school, sport and growing up (oppvekst).",
        },
      ],
    },
    {
      org: "nordic-smart-city-network",
      description: [
        {
          value:
            "Cooperation between 20 Nordic cities to explore a Nordic model for smart and sustainable cities; member cities exchange experience and good examples.",
          quote:
            "Nettverket er et samarbeid mellom 20 nordiske byer om å utforske en nordisk modell for smarte og bærekraftige byer",
        },
      ],
      scope: [{ value: "Nordic", quote: "et samarbeid mellom 20 nordiske byer" }],
      themes: [
        {
          value: ["smart city", "sustainability"],
          quote: "utforske en nordisk modell for smarte og bærekraftige byer",
        },
        {
          value: ["climate", "health"],
          quote:
            "I forrige periode var det klima, mens i inneværende periode er helse et fokusområde",
          note: "Thematic focus by period: climate in the previous period, health in the current one.",
        },
      ],
      members: [
        { value: { count: 20, unit: "cities" }, quote: "et samarbeid mellom 20 nordiske byer" },
      ],
    },
    {
      org: "nordic-road-forum",
      description: [
        {
          value:
            "Nordic industry cooperation of public- and private-sector organisations promoting sustainable development in roads, road traffic and transport through cooperation between Denmark, Finland, the Faroe Islands, Iceland, Norway and Sweden.",
          quote:
            "Formålet med arbeidet er å fremme bærekraftig utvikling innen vei, veitrafikk og transportsektoren",
        },
      ],
      scope: [
        {
          value: "Nordic",
          quote:
            "Nordisk bransjesamarbeid med rundt 320 medlemsorganisasjoner fra offentlig og privat sektor",
        },
      ],
      themes: [
        {
          value: ["transport", "sustainability"],
          quote: "fremme bærekraftig utvikling innen vei, veitrafikk og transportsektoren",
        },
      ],
      members: [
        {
          value: { count: 320, qualifier: "about", unit: "member organisations" },
          quote:
            "Nordisk bransjesamarbeid med rundt 320 medlemsorganisasjoner fra offentlig og privat sektor",
          note: "Members come from Denmark, Finland, the Faroe Islands, Iceland, Norway and Sweden.",
        },
      ],
    },
    {
      org: "mayors-for-peace",
      description: [
        {
          value:
            "Global network of cities and municipalities working together to abolish nuclear weapons by building solidarity and political pressure.",
          quote: "et nettverk av byer og kommuner som jobber sammen for å avskaffe atomvåpen",
        },
      ],
      scope: [
        { value: "Global", quote: "Mayors for Peace er et globalt nettverk av byer og kommuner" },
      ],
      themes: [{ value: ["peace"], quote: "jobber sammen for å avskaffe atomvåpen" }],
      members: [
        {
          value: { count: 90, unit: "cities", area: "Norway" },
          quote: "I Norge er 90 byer medlem av Mayors for Peace",
        },
      ],
    },
    {
      org: "rainbow-cities",
      description: [
        {
          value: "European network of cities pursuing an active LGBT policy.",
          quote: "et europeisk nettverk med byer som fører en aktiv LHBT- politikk",
          note: "The seed hyphenates LHBT-politikk across a line break.",
        },
      ],
      scope: [
        {
          value: "Europe",
          quote: "et europeisk nettverk med byer som fører en aktiv LHBT- politikk",
        },
      ],
      themes: [{ value: ["LGBT"], quote: "byer som fører en aktiv LHBT- politikk" }],
    },
    {
      org: "sstt",
      description: [
        {
          value:
            "Scandinavian association for wastewater-related issues, working on smart pipe supply, experience exchange and innovation.",
          quote: "er en skandinavisk forening for avløpsrelaterte problemstillinger",
        },
      ],
      scope: [
        {
          value: "Scandinavia",
          quote: "er en skandinavisk forening for avløpsrelaterte problemstillinger",
        },
      ],
      themes: [
        { value: ["water"], quote: "skandinavisk forening for avløpsrelaterte problemstillinger" },
      ],
    },
    {
      org: "solidarity-cities",
      description: [
        {
          value:
            "Initiative of mayors of cities willing to receive and integrate refugees and asylum seekers, for experience exchange on integration and a joint approach to the European Commission and member states.",
          quote:
            "bestod av ordførere i byer som ønsket å ta inn og integrere flyktninger og asylsøkere",
        },
        {
          value:
            "An initiative for a fairer distribution of refugees, not an organisation with a strict formal structure.",
          quote:
            "ikke en organisasjon med streng formell struktur som vil kreve store ressurser fra Bergen kommune",
        },
      ],
      scope: [
        {
          value: "Europe",
          quote:
            "et initiativ for en mer rettferdig fordeling av flyktninger i Europa og ellers i verden",
          note: "The text says 'in Europe and elsewhere in the world'; its joint initiative addresses the European Commission and the European member states.",
        },
      ],
      themes: [
        {
          value: ["refugees"],
          quote: "for å få byer til samarbeide om å håndtere flyktningstrømmen",
        },
      ],
      founded: [
        {
          value: 2016,
          quote: "Initiativet ble lansert av varaordføreren i Athen i 2016",
          note: "Launched by the deputy mayor of Athens; the council decision quoted earlier in the section says it was initiated by the mayor of Athens.",
        },
      ],
    },
    {
      org: "storbyens-hjerte",
      description: [
        {
          value:
            "Nordic big-city conference and network on the well-being and living conditions of children and young people, started on the Nordic Council of Ministers' initiative.",
          quote:
            "Nettverket belyser barn og unges trivsel og oppvekstvillkår i de nordiske storbyene",
        },
      ],
      scope: [
        {
          value: "Nordic",
          quote: "et samarbeid mellom de nordiske storbyene om unges oppvekst- og livsvilkår",
        },
      ],
      themes: [
        {
          value: ["youth"],
          quote: "et samarbeid mellom de nordiske storbyene om unges oppvekst- og livsvilkår",
        },
        {
          value: ["inclusion", "democracy"],
          quote:
            "fokus på unge og fellesskap gjennom temaene inkludering, medborgerskap, tillit og medbestemmelse",
          note: "The previous year's ('i fjor') conference themes: inclusion, citizenship, trust and co-determination.",
        },
      ],
      founded: [
        {
          value: 1996,
          quote:
            "så dagens lys i 1996, da Nordisk Ministerråd tok initiativ til et samarbeid mellom de nordiske storbyene",
          note: "Started in 1996 on the initiative of the Nordic Council of Ministers.",
        },
      ],
    },
    {
      org: "human-rights-cities",
      description: [
        {
          value:
            "Collaboration platform for European human rights cities, for experience exchange and joint development.",
          quote: "Nettverket er en samarbeidsplattform for europeiske menneskerettighetsbyer",
        },
      ],
      scope: [
        { value: "Europe", quote: "en samarbeidsplattform for europeiske menneskerettighetsbyer" },
      ],
      themes: [
        {
          value: ["human rights"],
          quote: "en samarbeidsplattform for europeiske menneskerettighetsbyer",
        },
      ],
    },
    {
      org: "uclg-csipdhr",
      description: [
        {
          value:
            "Global platform for cooperation between cities and associations of cities and regions, to discuss, share and promote joint proposals on democracy, participation and human rights.",
          quote:
            "er en global plattform for samarbeid mellom byer og sammenslutninger av byer/regioner",
        },
      ],
      scope: [
        {
          value: "Global",
          quote:
            "er en global plattform for samarbeid mellom byer og sammenslutninger av byer/regioner",
        },
      ],
      themes: [
        {
          value: ["democracy", "human rights", "inclusion"],
          quote: "Committee on Social Inclusion, Participatory Democracy and Human Rights",
        },
      ],
    },
    {
      org: "ubc",
      description: [
        {
          value:
            "Network of cities around the Baltic Sea that supports exchange and cooperation between them and speaks for the cities towards the EU and the Baltic Sea Strategy.",
          quote: "Union of the Baltic Cities (UBC) er et nettverk for byer rundt Østersjøen",
        },
      ],
      scope: [{ value: "Baltic Sea", quote: "er et nettverk for byer rundt Østersjøen" }],
      themes: [
        {
          value: [
            "culture",
            "inclusion",
            "health",
            "planning",
            "smart city",
            "sustainability",
            "youth",
          ],
          quote:
            "syv ulike «kommisjoner» for kultur, inkluderende og friske byer, planlegging, sikkerhet, smarte byer, bærekraft og ungdom",
          note: "Seven commissions: culture, inclusive and healthy cities, planning, safety, smart cities, sustainability and youth. Safety has no theme in the dataset.",
        },
      ],
      founded: [
        {
          value: 1991,
          quote: "Bergen har vært medlem siden opprettelsen i 1991",
          note: "The year is given as the organisation's founding ('opprettelsen'), in the sentence on Bergen's membership.",
        },
      ],
      members: [
        {
          value: { count: 100, qualifier: "about", unit: "member cities", countries: 10 },
          quote:
            "Nettverket har rundt 100 medlemsbyer fra Danmark, Estland, Finland, Tyskland, Latvia, Litauen, Norge, Polen",
          note: "The list of countries continues after a page break with Russland og Sverige: ten countries in all.",
        },
      ],
    },
    {
      org: "nordic-sports-twin-cities",
      description: [
        {
          value:
            "Decades-old twin-city network in sport with Nordic cities partly comparable to Bergen in size and organisation; it holds Nordic leisure conferences every other year with rotating hosts, aiming at experience sharing.",
          quote:
            "På idrettsfeltet har vi i flere tiår hatt et vennskapsbynettverk med byer i Skandinavia",
        },
      ],
      scope: [
        {
          value: "Nordic",
          quote: "et vennskapsbynettverk med byer i Skandinavia",
          note: "The text says 'Skandinavia', but the member cities include Reykjavik and Turku, so Nordic.",
        },
      ],
      themes: [
        {
          value: ["sport"],
          quote: "På idrettsfeltet har vi i flere tiår hatt et vennskapsbynettverk",
        },
        {
          value: ["sport", "urban development"],
          year: 2018,
          quote: "I 2018 var derimot det meste av programmet idrettsrelatert",
          note: "In 2018 most of the conference programme was about sport and about urban development questions (recreation and physical activity in a densifying city).",
        },
      ],
    },
    {
      org: "vest-norges-brusselkontor",
      description: [
        {
          value:
            "One of six Norwegian regional offices in Brussels; it promotes its members' common interests (R&D, business, culture and other public interests) and presents West Norwegian actors as partners for other European regions.",
          quote:
            "Vest-Norges Brusselkontor AS (VNB AS) er ett av seks norske regionskontor i Brussel",
        },
      ],
      scope: [
        {
          value: "Regional",
          quote: "ett av seks norske regionskontor i Brussel",
          note: "A regional office for West Norway, located in Brussels.",
        },
      ],
      themes: [
        {
          value: ["knowledge", "economy", "culture"],
          quote: "eksempelvis FoU, næring, kultur og andre offentlige interesser",
        },
      ],
      members: [
        {
          value: {
            count: 16,
            unit: "municipalities",
            associates: 2,
            associatesUnit: "county councils",
          },
          quote:
            "Foreningen Vest-Norges Brusselkontor som p.t. består av 16 kommuner, to fylkeskommuner og Høgskulen på Vestlandet",
          note: "VNB AS is owned by the association Foreningen Vest-Norges Brusselkontor, whose members are 16 municipalities, two county councils and Høgskulen på Vestlandet (a university college).",
        },
      ],
      president: [
        {
          value: "Roger Valhammer (Ap), Byrådsleder i Bergen",
          quote: "Byrådsleder i Bergen, Roger Valhammer (Ap) er styreleder i VNB",
          note: "Styreleder: chair of the board, not a president.",
        },
      ],
    },
    {
      org: "unesco-creative-cities",
      description: [
        {
          value:
            "UNESCO's international network of creative cities; Bergen belongs to the Creative Cities of Gastronomy, 36 cities cooperating on food, creativity and gastronomy. Active international work is a condition of membership.",
          quote: "et aktivt internasjonalt arbeid er en forutsetning for medlemskapet",
        },
      ],
      scope: [{ value: "Global", quote: "UNESCO sitt internasjonale nettverk for kreative byer" }],
      themes: [
        {
          value: ["food", "culture"],
          quote: "samarbeide om tilrettelegging for mat, kreativitet og gastronomi",
        },
      ],
      members: [
        {
          value: { count: 36, unit: "cities", area: "Creative Cities of Gastronomy" },
          quote:
            "Bergen er en av 36 byer som skal samarbeide om tilrettelegging for mat, kreativitet og gastronomi",
          note: "Covers only the gastronomy strand of the network.",
        },
      ],
    },
    {
      org: "wapr",
      description: [
        {
          value:
            "Worldwide organisation in which professionals, service users and relatives work together to develop community-based, user-oriented services for people with mental illness.",
          quote:
            "Det er en verdensomspennende organisasjon der fagfolk, brukere og pårørende jobber sammen",
        },
      ],
      scope: [{ value: "Global", quote: "Det er en verdensomspennende organisasjon" }],
      themes: [
        {
          value: ["health"],
          quote:
            "utvikle samfunnsbaserte og brukerorienterte tjenester for personer med psykiske lidelser",
        },
        {
          value: ["human rights"],
          quote: "Menneskerettighetsspørsmålet er sentralt i organisasjonens arbeid",
        },
      ],
    },
    {
      org: "owhc",
      description: [
        {
          value:
            "Worldwide city-to-city network of cities hosting World Heritage sites; the mayors sit on the board and general assembly, accompanied by senior heritage officials.",
          quote:
            "er et verdensomspennende by-til-by-nettverk for byer over hele verden som er vertskap for verdensarvsteder",
        },
      ],
      scope: [
        {
          value: "Global",
          quote: "er et verdensomspennende by-til-by-nettverk for byer over hele verden",
        },
      ],
      themes: [
        {
          value: ["heritage"],
          quote: "byer over hele verden som er vertskap for verdensarvsteder",
        },
      ],
      founded: [
        {
          value: 1993,
          quote: "Bergen var en av stiftelsesbyene da organisasjonen ble opprettet i 1993",
        },
      ],
    },
    {
      org: "world-urban-parks",
      description: [
        {
          value:
            "Organisation promoting sustainable urban environments such as parks and open urban spaces; it holds a professional meeting for park managers.",
          quote:
            "Det er en organisasjon som jobber for å fremme bærekraftige bymiljø som parker og åpne byrom",
        },
      ],
      themes: [
        {
          value: ["parks", "sustainability"],
          quote: "fremme bærekraftige bymiljø som parker og åpne byrom",
        },
      ],
    },
  ],
  memberships: [
    // Music Cities Network
    {
      place: "bergen",
      org: "music-cities-network",
      via: {
        value:
          "through Brak, the competence centre for music in Vestland, which is the contact and reports to the department for arts and culture development (Fagavdeling for kunst- og kulturutvikling)",
        quote:
          "Bergen er medlem i nettverket gjennom Brak (kompetansesenter for alle som driver med musikk i Vestland)",
      },
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote: "Byråd for kultur, mangfold og likestilling har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "member",
          quote:
            "Nåværende medlemmer er Aarhus, Bergen, Berlin, Hamburg, Groningen, Manchester, Nantes, Reykjavik og Sydney",
        },
        {
          type: "active",
          detail:
            "Through Brak: close cooperation with the other music cities at industry festivals and network gatherings",
          quote:
            "Brak har tett samarbeid med de andre musikkbyene bl.a. gjennom deltakelse på ulike bransjefestivaler og nettverkssamlinger",
        },
      ],
      assessment: [
        {
          value:
            "Gives organisations and musicians in Bergen more competence and networking opportunities and keeps the music field at the international forefront.",
          quote:
            "Deltakelse i nettverket åpner for økt kompetanse og nettverksmuligheter for organisasjoner og musikere i Bergen",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    {
      place: "aarhus",
      org: "music-cities-network",
      events: [{ type: "member", quote: "Nåværende medlemmer er Aarhus, Bergen, Berlin, Hamburg" }],
    },
    {
      place: "berlin",
      org: "music-cities-network",
      events: [{ type: "member", quote: "Nåværende medlemmer er Aarhus, Bergen, Berlin, Hamburg" }],
    },
    {
      place: "hamburg",
      org: "music-cities-network",
      events: [{ type: "member", quote: "Nåværende medlemmer er Aarhus, Bergen, Berlin, Hamburg" }],
    },
    {
      place: "groningen",
      org: "music-cities-network",
      events: [
        {
          type: "member",
          quote: "Berlin, Hamburg, Groningen, Manchester, Nantes, Reykjavik og Sydney",
        },
      ],
    },
    {
      place: "manchester",
      org: "music-cities-network",
      events: [
        {
          type: "member",
          quote: "Berlin, Hamburg, Groningen, Manchester, Nantes, Reykjavik og Sydney",
        },
      ],
    },
    {
      place: "nantes",
      org: "music-cities-network",
      events: [
        {
          type: "member",
          quote: "Berlin, Hamburg, Groningen, Manchester, Nantes, Reykjavik og Sydney",
        },
      ],
    },
    {
      place: "reykjavik",
      org: "music-cities-network",
      events: [
        {
          type: "member",
          quote: "Berlin, Hamburg, Groningen, Manchester, Nantes, Reykjavik og Sydney",
        },
      ],
    },
    {
      place: "sydney",
      org: "music-cities-network",
      events: [
        {
          type: "member",
          quote: "Berlin, Hamburg, Groningen, Manchester, Nantes, Reykjavik og Sydney",
        },
      ],
    },
    // Nordisk fritidskonferanse
    {
      place: "bergen",
      org: "nordic-leisure-conference",
      via: {
        value:
          "through representatives of the Culture Agency (Kulturetaten/kulturkontor) and the Sports Agency (Idrettsetaten)",
        quote:
          "Fra Bergen har det vært representanter fra både Kulturetaten/kulturkontor og fra Idrettsetaten",
      },
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote: "Byråd for kultur, mangfold og likestilling har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "member",
          quote:
            "Fra Bergen har det vært representanter fra både Kulturetaten/kulturkontor og fra Idrettsetaten",
          note: "Participation is attested by Bergen's representatives at the conference; the section does not use the word membership.",
        },
        {
          type: "role",
          detail: "Hosts the Nordic leisure conference on a fixed rotation",
          quote: "Bergen er vertskap for nordisk fritidskonferanse på fast rullering",
          note: "Stated in the section on the twin-city network in sport, which runs these conferences.",
        },
      ],
      assessment: [
        {
          value:
            "Valuable for inspiration from concrete culture and leisure activities and for seeing how similar cities organise the field.",
          quote:
            "Nettverket oppleves som verdifullt både for å hente inspirasjon fra konkrete kultur- og fritidsaktiviteter/kulturhus/tiltak",
        },
        {
          value:
            "Very useful to look at leisure as a whole (culture, school, sport, growing up); joint projects across Bergen's departments strengthen the offer to the public.",
          quote:
            "det er nyttig å jobbe med felles prosjekter og dette bidrar til å styrke tilbudet til publikum",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // Nordic Smart City Network
    {
      place: "bergen",
      org: "nordic-smart-city-network",
      responsible: {
        value: "Byrådsleder",
        quote: "Byrådsleder har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "member",
          quote:
            "Del 1 går gjennom internasjonale organisasjoner og nettverk som kommunen er medlem i",
          note: "The section itself does not state Bergen's membership; the introduction says Part 1 covers the organisations and networks the municipality is a member of.",
        },
      ],
      assessment: [
        {
          value:
            "Bergen has no overall smart-city strategy, but has important projects and activities that make it a smart city.",
          quote:
            "Bergen kommune har ingen overordnet smartby-strategi, men viktige prosjekter og aktiviteter som gjør Bergen til en smart by",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // Nordisk Veiforum
    {
      place: "bergen",
      org: "nordic-road-forum",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote: "Byråd for klima, miljø og byutvikling har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "active",
          quote:
            "Bergen kommune deltar aktivt i samarbeidet, som deltaker i utvalg, i programkomiteer",
        },
        {
          type: "role",
          detail: "Seats on committees and programme committees",
          quote:
            "som deltaker i utvalg, i programkomiteer og representanter fra kommunen deler erfaringer fra Bergen jevnlig",
        },
      ],
      assessment: [
        {
          value:
            "An important professional meeting place for exchange of experience and development.",
          quote: "Nettverket er en viktig faglig møteplass for erfaringsutveksling og utvikling",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // Mayors for Peace
    {
      place: "bergen",
      org: "mayors-for-peace",
      responsible: { value: "Ordfører", quote: "Ordfører har ansvar for å følge opp samarbeidet" },
      events: [{ type: "member", quote: "Medlemskapet er av symbolsk art" }],
      assessment: [
        {
          value:
            "The membership is symbolic, and important for the fight against nuclear weapons and for human rights generally.",
          quote:
            "Medlemskapet er av symbolsk art, og viktig for å løfte kampen mot atomvåpen spesielt",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // Rainbow Cities Network
    {
      place: "bergen",
      org: "rainbow-cities",
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling og byråd for arbeid, sosial og bolig",
        quote:
          "Byråd for kultur, mangfold og likestilling og byråd for arbeid, sosial og bolig har ansvar",
      },
      events: [
        {
          type: "active",
          detail: "Both administratively and politically",
          quote: "Bergen kommune deltar aktivt i nettverket, både administrativt og politisk",
        },
      ],
      assessment: [
        {
          value:
            "Important for marketing Bergen as a rainbow city and for exchanging experience with other members.",
          quote:
            "Nettverket er viktig for å markedsføre regnbuebyen Bergen, og for erfaringsutveksling med andre medlemmer",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // SSTT
    {
      place: "bergen",
      org: "sstt",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote: "Byråd for klima, miljø og byutvikling har ansvar for å følge opp samarbeidet",
      },
      events: [
        { type: "active", quote: "Bergen kommune er aktivt med i nettverket" },
        {
          type: "role",
          detail: "Earlier involved in the board",
          quote: "har tidligere vært involvert i styret",
          note: "No years are given.",
        },
      ],
      assessment: [
        {
          value:
            "A useful arena for an important part of the municipality's services (smart pipe supply, experience exchange, innovation).",
          quote: "er en nyttig samarbeidsarena for en viktig del av vår tjenesteproduksjon",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // Solidarity Cities
    {
      place: "bergen",
      org: "solidarity-cities",
      events: [
        {
          type: "asked-to-consider",
          year: 2020,
          detail:
            "City council 11 March 2020, case 11/20 (interpellation on evacuating the children from Moria): the council asked the city government for a case on joining",
          quote:
            "Bystyret ber byrådet legge fremme en sak med vurdering om Bergen skal slutte seg til ‘Solidarity Cities’",
        },
        {
          type: "decided-to-join",
          quote: "Bystyret har vedtatt å melde kommunen inn i initiativet",
          note: "The date of the decision is not given; it followed the 11 March 2020 request.",
        },
      ],
      assessment: [
        {
          value:
            "Not a formal organisation that would demand large resources from the municipality.",
          quote:
            "ikke en organisasjon med streng formell struktur som vil kreve store ressurser fra Bergen kommune",
        },
        {
          value:
            "Joining would be in line with council decisions that Bergen and other cities can settle more refugees than asked.",
          quote: "mener det vil være i tråd med en rekke vedtak i bystyret",
        },
      ],
      recommendations: [
        {
          verdict: "join",
          by: "review",
          text: "The city government is positive to Bergen joining the initiative.",
          quote: "Byrådet er positive til at Bergen slutter seg til dette initiativet",
        },
        {
          verdict: "join",
          by: "council",
          text: "The city council decided to enrol the municipality in the initiative.",
          quote: "Bystyret har vedtatt å melde kommunen inn i initiativet",
        },
      ],
    },
    {
      place: "athens",
      org: "solidarity-cities",
      events: [
        {
          type: "member",
          detail: "Initiator",
          quote: "Initiativet ble lansert av varaordføreren i Athen i 2016",
          note: "The text says Athens launched the initiative (by its deputy mayor in 2016; the council decision says its mayor); that Athens is a member is inferred from initiating it.",
        },
      ],
    },
    // Storbyens hjerte og smerte
    {
      place: "bergen",
      org: "storbyens-hjerte",
      responsible: {
        value: "Byråd for arbeid, sosial og bolig og byråd for barnehage, skole og idrett",
        quote:
          "Byråd for arbeid, sosial og bolig og byråd for barnehage, skole og idrett har ansvar",
      },
      events: [
        {
          type: "active",
          detail: "Attends the annual gatherings with a large cross-disciplinary delegation",
          quote:
            "Bergen kommune deltar aktivt i nettverket, og deltar med en stor tverrfaglig delegasjon på de årlige samlingene",
        },
      ],
      assessment: [
        {
          value: "An important arena for professional development and learning.",
          quote: "Nettverket er en viktig arena for faglig utvikling og læring",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // The Human Rights Cities Network
    {
      place: "bergen",
      org: "human-rights-cities",
      events: [
        {
          type: "decided-to-join",
          quote: "Bystyret har bedt byrådet om å melde kommunen inn i nettverket",
          note: "The council asked the city government to enrol the municipality; the document does not say whether enrolment had taken place, nor when the council decided.",
        },
      ],
      recommendations: [
        {
          verdict: "join",
          by: "council",
          text: "The city council asked the city government to enrol the municipality in the network.",
          quote: "Bystyret har bedt byrådet om å melde kommunen inn i nettverket",
        },
      ],
    },
    // UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights
    {
      place: "bergen",
      org: "uclg-csipdhr",
      events: [
        {
          type: "asked-to-consider",
          quote: "Bystyret har bedt byrådet vurdere å melde kommunen inn i samarbeidet",
          note: "The date of the council's request is not given.",
        },
      ],
      recommendations: [
        {
          verdict: "consider-joining",
          by: "council",
          text: "The city council asked the city government to consider enrolling the municipality.",
          quote: "Bystyret har bedt byrådet vurdere å melde kommunen inn i samarbeidet",
        },
      ],
    },
    // Union of the Baltic Cities
    {
      place: "bergen",
      org: "ubc",
      responsible: {
        value: "Byrådsleder",
        quote: "Byrådsleder har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "joined",
          year: 1991,
          detail: "Member since the founding",
          quote: "Bergen har vært medlem siden opprettelsen i 1991",
        },
        {
          type: "role",
          detail:
            "Section heads of the municipality are contact persons in each of the seven commissions",
          quote:
            "Bergen kommune har seksjonsledere som kontaktpersoner i hver av de ulike kommisjonene",
        },
        {
          type: "passive",
          quote: "Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene",
        },
        {
          type: "decided-to-leave",
          quote: "Bystyret har vedtatt å avslutte medlemskapet",
          note: "The date of the decision is not given.",
        },
      ],
      assessment: [
        {
          value:
            "Joined in 1991 out of solidarity with the eastern neighbours after the fall of the Berlin Wall.",
          quote:
            "Medlemskapet var i 1991 begrunnet i solidaritet med naboer i øst etter murens fall",
        },
        {
          value:
            "Other organisations are now more useful for professional development and influence in Europe.",
          quote:
            "Nå er det andre organisasjoner som oppleves mer nyttige for faglig utvikling og gjennomslagskraft i Europa",
        },
        {
          value:
            "Cooperation with the Baltic countries is possible through joint projects funded by Nordic programmes and EEA grants.",
          quote:
            "finnes det gode muligheter for felles prosjekter med støtte fra nordiske program og EØS-midlene",
        },
      ],
      recommendations: [
        {
          verdict: "leave",
          by: "council",
          text: "The city council decided to end the membership.",
          quote: "Bystyret har vedtatt å avslutte medlemskapet",
        },
      ],
    },
    // Twin-city network in sport
    {
      place: "bergen",
      org: "nordic-sports-twin-cities",
      responsible: {
        value: "Byråd for barnehage, skole og idrett",
        quote: "Byråd for barnehage, skole og idrett har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "active",
          detail: "With professionals from sport and leisure",
          quote:
            "Bergen kommune deltar aktivt i samarbeidet, både med fagmiljø fra idrett og fritid",
        },
      ],
      assessment: [
        {
          value:
            "A useful arena for exchanging experience and strengthening cooperation between the twin cities.",
          quote:
            "er en nyttig arena for å utveksle erfaringer og styrke samarbeidet mellom vennskapsbyene",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet",
        },
      ],
    },
    {
      place: "reykjavik",
      org: "nordic-sports-twin-cities",
      events: [
        {
          type: "member",
          quote:
            "Byene som inngår i dette vennskapsnettverket er: Reykjavik, Turku, Gøteborg og Århus",
        },
      ],
    },
    {
      place: "turku",
      org: "nordic-sports-twin-cities",
      events: [
        {
          type: "member",
          quote:
            "Byene som inngår i dette vennskapsnettverket er: Reykjavik, Turku, Gøteborg og Århus",
        },
      ],
    },
    {
      place: "goteborg",
      org: "nordic-sports-twin-cities",
      events: [
        {
          type: "member",
          quote:
            "Byene som inngår i dette vennskapsnettverket er: Reykjavik, Turku, Gøteborg og Århus",
        },
      ],
    },
    {
      place: "aarhus",
      org: "nordic-sports-twin-cities",
      events: [
        {
          type: "member",
          quote:
            "Byene som inngår i dette vennskapsnettverket er: Reykjavik, Turku, Gøteborg og Århus",
        },
      ],
    },
    // Vest-Norges Brusselkontor
    {
      place: "bergen",
      org: "vest-norges-brusselkontor",
      responsible: {
        value: "Byrådsleder",
        quote: "Byrådsleder har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "active",
          detail: "Professionally, and through the head of the city government chairing the board",
          quote:
            "Bergen kommune deltar aktivt i samarbeidet; både faglig og gjennom at byrådsleder er styreleder",
        },
        {
          type: "role",
          detail:
            "Chair of the board (styreleder): Roger Valhammer (Ap), head of Bergen's city government (byrådsleder)",
          quote: "Byrådsleder i Bergen, Roger Valhammer (Ap) er styreleder i VNB",
        },
      ],
      assessment: [
        {
          value:
            "An important listening post in Brussels and ambassador for the municipality's interests towards European decision-makers.",
          quote:
            "Det er en viktig lyttepost i Brussel, og ambassadør for kommunes interesser inn i europeiske beslutningsapparat",
        },
        {
          value:
            "Builds competence in the municipality and helps identify EU/EEA programmes and projects of interest to the region.",
          quote:
            "bidrar kontoret til kompetanseutvikling innad i kommunen og til å identifisere EU/EØS-programmer",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // UNESCO Creative Cities Network
    {
      place: "bergen",
      org: "unesco-creative-cities",
      responsible: {
        value: "Byråd for finans, næring og eiendom",
        quote: "Byråd for finans, næring og eiendom har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "joined",
          year: 2015,
          detail: "As a Creative City of Gastronomy",
          quote:
            "I 2015 ble Bergen kommune medlem i UNESCO sitt internasjonale nettverk for kreative byer",
        },
        {
          type: "member",
          year: 2020,
          detail: "Evaluated by UNESCO in 2020 and approved for four more years in the network",
          quote:
            "Bergen kommune ble i 2020 evaluert av UNESCO og fikk godkjent fire nye år i nettverket",
        },
        {
          type: "active",
          detail:
            "Regular meetings during the year; political and administrative participants have given talks",
          quote: "Bergen kommune deltar aktivt i samarbeidet, med faste treffpunkt i løpet av året",
        },
      ],
      assessment: [
        {
          value: "Makes Bergen visible as a food city; the UNESCO label gives recognition.",
          quote:
            "Organisasjonen er en viktig synliggjøring av matbyen Bergen, og UNESCO-merkelappen gir en anerkjennelse",
        },
        {
          value:
            "A useful professional network; four international projects have started as a consequence of the membership.",
          quote:
            "kommunen har fått i gang fire internasjonale prosjekter som en konsekvens av medlemskapet i nettverket",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // WAPR
    {
      place: "bergen",
      org: "wapr",
      via: {
        value:
          "through the city government department for labour, social affairs and housing (Byrådsavdeling for arbeid, sosial og bolig) and its professional staff",
        quote:
          "Byrådsavdeling for arbeid, sosial og bolig er engasjert i World Association for psychosocial rehabilitation (WAPR)",
      },
      responsible: {
        value: "Byråd for arbeid, sosial og bolig",
        quote: "Byråd for arbeid, sosial og bolig har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "active",
          quote: "Fagmiljø i Bergen kommune er aktivt med i organisasjonen",
          note: "The text says the department is 'engaged in' WAPR and staff are active in it; it does not say who holds the membership.",
        },
      ],
      assessment: [
        {
          value:
            "Professionally useful; contacts and networks have been important for learning and for developing new initiatives.",
          quote:
            "Kontakter og nettverk som er etablert som følge av nettverket har vært viktig for læring",
        },
        {
          value: "An important professional contribution to Bergen as a human rights city.",
          quote: "innsatsen er et viktig faglig bidrag til menneskerettighetsbyen Bergen",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // Organization of World Heritage Cities
    {
      place: "bergen",
      org: "owhc",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote: "Byråd for klima, miljø og byutvikling har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "joined",
          year: 1993,
          detail: "One of the founding cities",
          quote: "Bergen var en av stiftelsesbyene da organisasjonen ble opprettet i 1993",
        },
        {
          type: "role",
          detail: "President (held earlier)",
          quote: "har tidligere hatt både president og generalsekretær",
          note: "No years are given.",
        },
        {
          type: "role",
          detail: "Secretary general (held earlier)",
          quote: "har tidligere hatt både president og generalsekretær",
          note: "No years are given.",
        },
      ],
      assessment: [
        {
          value:
            "Important for exchanging knowledge and experience on managing the World Heritage site Bryggen.",
          quote: "utveksle kunnskap og erfaring om forvaltning av verdensarvstedet Bryggen",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
    // World Urban Parks
    {
      place: "bergen",
      org: "world-urban-parks",
      via: {
        value: "through the Urban Environment Agency (Bymiljøetaten)",
        quote: "Bymiljøetaten er aktive i World Urban Parks Association",
      },
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote: "Byråd for klima, miljø og byutvikling har ansvar for å følge opp samarbeidet",
      },
      events: [
        {
          type: "active",
          detail: "Bymiljøetaten, also in the European branch",
          quote:
            "Bymiljøetaten deltar aktivt i samarbeidet, og er aktivt med i den europeiske grenen av samarbeidet",
        },
      ],
      assessment: [
        {
          value:
            "The municipality has contributed its own experience and finds the cooperation important for professional development and exchange.",
          quote: "opplever samarbeidet som viktig for faglig utvikling og erfaringsutveksling",
        },
      ],
      recommendations: [
        {
          verdict: "continue",
          by: "review",
          text: "Continue the cooperation.",
          quote: "Det anbefales å videreføre samarbeidet.",
        },
      ],
    },
  ],
  relations: [
    {
      a: "bergen",
      b: "goteborg",
      kind: "twin city",
      since: 1946,
      detail:
        "Part of a national strategy after the Second World War to strengthen Nordic cooperation. Council politicians meet every other year on a fixed rotation; professional cooperation on climate, sport and school. The city council's office (bystyrets kontor) runs the twin-city cooperation.",
      quote: "Bergen ble vennskapsby med de nordiske byene i 1946",
      note: "The review recommends continuing and strengthening the twin-city cooperation ('Det anbefales å videreføre og styrke samarbeidet').",
    },
    {
      a: "bergen",
      b: "aarhus",
      kind: "twin city",
      since: 1946,
      detail:
        "Part of a national strategy after the Second World War to strengthen Nordic cooperation. Council politicians meet every other year on a fixed rotation; professional cooperation on climate, sport and school. The city council's office (bystyrets kontor) runs the twin-city cooperation.",
      quote: "Bergen ble vennskapsby med de nordiske byene i 1946",
      note: "The review recommends continuing and strengthening the twin-city cooperation ('Det anbefales å videreføre og styrke samarbeidet').",
    },
    {
      a: "bergen",
      b: "turku",
      kind: "twin city",
      since: 1946,
      detail:
        "Part of a national strategy after the Second World War to strengthen Nordic cooperation. Council politicians meet every other year on a fixed rotation; professional cooperation on climate, sport and school. The city council's office (bystyrets kontor) runs the twin-city cooperation.",
      quote: "Bergen ble vennskapsby med de nordiske byene i 1946",
      note: "The document writes Åbo/Turku. The review recommends continuing and strengthening the twin-city cooperation ('Det anbefales å videreføre og styrke samarbeidet').",
    },
    {
      a: "bergen",
      b: "newcastle",
      kind: "twin city",
      detail:
        "Rooted in more than 100 years of shipping links between Bergen and Newcastle and the business interests tied to them. Since 1949 Bergen has sent a Christmas tree to Newcastle in thanks for help during and after the Second World War; the mayor of Bergen traditionally attends the lighting.",
      quote:
        "Vennskapet med Newcastle har sin bakgrunn i den mer enn 100 år lange skipsforbindelsen mellom Bergen og Newcastle",
      note: "No start year for the twinning is given; 1949 ('Bergen har siden 1949 sendt juletre til Newcastle') dates the Christmas-tree gift, not the twinning. The review recommends continuing and strengthening the twin-city cooperation ('Det anbefales å videreføre og styrke samarbeidet').",
    },
    {
      a: "bergen",
      b: "seattle",
      kind: "twin city",
      since: 1967,
      detail:
        "Established as a direct result of SAS opening a flight route between the two cities. Formerly extensive pupil exchange; now largely based on culture and cultural exchange, in close cooperation with Seattle's twin-city organisation.",
      quote:
        "Vennskapsforbindelsen med Seattle ble opprettet i 1967 som en direkte følge av at SAS opprettet flyforbindelse",
      note: "The review recommends continuing and strengthening the twin-city cooperation ('Det anbefales å videreføre og styrke samarbeidet').",
    },
  ],
};
