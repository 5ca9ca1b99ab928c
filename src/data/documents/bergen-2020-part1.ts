import type { Document } from "../document";

// 003_e567d6f39c3cc0f4.txt: Bergen kommune's review of its international memberships, c. 2020–2021.
// Part 1 of 2: Del 1 from the Barents health programme down to and including Memory of the World.
// Quotes are copied from the seed text (whitespace collapsed); none spans a page break.
export const bergen2020Part1: Document = {
  source: "bergen-2020",
  organisations: [
    {
      org: "barents-health",
      description: [
        {
          value:
            "Health cooperation network that grew out of many years of Barents cooperation; funds Bergen's bilateral health cooperation with Kaliningrad within Norway's cooperation with Russia.",
          quote: "Nettverket har utspring fra et årelangt Barentssamarbeid",
        },
        {
          value:
            "A network for professional development, for working out common methods and for mutual learning.",
          quote:
            "Det er et viktig nettverk for faglig utvikling, for å utarbeide felles metoder og for gjensidig læring.",
        },
      ],
      scope: [
        { value: "Barents", quote: "Nettverket har utspring fra et årelangt Barentssamarbeid" },
      ],
      themes: [
        {
          value: ["health", "social affairs"],
          quote: "The Cooperation Programme on Health and Related Social Issues",
        },
      ],
    },
    {
      org: "covenant-of-mayors",
      description: [
        {
          value: "Political cooperation to carry out the EU's climate policy.",
          quote: "Covenant of Mayors er et politisk samarbeid for å realisere EUs klimapolitikk.",
          note: "The section heading is 'Covenant of Mayors: Mayors adapt'.",
        },
      ],
      scope: [
        { value: "Europe", quote: "et politisk samarbeid for å realisere EUs klimapolitikk" },
      ],
      themes: [
        { value: ["climate"], quote: "et politisk samarbeid for å realisere EUs klimapolitikk" },
      ],
      members: [
        {
          value: { count: 9, unit: "cities", area: "Norway" },
          quote: "I Norge er 9 byer med, deriblant Bergen.",
        },
      ],
    },
    {
      org: "eureau",
      description: [
        {
          value: "Lobby organisation for water-related issues in Europe.",
          quote: "Eurau er en lobbyorganisasjon for vannrelaterte problemstillinger i Europa.",
        },
      ],
      scope: [
        {
          value: "Europe",
          quote: "Eurau er en lobbyorganisasjon for vannrelaterte problemstillinger i Europa.",
        },
      ],
      themes: [
        {
          value: ["water"],
          quote: "Eurau er en lobbyorganisasjon for vannrelaterte problemstillinger i Europa.",
        },
      ],
    },
    {
      org: "eurocities",
      description: [
        {
          value:
            "Network of Europe's largest cities and a platform for sharing knowledge and exchanging ideas; projects and events grow out of its forums and working groups.",
          quote: "Eurocities er en plattform for kunnskapsdeling og ideutveksling.",
        },
        {
          value:
            "Works to influence the EU institutions, aiming to secure a role for the local level in multi-level governance.",
          quote:
            "Målet for påvirkningsarbeidet er å sikre at det lokale nivået skal ha en rolle i et flernivåstyre.",
        },
      ],
      scope: [{ value: "Europe", quote: "består av 145 av de største byene i Europa" }],
      themes: [
        {
          value: [
            "knowledge",
            "culture",
            "environment",
            "mobility",
            "economy",
            "urban development",
            "social affairs",
          ],
          quote:
            "kunnskap, kultur, miljø, mobilitet, økonomisk utvikling, urban utvikling og sosialpolitikk",
          note: "The seven thematic forums.",
        },
      ],
      founded: [{ value: 1986, quote: "Eurocities ble etablert i 1986" }],
      members: [
        {
          value: {
            count: 145,
            unit: "cities",
            associates: 45,
            associatesUnit: "partner cities",
            countries: 39,
          },
          quote:
            "består av 145 av de største byene i Europa, i tillegg til 45 partnerbyer. Organisasjonene representerer 130 millioner innbyggere i 39 land",
          note: "145 of Europe's largest cities plus 45 partner cities, representing 130 million inhabitants in 39 countries.",
        },
      ],
    },
    {
      org: "efa",
      description: [
        {
          value:
            "Has since its founding in 1952 brought together leading music, dance, theatre and multidisciplinary arts festivals from Europe and beyond.",
          quote:
            "forenet fremtredende musikk-, dans-, teater- og tverrfaglige kunstfestivaler fra Europa og utenfor",
        },
      ],
      scope: [
        {
          value: "Europe",
          quote: "kunstfestivaler fra Europa og utenfor",
          note: "Europe and beyond.",
        },
      ],
      themes: [
        {
          value: ["culture", "music"],
          quote: "forenet fremtredende musikk-, dans-, teater- og tverrfaglige kunstfestivaler",
        },
      ],
      founded: [
        {
          value: 1952,
          quote: "European Festivals Association (EFA) har siden etableringen i 1952",
        },
      ],
    },
    {
      org: "festival-cities",
      description: [
        {
          value:
            "Newly created network of European festivals and cities that aims to strengthen the relationship and cooperation between cities and their arts festivals.",
          quote:
            "Nettverket har som utgangspunkt å styrke forholdet og samarbeidet mellom by og deres kunstfestivaler.",
        },
        {
          value:
            "Speaks for its members with a common voice and initiates projects and activities for them.",
          quote: "Nettverket skal også snakke medlemmenes sak utad med en felles stemme",
        },
      ],
      scope: [
        {
          value: "Europe",
          quote: "et nyopprettet nettverk av mer enn 40 europeiske festivaler og byer",
        },
      ],
      themes: [
        {
          value: ["culture"],
          quote: "styrke forholdet og samarbeidet mellom by og deres kunstfestivaler",
        },
      ],
      members: [
        {
          value: { count: 40, qualifier: "more than", unit: "festivals and cities" },
          quote:
            "Festival Cities Initiative er et nyopprettet nettverk av mer enn 40 europeiske festivaler og byer.",
        },
      ],
    },
    {
      org: "global-climate-forum",
      description: [
        {
          value:
            "Founded as the European Climate Forum to represent European research institutes, NGOs and businesses; made up of major research institutions and works largely on natural-science topics.",
          quote:
            "Forumet består av tunge forskningsmiljøer, og arbeider mye med naturvitenskapelige tema.",
        },
        {
          value:
            "After the network grew far beyond Europe (USA, China, Australia and other regions), the members' assembly renamed it Global Climate Forum in 2011.",
          quote:
            "besluttet medlemmets forsamling i 2011 å endre organisasjonens navn til Global Climate Forum",
        },
      ],
      scope: [
        { value: "Global", quote: "Gradvis har nettverket blitt utvidet langt utover Europa" },
      ],
      themes: [
        {
          value: ["climate"],
          quote:
            "skulle representere europeiske forskningsinstitutter, frivillige organisasjoner og bedrifter det europeiske klimaforumet",
        },
      ],
      founded: [
        {
          value: 2001,
          quote: "European Climate Forum ble grunnlagt i 2001",
          note: "Founded as the European Climate Forum; renamed Global Climate Forum in 2011.",
        },
      ],
    },
    {
      org: "hansa",
      description: [
        {
          value:
            "Active network of cities and small towns with a historical link to the Hanseatic League, promoting that history, cultural exchange, exchange of experience and closer cooperation between member towns.",
          quote:
            "Hansabynettverket er et aktivt nettverk av byer og småsteder med historisk tilknytning til den hanseatiske liga.",
        },
      ],
      themes: [
        {
          value: ["heritage", "culture"],
          quote:
            "arbeider med promotering av det historiske samarbeidet, kultur- og erfaringsutveksling og økt samarbeid mellom medlemsbyene",
        },
      ],
      founded: [{ value: 1980, quote: "Nettverket ble etablert i 1980" }],
    },
    {
      org: "kimo",
      description: [
        {
          value:
            "Has worked for 30 years for sustainable coastal communities in North-West Europe.",
          quote: "KIMO har i 30 år arbeidet for bærekraftige kystsamfunn i Nordvest-Europa.",
          note: "'For 30 years' at c. 2020 suggests a start around 1990; the text gives no founding year.",
        },
        {
          value:
            "Main focus: preventing harmful effects of climate change and marine pollution on coastal municipalities, now with a special effort against marine litter.",
          quote:
            "Hovedfokus for KIMO er å forhindre skadelig effekt av klimaendringer og havforurensning for kystkommuner",
        },
      ],
      scope: [
        {
          value: "North Sea",
          quote: "80 medlemskommuner fra 8 land, hovedsakelig rundt Nordsjøen",
        },
      ],
      themes: [
        {
          value: ["environment", "climate"],
          quote:
            "forhindre skadelig effekt av klimaendringer og havforurensning for kystkommuner, nå med særlig innsats mot marin forsøpling",
        },
      ],
      members: [
        {
          value: { count: 80, unit: "member municipalities", countries: 8 },
          quote: "Det er i dag 80 medlemskommuner fra 8 land, hovedsakelig rundt Nordsjøen.",
        },
        {
          value: { count: 5, unit: "members", area: "Norway" },
          quote: "Norge har nå 5 medlemmer",
        },
      ],
    },
    {
      org: "iclei",
      description: [
        {
          value:
            "Global network of more than 1,500 cities and regions committed to developing a sustainable future.",
          quote:
            "er et globalt nettverk for mer enn 1 500 byer og regioner som har forpliktet seg til å utvikle en bærekraftig framtid",
        },
      ],
      scope: [
        { value: "Global", quote: "er et globalt nettverk for mer enn 1 500 byer og regioner" },
      ],
      themes: [
        {
          value: ["sustainability"],
          quote: "har forpliktet seg til å utvikle en bærekraftig framtid",
        },
      ],
      members: [
        {
          value: { count: 1500, qualifier: "more than", unit: "cities and regions" },
          quote: "et globalt nettverk for mer enn 1 500 byer og regioner",
        },
      ],
    },
    {
      org: "ica",
      description: [
        {
          value: "Worldwide organisation for archivists.",
          quote: "Det er en verdensomspennende organisasjon for arkivarer.",
        },
      ],
      scope: [
        { value: "Global", quote: "Det er en verdensomspennende organisasjon for arkivarer." },
      ],
      themes: [
        { value: ["archives"], quote: "Det er en verdensomspennende organisasjon for arkivarer." },
      ],
    },
    {
      org: "icorn",
      description: [
        {
          value:
            "Independent organisation of cities and regions that offer shelter to writers and artists at risk, promote freedom of expression, defend democratic values and promote international solidarity.",
          quote:
            "er en uavhengig organisasjon av byer og regioner som tilbyr ly for forfattere og kunstnere i fare",
        },
      ],
      themes: [
        {
          value: ["refugees", "human rights", "democracy", "culture"],
          quote:
            "tilbyr ly for forfattere og kunstnere i fare, fremmer ytringsfrihet, forsvarer demokratiske verdier",
        },
      ],
    },
    {
      org: "intercultural-cities",
      description: [
        {
          value:
            "Council of Europe initiative that works to identify good ways of using diversity for positive development in local communities.",
          quote:
            "jobber for å identifisere gode løsninger for å bruke mangfold til å få til en positiv utvikling i lokalsamfunn",
        },
        {
          value:
            "The programme started on a joint initiative of the Council of Europe and the European Commission.",
          quote: "Programmet kom i gang på felles initiativ fra Europarådet og EU-kommisjonen.",
        },
      ],
      scope: [{ value: "Europe", quote: "Europarådet sin satsing «Intercultural cities»" }],
      themes: [
        {
          value: ["inclusion"],
          quote: "På inkluderingsfeltet er organisasjonen den arena som er best egnet",
        },
      ],
    },
    {
      org: "ifla",
      description: [
        {
          value: "Worldwide organisation for libraries.",
          quote: "Det er en verdensomspennende organisasjon for biblioteker.",
        },
        {
          value: "Holds an annual conference for about 4,000 delegates.",
          quote: "Det arrangeres årlig en konferanse for rundt 4 000 delegater.",
        },
      ],
      scope: [
        { value: "Global", quote: "Det er en verdensomspennende organisasjon for biblioteker." },
      ],
      themes: [
        {
          value: ["libraries"],
          quote: "Det er en verdensomspennende organisasjon for biblioteker.",
        },
      ],
    },
    {
      org: "iwa",
      description: [
        {
          value: "Worldwide network for water management, with a national committee in Norway.",
          quote: "er et verdensomspennende nettverk for vannforvaltning",
        },
      ],
      scope: [{ value: "Global", quote: "er et verdensomspennende nettverk for vannforvaltning" }],
      themes: [
        { value: ["water"], quote: "er et verdensomspennende nettverk for vannforvaltning" },
      ],
    },
    {
      org: "internordic-schools",
      description: [
        {
          value:
            "Inter-Nordic cooperation begun in the late 1960s, based on the twin-city cooperation between the second-largest cities of the Nordic countries.",
          quote: "Det internordiske samarbeidet startet på slutten av 60-tallet",
          note: "The text gives only 'the late 60s', no year.",
        },
        {
          value:
            "The inter-Nordic camp school is for lower-secondary pupils from Göteborg, Århus, Åbo and Bergen, with 'learning for life' as its overall theme.",
          quote: "Internordisk Leirskole har «læring for livet» som overordnet tema.",
        },
        {
          value:
            "The teacher exchange and school leaders' forum are for teachers and school owners; the school leaders' forum is the governing body of the camp school, and it meets once a year with one of the five school owners.",
          quote: "Internordisk skolelederforum er overordnet organ for Internordisk leirskole.",
        },
      ],
      scope: [
        {
          value: "Nordic",
          quote: "bevisstheten om bruken av de nordiske språk og nordisk kultur er i sentrum",
        },
      ],
      themes: [
        {
          value: ["education", "youth", "culture"],
          quote: "Internordisk leirskole henvender seg til ungdomsskoleelever",
        },
      ],
      members: [
        {
          value: { count: 5, unit: "school owners" },
          quote: "Det er årlige samlinger hos en av de fem skoleeierne.",
          note: "Sydslesvig, Göteborg, Århus, Åbo and Bergen; Vestland county council also takes part.",
        },
      ],
    },
    {
      org: "memory-of-the-world",
      description: [
        {
          value:
            "UNESCO programme that works to preserve and disseminate the world's documentary heritage.",
          quote:
            "UNESCO programmet Memory of the World jobber for å bevare og formidle verdens dokumentarv.",
        },
      ],
      scope: [{ value: "Global", quote: "jobber for å bevare og formidle verdens dokumentarv" }],
      themes: [
        {
          value: ["archives", "heritage"],
          quote: "jobber for å bevare og formidle verdens dokumentarv",
        },
      ],
    },
  ],
  memberships: [
    // The Barents health programme
    {
      place: "bergen",
      org: "barents-health",
      via: {
        value:
          "Through the Agency for Health Services (etat for helsetjenester), in a bilateral cooperation with Kaliningrad funded by the programme",
        quote:
          "Byrådsavdeling for eldre, helse og frivillighet v/etat for helsetjenester deltar i Norges satsing med Russland",
      },
      responsible: {
        value: "Byråd for eldre, helse og frivillighet",
        quote: "Byråd for eldre, helse og frivillighet har ansvar for å følge opp samarbeidet.",
      },
      events: [
        {
          type: "member",
          quote:
            "deltar i Norges satsing med Russland gjennom et bilateralt samarbeid med Kaliningrad",
          note: "The text describes participation in a programme-funded bilateral cooperation rather than a formal membership.",
        },
        {
          type: "active",
          detail:
            "Has taken part actively in the long-standing Barents cooperation the network grew out of; politicians, managers and specialists have joined projects and meetings",
          quote:
            "Nettverket har utspring fra et årelangt Barentssamarbeid, hvor Bergen kommune har deltatt aktivt.",
        },
      ],
      assessment: [
        {
          value:
            "An important network for professional development, common methods and mutual learning.",
          quote:
            "Det er et viktig nettverk for faglig utvikling, for å utarbeide felles metoder og for gjensidig læring.",
        },
        {
          value: "The benefit is felt to be large on both the Norwegian and the Russian side.",
          quote: "Nytteverdien oppleves som stor på norsk og russisk side.",
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
    // Covenant of Mayors
    {
      place: "bergen",
      org: "covenant-of-mayors",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote:
          "deriblant Bergen. Byråd for klima, miljø og byutvikling har ansvar for å følge opp samarbeidet.",
      },
      events: [{ type: "member", quote: "I Norge er 9 byer med, deriblant Bergen." }],
      assessment: [
        {
          value:
            "The membership came about on political initiative and has a strong symbolic effect.",
          quote:
            "Medlemskapet har kommet i stand basert på politisk initiativ, og det er en sterk symboleffekt ved å være medlem.",
        },
        {
          value:
            "Professionally important for access to reporting tools and statistics, which also makes Bergen's climate statistics available to others.",
          quote:
            "tilgang til rapporteringsverktøy og statistikk, noe som også gjør at Bergen sin klimastatistikk er tilgjengelig for andre",
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
    // Eureau
    {
      place: "bergen",
      org: "eureau",
      via: { value: "Through Norsk Vann", quote: "Bergen kommune er medlem gjennom Norsk Vann." },
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote: "er medlem gjennom Norsk Vann. Byråd for klima, miljø og byutvikling har ansvar",
      },
      events: [
        { type: "member", quote: "Bergen kommune er medlem gjennom Norsk Vann." },
        {
          type: "role",
          detail:
            "Represented on EurEau's wastewater committee, together with a representative of Norsk Vann",
          quote:
            "Bergen kommune er representert i «avløpskomiteen» i Eureau, sammen med en representant fra Norsk Vann.",
        },
      ],
      assessment: [
        {
          value: "Especially important for influencing EU policy on water.",
          quote: "Organisasjonen er særlig viktig for å påvirke EUs politikk på vannfeltet.",
        },
        {
          value:
            "A useful professional network with the chance to exchange knowledge and work together on developing regulations.",
          quote:
            "gir organisasjonen et nyttig faglig nettverk, og mulighet for å utveksle kunnskap og arbeide sammen om å utvikle regelverk",
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
    // Eurocities
    {
      place: "bergen",
      org: "eurocities",
      responsible: {
        value: "Byrådsleder",
        quote: "Byrådsleder har hovedansvar for å følge opp samarbeidet.",
      },
      events: [
        {
          type: "joined",
          year: 2002,
          quote: "Bergen kom med i partnerskapet i 2002",
          note: "'Partnerskapet' most likely means the network as a whole; the text does not say whether Bergen is a member or one of the 45 partner cities.",
        },
        {
          type: "active",
          detail: "Takes part in all seven thematic forums",
          quote: "deltar i alle de syv tematiske foraene",
        },
        {
          type: "active",
          detail: "Takes part in the annual conference, coordinator meetings and expert meetings",
          quote:
            "Bergen kommune deltar aktivt i organisasjonen; både på årskonferanse, koordinatorsamlinger og faglige møter.",
        },
      ],
      assessment: [
        {
          value:
            "One of the city's most useful tools for influencing European framework conditions, thanks to a professional secretariat with strong ties to the EU institutions.",
          quote:
            "Organisasjonen er et av våre mest nyttige verktøy for å påvirke europeiske rammebetingelser",
        },
        {
          value:
            "The membership gives good conditions for exchanging experience and developing projects with other large cities.",
          quote:
            "Medlemssammensetningen gir også gode vilkår for å utveksle erfaringer og utvikle prosjekt med andre storbyer.",
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
    // European Festivals Association – Festival Cities Initiative
    {
      place: "bergen",
      org: "festival-cities",
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote:
          "prosjekter og aktiviteter for medlemmene. Byråd for kultur, mangfold og likestilling har ansvar",
      },
      events: [
        {
          type: "active",
          detail:
            "The Department for Art and Culture Development is the network's contact point and takes part actively in its regular network meetings",
          quote:
            "Fagavdeling for kunst- og kulturutvikling er kontaktperson for nettverket og deltar aktivt på faste nettverksmøter",
        },
        {
          type: "active",
          detail:
            "Partner in the project «Festival Finder (a)live», 2020–2022, which grew out of the network",
          year: 2020,
          until: 2022,
          quote: "står som partner i prosjektet «Festival Finder (a)live» som går fra 2020–2022",
        },
      ],
      assessment: [
        {
          value:
            "Gives visibility and competence to Bergen's festival sector, also towards the international market.",
          quote:
            "Deltakelse i nettverket bidrar til synlighet og kompetanse for festivalfeltet i Bergen, og opp mot det internasjonale markedet.",
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
    // Global Climate Forum
    {
      place: "bergen",
      org: "global-climate-forum",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote:
          "organisasjonens navn til Global Climate Forum – GCF. Byråd for klima, miljø og byutvikling har ansvar",
      },
      events: [
        { type: "member", quote: "Bergen er eneste by som deltar" },
        {
          type: "decided-to-leave",
          quote: "Bystyret har vedtatt å melde kommunen ut av samarbeidet.",
        },
      ],
      assessment: [
        {
          value:
            "Interesting discussions, but not always relevant to municipal administration; Bergen is the only city taking part.",
          quote:
            "Selv om det er interessante diskusjoner, er det ikke alltid like relevant for kommunal forvaltning.",
        },
      ],
      recommendations: [
        {
          verdict: "leave",
          by: "review",
          text: "End the membership.",
          quote: "vi foreslår derfor å avslutte dette medlemskapet",
        },
        {
          verdict: "leave",
          by: "council",
          text: "The city council decided to withdraw the city from the cooperation.",
          quote: "Bystyret har vedtatt å melde kommunen ut av samarbeidet.",
        },
      ],
    },
    // Hansabysamarbeidet
    {
      place: "bergen",
      org: "hansa",
      via: {
        value:
          "Through Museum Vest, which runs the practical cooperation on the city's behalf (the city holds the formal membership)",
        quote:
          "Kommunen har det formelle medlemskapet, men Museum Vest holder i det praktiske samarbeidet på vegne av kommunen.",
      },
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote: "på vegne av kommunen. Byråd for kultur, mangfold og likestilling har ansvar",
      },
      events: [
        { type: "member", quote: "Kommunen har det formelle medlemskapet" },
        {
          type: "active",
          detail:
            "Political participation, arranging art exchange and youth cooperation, and activity by Museum Vest on the city's behalf",
          quote:
            "Kommunen deltar aktivt i samarbeidet, både gjennom politisk deltakelse, tilrettelegger for kunstutveksling og ungdomssamarbeid",
        },
        {
          type: "active",
          detail:
            "The mayor or deputy mayor has attended Hanseatic meetings as the city's ambassador",
          quote:
            "Ordfører eller varaordfører har deltatt på hansabysamlinger som ambassadør for kommunen",
        },
      ],
      assessment: [
        {
          value: "Important for networking and for preserving historical ties.",
          quote: "Medlemskapet er viktig for nettverksbygging og for å bevare historiske bånd.",
        },
        {
          value: "The Hanseatic Days are an important occasion for making Bergen visible.",
          quote: "hansabydagene er en viktig anledning for synliggjøring av Bergen",
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
    // KIMO
    {
      place: "bergen",
      org: "kimo",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote:
          "Kommunen skal ha vært medlem i en tidligere fase. Byråd for klima, miljø og byutvikling har ansvar",
      },
      events: [
        {
          type: "joined",
          year: 2018,
          quote:
            "der Bergen igjen ble innmeldt i 2018 i forbindelse med kommunens offensive arbeid mot plast/marin forsøpling",
          note: "Re-joined in 2018 as part of the city's work against plastic and marine litter. The text adds that the city is said to have been a member in an earlier phase ('Kommunen skal ha vært medlem i en tidligere fase'), with no dates and without confirming it.",
        },
      ],
      assessment: [
        {
          value:
            "The network shows great interest in Bergen's expertise in marine and maritime fields.",
          quote:
            "Nettverket viser stor interesse for Bergensmiljøets innsats innen marine/maritime fagområder.",
        },
        {
          value:
            "An important network for understanding and working together to protect the ocean; KIMO represents local authorities internationally.",
          quote: "er et viktig nettverk for å forstå og samhandle for å ta vare på havet",
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
    // ICLEI
    {
      place: "bergen",
      org: "iclei",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote: "utvikle en bærekraftig framtid. Byråd for klima, miljø og byutvikling har ansvar",
      },
      events: [{ type: "active", quote: "Bergen kommune har deltatt aktivt i nettverket" }],
      assessment: [
        {
          value: "Good discussions and professional benefit.",
          quote: "opplever gode diskusjoner og faglig utbytte i samarbeidet",
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
    // ICA
    {
      place: "bergen",
      org: "ica",
      via: {
        value: "Through Bergen City Archives (Bergen Byarkiv)",
        quote: "Bergen Byarkiv er medlem i International Congress on Archives (ICA).",
      },
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote: "medlem som arkivinstitusjon. Byråd for kultur, mangfold og likestilling har ansvar",
      },
      events: [
        {
          type: "member",
          detail: "Category C membership, as an archival institution",
          quote: "Byarkivet har et C-medlemskap; medlem som arkivinstitusjon.",
        },
        {
          type: "active",
          detail: "Mainly in the section for Local, Municipal and Territorial Archives",
          quote:
            'deltar aktiv i samarbeidet i hovedsak i underseksjon for "Local, Municipal and Territorial Archives"',
        },
        {
          type: "role",
          detail: "Has earlier held office in the organisation",
          quote: "Kommunen har tidligere hatt verv i organisasjonen.",
          note: "A past office; the text names neither the office nor the years, so the event's default year is not when it was held.",
        },
      ],
      assessment: [
        {
          value: "Important for professional development, learning and contacts.",
          quote: "Organisasjonen er viktig for fagutvikling, læring og kontaktflate.",
        },
        {
          value: "An important meeting place for Nordic colleagues.",
          quote: "Det er også en viktig møteplass for å treffe nordiske kolleger.",
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
    // ICORN
    {
      place: "bergen",
      org: "icorn",
      via: {
        value: "Through the city library (biblioteket)",
        quote:
          "Bergen kommune, gjennom biblioteket, er aktiv engasjert i organisasjonen for fribyer og fribyforfattere.",
      },
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote:
          "fremmer internasjonal solidaritet. Byråd for kultur, mangfold og likestilling har ansvar",
      },
      events: [
        {
          type: "active",
          quote:
            "Bergen kommune, gjennom biblioteket, er aktiv engasjert i organisasjonen for fribyer og fribyforfattere.",
        },
        {
          type: "role",
          detail: "The head of the library has earlier sat on the international board",
          quote: "Biblioteksjefen har tidligere sittet i det internasjonale styret",
          note: "A past board seat; the years are not given, so the event's default year is not when it was held.",
        },
        {
          type: "role",
          detail:
            "The head of the library sits on the nominating committee for the international board",
          quote: "er nå i valgkomiteen til det internasjonale styret",
        },
      ],
      assessment: [
        {
          value:
            "A professional network for the cities, and a social and professional network for the writers.",
          quote:
            "Organisasjonen tilbyr et faglig nettverk for byene, men også et sosialt og faglig nettverk for forfatterne.",
        },
        {
          value:
            "The writers travel to gatherings with grants from the Ministry of Foreign Affairs.",
          quote: "Forfatterne reiser på samlinger med stipend fra Utenriksdepartementet.",
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
    // Intercultural cities
    {
      place: "bergen",
      org: "intercultural-cities",
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote:
          "Europarådet og EU-kommisjonen. Byråd for kultur, mangfold og likestilling har ansvar",
      },
      events: [
        {
          type: "joined",
          year: 2014,
          quote:
            "Bergen kommune har siden 2014 vært med i Europarådet sin satsing «Intercultural cities».",
        },
        {
          type: "active",
          detail: "Has contributed professional presentations and input to policy development",
          quote:
            "Bergen kommune deltar aktivt i arbeidet, og har bidratt med faglige innlegg og innspill til politikkutvikling.",
        },
      ],
      assessment: [
        {
          value:
            "In the field of inclusion, the best-suited arena for influence on European policy.",
          quote:
            "På inkluderingsfeltet er organisasjonen den arena som er best egnet for gjennomslagskraft på europeisk politikk.",
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
    // IFLA
    {
      place: "bergen",
      org: "ifla",
      via: {
        value: "Through the city library (biblioteket)",
        quote: "Biblioteket er medlem av den internasjonale bibliotekorganisasjonen IFLA.",
      },
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote: "rundt 4 000 delegater. Byråd for kultur, mangfold og likestilling har ansvar",
      },
      events: [
        {
          type: "member",
          quote: "Biblioteket er medlem av den internasjonale bibliotekorganisasjonen IFLA.",
        },
        {
          type: "active",
          detail: "Takes part in the annual gatherings",
          quote: "bidrar aktivt i nettverket, blant annet gjennom deltakelse på årlige samlinger",
        },
        {
          type: "role",
          detail: "Contributes to developing the organisation in its committees",
          quote: "utvikling av organisasjonen i underliggende komiteer",
          note: "The text does not say which committees or whether these are formal seats.",
        },
      ],
      assessment: [
        {
          value:
            "Important for professional development and keeping up to date, and for an international contact network.",
          quote:
            "Organisasjonen er viktig for faglig utvikling og oppdatering, samt verdien ved å ha et internasjonalt kontaktnett.",
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
    // IWA
    {
      place: "bergen",
      org: "iwa",
      responsible: {
        value: "Byråd for klima, miljø og byutvikling",
        quote: "ledet av Bergen kommune. Byråd for klima, miljø og byutvikling har ansvar",
      },
      events: [
        {
          type: "role",
          detail: "Leads IWA's national committee in Norway",
          quote: "I Norge er det en nasjonalkomite som er ledet av Bergen kommune.",
        },
        {
          type: "active",
          detail: "Hosts meetings in a fixed rotation",
          quote:
            "Bergen kommune deltar aktivt i samarbeidet og er vertskap for møter på fast rullering.",
        },
        {
          type: "active",
          detail:
            "The city's climate, environment and urban development department will be broadly represented at the IWA World Congress in Copenhagen in 2022",
          quote: "Byrådsavdeling for klima, miljø og byutvikling vil være bredt representert",
          note: "The text also says a Nordic programme for the 2022 congress is being prepared ('Det arbeides nå med å lage et nordisk program'), without saying by whom.",
        },
      ],
      assessment: [
        {
          value: "A professionally important organisation.",
          quote: "da dette er en faglig viktig organisasjon",
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
    // Internordisk leirskole, lærerutveksling og skolelederforum
    {
      place: "bergen",
      org: "internordic-schools",
      responsible: {
        value: "Byråd for barnehage, skole og idrett",
        quote: "Byråd for barnehage, skole og idrett har ansvar for å følge opp samarbeidet.",
      },
      events: [
        {
          type: "member",
          quote:
            "henvender seg til lærere og skoleeiere fra Sydslesvig, Göteborg, Århus, Åbo og Bergen",
        },
        {
          type: "active",
          detail: "Hosts meetings in a fixed rotation",
          quote:
            "Bergen kommune deltar aktivt i arbeidet, og er vertskap for møter etter fast oppsatt rullering.",
        },
        {
          type: "active",
          detail:
            "Teachers from Bergen's schools and municipal kindergartens take part in the teacher exchange",
          quote:
            "Det er lærere fra bergensskolen og de kommunale barnehagene som deltar i lærerutvekslingen.",
        },
        {
          type: "role",
          detail:
            "Represented in the school leaders' forum by its agency directors (etatsdirektørene)",
          quote: "I skolelederforumet representerer etatsdirektørene skoleeier.",
          note: "The sentence may describe how every school owner is represented, not only Bergen.",
        },
      ],
      assessment: [
        {
          value:
            "Useful for professional development and an important part of strengthening common Nordic work.",
          quote:
            "Samarbeidet oppleves som nyttig for faglig utvikling, og et viktig ledd i å styrke det fellesnordiske arbeidet.",
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
      place: "goteborg",
      org: "internordic-schools",
      events: [
        {
          type: "member",
          quote:
            "henvender seg til lærere og skoleeiere fra Sydslesvig, Göteborg, Århus, Åbo og Bergen",
        },
      ],
    },
    {
      place: "aarhus",
      org: "internordic-schools",
      events: [
        {
          type: "member",
          quote:
            "henvender seg til lærere og skoleeiere fra Sydslesvig, Göteborg, Århus, Åbo og Bergen",
        },
      ],
    },
    {
      place: "turku",
      org: "internordic-schools",
      events: [
        {
          type: "member",
          quote:
            "henvender seg til lærere og skoleeiere fra Sydslesvig, Göteborg, Århus, Åbo og Bergen",
        },
      ],
    },
    {
      place: "sydslesvig",
      org: "internordic-schools",
      events: [
        {
          type: "member",
          quote:
            "henvender seg til lærere og skoleeiere fra Sydslesvig, Göteborg, Århus, Åbo og Bergen",
          note: "Sydslesvig takes part in the teacher exchange and school leaders' forum; the camp school is named only for Göteborg, Århus, Åbo and Bergen. The school owner there is not named.",
        },
      ],
    },
    {
      place: "vestland",
      org: "internordic-schools",
      events: [
        {
          type: "member",
          quote: "Vestland fylkeskommune deltar også i samarbeidet.",
          note: "The text says the county council 'also takes part'; it is not counted among the five school owners.",
        },
      ],
    },
    // Memory of the World
    {
      place: "bergen",
      org: "memory-of-the-world",
      via: {
        value:
          "Through the Leprosy Archives under Bergen City Museum (Bymuseet i Bergen), with the Leprosy Museum (Lepramuseet)",
        quote: "Lepra-arkivene under Bymuseum i Bergen ble inkludert som medlem i 2001.",
      },
      responsible: {
        value: "Byråd for kultur, mangfold og likestilling",
        quote:
          "ble inkludert som medlem i 2001. Byråd for kultur, mangfold og likestilling har ansvar",
      },
      events: [
        {
          type: "joined",
          year: 2001,
          quote: "Lepra-arkivene under Bymuseum i Bergen ble inkludert som medlem i 2001.",
          note: "The review calls the inscription of the Leprosy Archives a membership, and adds that it is first and foremost a status given by UNESCO.",
        },
      ],
      assessment: [
        {
          value:
            "The status puts Bergen and the Leprosy Museum on the world map, reflected in interest from international delegations.",
          quote: "noe som setter Bergen og Lepramuseet på verdenskartet",
        },
        {
          value:
            "The status requires making the archive material available to the public; the Leprosy Museum works closely with the city archives.",
          quote: "Statusen fordrer å gjøre arkivmateriale tilgjengelig for allmennheten",
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
      b: "kaliningrad",
      kind: "bilateral partner",
      detail:
        "Health cooperation run by the Agency for Health Services as part of Norway's cooperation with Russia, funded by the Barents health programme",
      quote: "deltar i Norges satsing med Russland gjennom et bilateralt samarbeid med Kaliningrad",
    },
  ],
};
