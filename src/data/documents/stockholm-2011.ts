import type { Document } from "../document";

// 001_92a00ac08a6ed3d8.txt: Stockholms stad, stadsledningskontoret, review of the city's engagement in
// EUROCITIES, Metropolis, UCLG and (in part) C40, c. 2010–2011. Quotes are copied from the report text.
// The leave recommendations are the office's proposal ("föreslås"), not a council decision.
export const stockholm2011: Document = {
  source: "stockholm-2011",
  organisations: [
    {
      org: "eurocities",
      description: [
        {
          value: "Cooperation organisation for the larger cities of the EU.",
          quote: "EUROCITIES är en samarbetsorganisation för större städer inom EU.",
        },
        {
          value:
            "Cities of at least 250,000 inhabitants can become members; smaller cities and European cities outside the EU can become associate members.",
          quote:
            "Städer som har minst 250 000 invånare kan bli medlemmar. Mindre städer, liksom europeiska städer utanför EU kan bli associerade medlemmar.",
        },
        {
          value: "Works through seven forums and 40 working groups.",
          quote:
            "organisationens alla sju forum samt i ca hälften av organisationens 40 arbetsgrupper",
          year: 2009,
        },
        {
          value:
            "Has positioned itself as a strong lobbying organisation towards the EU; its board regularly meets commissioners and other senior EU representatives.",
          quote:
            "EUROCITIES har under åren positionerat sig som en stark lobbyorganisation gentemot EU",
        },
      ],
      scope: [
        {
          value: "Europe",
          quote: "EUROCITIES är en samarbetsorganisation för större städer inom EU.",
        },
      ],
      founded: [
        { value: 1986, quote: "EUROCITIES grundades 1986 och har fler än 130 medlemsstäder." },
      ],
      members: [
        {
          value: { count: 130, qualifier: "more than", unit: "member cities" },
          quote: "har fler än 130 medlemsstäder",
        },
        {
          value: { count: 3, unit: "full member cities", area: "Sweden" },
          quote: "Från Sverige är det Stockholm, Göteborg och Malmö som är fullvärdiga medlemmar.",
          note: "Stockholm, Göteborg and Malmö.",
        },
      ],
    },
    {
      org: "metropolis",
      description: [
        {
          value:
            "International organisation aimed specifically at capital cities and cities of more than one million inhabitants.",
          quote: "riktar sig specifikt mot huvudstäder och städer över en miljon invånare",
        },
        {
          value:
            "Aims to promote international cooperation between its members and to support the interests of big cities in international institutions.",
          quote:
            "främja internationellt samarbete mellan medlemmarna och stödja storstäders intressen i internationella institutioner",
        },
        {
          value:
            "Holds a congress every third year, where committee work is reported and new committees are appointed. Five committees: Eco-regions, Managing urban growth, Integrated urban governance, Megacities and Urban Innovation.",
          quote:
            "Metropolis har sin kongress vart tredje år, då redovisas utskottsarbete och de nya utskotten utses.",
        },
        {
          value: "Has increasingly become an organisation for regions rather than cities.",
          quote:
            "Metropolis alltmer gått över till att bli en organisation för regioner istället för städer.",
        },
        {
          value:
            "In recent years its work has turned largely to development cooperation and the UN Millennium Development Goals.",
          quote:
            "ändrats till att i stor utsträckning handla om utvecklingssamarbete och arbete med FN:s millenniemål",
          note: "Said of both Metropolis and UCLG.",
        },
      ],
      scope: [
        {
          value: "Global",
          quote:
            "var organisationen i första hand ett kontaktnätverk för de största städerna i världen",
          year: 2003,
          note: "Describes Metropolis when Stockholm joined in 2003.",
        },
      ],
      themes: [
        {
          value: ["environment", "urban development", "governance"],
          quote:
            "de fem utskotten (Eco-regions, Managing urban growth, Integrated urban governance, Megacities och Urban Innovation)",
          note: "Themes read from the names of the five committees.",
        },
      ],
      president: [
        {
          value: "Jean Paul Huchon, Île-de-France",
          quote: "Ordförande är Jean Paul Huchon från Ile-de-France-regionen (Parisregionen).",
        },
      ],
    },
    {
      org: "metropolis-women",
      description: [
        {
          value:
            "Women's network within Metropolis for greater female participation in local politics.",
          quote: "finns ett kvinnonätverk för ökat kvinnligt deltagande i lokalpolitiken",
        },
      ],
      themes: [
        {
          value: ["democracy"],
          quote: "kvinnonätverk för ökat kvinnligt deltagande i lokalpolitiken",
        },
      ],
    },
    {
      org: "uclg",
      description: [
        {
          value:
            "The world's largest organisation of local government associations and cities/municipalities, and the main voice of local and regional government towards the UN system.",
          quote:
            "är idag världens största organisation för kommunförbund och städer/kommuner och lokal och regional nivås främsta röst gentemot FN-systemet",
        },
        {
          value:
            "Its members represent two thirds of the UN member states and thus more than half of the world's population.",
          quote:
            "UCLG:s medlemmar representerar 2/3 av FN:s medlemsländer och därmed mer än hälften av världens befolkning",
        },
        {
          value: "Aims to be the voice of local government towards the UN and the World Bank.",
          quote: "UCLG:s målsättning är att vara lokal nivås röst gentemot FN och Världsbanken",
        },
        {
          value:
            "The report sees a democratic deficit: the new president was agreed in a closed circle before the vote at the World Council (Mexico City congress, November 2010), so no vote was held.",
          quote: "Detta pekar på ett demokratiskt underskott i organisationen.",
          year: 2010,
        },
      ],
      scope: [
        {
          value: "Global",
          quote: "är idag världens största organisation för kommunförbund och städer/kommuner",
        },
      ],
      president: [
        {
          value: "Kadir Topbaş, mayor of Istanbul",
          quote: "Ordförande för UCLG är Istanbuls borgmästare Kadir Topbas",
          note: "The report spells the name 'Topbas'. Istanbul was presented as successor to Paris at the Mexico City world congress, November 2010.",
        },
      ],
    },
    {
      org: "uclg-culture",
      president: [
        {
          value: "Barcelona (chair city)",
          quote: "vice ordförande i UCLG:s kulturkommitté där Barcelona är ordförande",
          note: "The report names the chairing city, not a person; Stockholm is vice-chair.",
        },
      ],
    },
    {
      org: "c40",
      description: [
        {
          value:
            "Association of the world's largest cities that have taken up the challenge of counteracting climate change.",
          quote:
            "C40 är en sammanslutning av världens största städer som har antagit utmaningen att motverka klimatförändringarna.",
        },
        {
          value:
            "Meant as a loose network where mayors of large cities can exchange experience and knowledge on environmental problems.",
          quote:
            "Syftet med C40 är att fungera som ett löst nätverk där borgmästare från stora städer i världen erbjuds möjlighet",
        },
        {
          value:
            "Holds political congresses every second year, gathering the top politicians of the largest cities with experts and representatives of business and academia.",
          quote:
            "De vartannat år förekommande politiska kongresserna samlar de högsta politikerna från de största städerna i världen",
        },
        {
          value: "Works closely with former US president Bill Clinton's climate foundation.",
          quote:
            "C40 har ett nära samarbete med tidigare presidenten Bill Clintons stiftelse Clinton Climate Foundation.",
        },
      ],
      scope: [{ value: "Global", quote: "C40 är en sammanslutning av världens största städer" }],
      themes: [
        {
          value: ["climate", "environment"],
          quote: "utbyta erfarenheter och kunskaper kring miljöproblem",
          note: "Climate: the organisation's aim is to counteract climate change; environment: exchange on environmental problems.",
        },
      ],
      president: [
        {
          value: "Michael Bloomberg, mayor of New York",
          quote:
            "Borgmästaren i New York, Michael Bloomberg är nuvarande ordförande för organisationen",
        },
      ],
    },
    {
      org: "clinton-climate-initiative",
      description: [
        {
          value:
            "Former US president Bill Clinton's climate foundation, in strong partnership with C40; Stockholm's Norra Djurgårdsstaden is one of its flagship projects.",
          quote:
            "I och med ett starkt partnerskap mellan Clinton Climate Initiative (där staden deltar genom Norra Djurgådsstaden) och C40",
          note: "The report calls it both Clinton Climate Foundation and Clinton Climate Initiative, and also 'Clintonstiftelsen'.",
        },
      ],
    },
  ],
  memberships: [
    // ---- EUROCITIES ----
    {
      place: "stockholm",
      org: "eurocities",
      responsible: {
        value: "Kommunstyrelsen (City Executive Board)",
        quote: "vars medlemskap innehas av kommunstyrelsen",
      },
      events: [
        { type: "joined", year: 1995, quote: "Stockholm är medlem sedan 1995." },
        {
          type: "member",
          detail: "Full member",
          quote: "Från Sverige är det Stockholm, Göteborg och Malmö som är fullvärdiga medlemmar.",
        },
        {
          type: "role",
          detail: "Board seat, held by the finance commissioner (finansborgarrådet)",
          quote: "Staden har en styrelsepost som innehas av finansborgarrådet.",
        },
        {
          type: "active",
          year: 2009,
          detail: "Active in all seven forums and in about half of the 40 working groups",
          quote:
            "Staden har under 2009 varit aktiv medlem i organisationens alla sju forum samt i ca hälften av organisationens 40 arbetsgrupper.",
        },
        {
          type: "role",
          year: 2009,
          until: 2010,
          detail: "Chair of the EUROCITIES Social Affairs Forum",
          quote:
            "Stockholm innehaft ordförandeskapet för EUROCITIES Social Affairs Forum under 2009 och 2010.",
        },
      ],
      assessment: [
        {
          value:
            "Engagement: the city's strongest and clearest international engagement, led by the social services and labour market administration.",
          quote: "stadens starkaste och tydligaste engagemang ligger i EUROCITIES",
        },
        {
          value:
            "Operational development: the education, city planning, culture and environment administrations have benefited greatly from the forums and working groups.",
          quote:
            "kulturförvaltningen och miljöförvaltningen haft stor nytta av deltagandet i EUROCITIES forum och arbetsgrupper",
        },
        {
          value:
            "Positioning, knowledge and influence: the network's breadth lets the city position itself, bring home knowledge and exert influence.",
          quote:
            "Genom EUROCITIES bredd får staden en möjlighet att positionera sig, hämta hem kunskap och påverka",
        },
        {
          value:
            "Influence: cooperation in EUROCITIES eases the city's influence on the EU institutions and helps it build important contacts.",
          quote:
            "Samarbetet inom EUROCITIES underlättar därför stadens möjligheter att påverka EU:s institutioner samt till att knyta viktiga kontakter.",
        },
        {
          value:
            "Operational development: helps with partner search for EU projects, offers an arena to learn from other cities and to show the city's own work.",
          quote:
            "underlättar dessutom t.ex. partnersök för EU-projekt, erbjuder en arena att lära av andra städers goda exempel",
        },
        {
          value:
            "Departments have proposed cooperation in further areas within EUROCITIES, e.g. clean vehicles.",
          quote:
            "förslag från stadens verksamheter på samarbeten inom ytterligare områden inom ramen för EUROCITIES, t.ex. inom miljöbilsområdet",
        },
        {
          value:
            "Conclusion: a valuable network; cooperation in some areas can even be expanded. As a board member the city has a strong voice towards the EU institutions.",
          quote:
            "EUROCITIES är ett värdefullt nätverk för staden och att samarbetet inom vissa områden till och med kan utökas",
        },
        {
          value:
            "Departments do not want more networks but want to deepen cooperation in the established ones, above all EUROCITIES.",
          quote:
            "vill att man använder de redan etablerade nätverken, framförallt EUROCITIES, till att fördjupa",
        },
        {
          value:
            "Monitoring: the challenge is to spread and implement the knowledge gained, since not all departments have systems for reporting back on international work.",
          quote:
            "En utmaning är att kunna dra nytta av de kunskaper och erfarenheter som utvinns ur samarbetet på bästa sätt",
        },
      ],
      recommendations: [
        {
          verdict: "strengthen",
          by: "review",
          text: "Continue active work in the forums and working groups; cooperation in some areas can even be expanded.",
          quote:
            "Rekommendationen gällande EUROCITIES är att fortsätta ett aktivt arbete inom de olika forumen och arbetsgrupperna.",
        },
      ],
    },
    {
      place: "goteborg",
      org: "eurocities",
      events: [
        {
          type: "member",
          detail: "Full member",
          quote: "Från Sverige är det Stockholm, Göteborg och Malmö som är fullvärdiga medlemmar.",
        },
      ],
    },
    {
      place: "malmo",
      org: "eurocities",
      events: [
        {
          type: "member",
          detail: "Full member",
          quote: "Från Sverige är det Stockholm, Göteborg och Malmö som är fullvärdiga medlemmar.",
        },
      ],
    },
    // ---- Metropolis ----
    {
      place: "stockholm",
      org: "metropolis",
      responsible: {
        value: "Kommunstyrelsen (City Executive Board)",
        quote: "vars medlemskap innehas av kommunstyrelsen",
      },
      events: [
        { type: "joined", year: 2003, quote: "Stockholm är medlem sedan 2003." },
        {
          type: "role",
          year: 2005,
          until: 2008,
          detail: "Board member, first elected at the 2005 congress",
          quote:
            "Vid organisationens kongress 2005 valdes Stockholm för första gången in i styrelsen för perioden 2005-2008",
        },
        {
          type: "role",
          year: 2009,
          until: 2011,
          detail:
            "Board member, re-elected at the Sydney congress in October 2008; seat held by the finance commissioner (finansborgarrådet)",
          quote:
            "fick staden förnyat förtroende som styrelseledamot för perioden 2009-2011. Styrelseposten innehas av finansborgarrådet.",
          note: "The report says the board mandates end at the Metropolis world congress 'i Kairo 2011', but later places the 2011 world congress in Porto Alegre, Brazil, 23–26 November 2011.",
        },
        {
          type: "passive",
          detail: "Has not worked actively in any of the five committees in the last two years",
          quote:
            "Stockholm har inte arbetat aktivt i något av utskotten under de senaste två åren.",
        },
      ],
      assessment: [
        {
          value:
            "Direction: the work of Metropolis and UCLG has turned largely to development cooperation and the UN Millennium Goals, which is not in line with the city's goals, Vision 2030 or its international strategy.",
          quote:
            "det ligger inte i linje med stadens inriktningsmål, Vision 2030 eller den internationella strategin",
        },
        {
          value:
            "When Stockholm joined in 2003 Metropolis was mainly a contact network for the world's largest cities and a platform for exchange.",
          quote:
            "Då staden gick med i Metropolis 2003 var organisationen i första hand ett kontaktnätverk för de största städerna i världen",
        },
        {
          value: "Still useful for the city's overall international contacts.",
          quote:
            "Organisationerna kan fortfarande ses som användbara för stadens övergripande internationella kontakter",
        },
        {
          value:
            "Travel: politicians find it hard to prioritise the often long journeys to annual meetings and conferences; the contact network can be replaced by other channels.",
          quote:
            "det är svårt att prioritera de ofta långa resorna som UCLG:s och Metropolis årsmöten och konferenser innebär",
        },
        {
          value:
            "No other comments came in from politicians or officials, which may reflect low awareness of and engagement in the organisations.",
          quote:
            "I övrigt har inga ytterligare synpunkter kommit in från varken förtroendevalda eller tjänstemän",
        },
        {
          value:
            "As Metropolis and UCLG grow, some of the most important decisions are negotiated in a closed circle before board meetings.",
          quote:
            "förhandlas också en del av de viktigaste besluten fram inom en sluten krets innan styrelsemöten eller liknande",
        },
        {
          value:
            "Metropolis has increasingly become an organisation for regions rather than cities.",
          quote:
            "Metropolis alltmer gått över till att bli en organisation för regioner istället för städer.",
        },
        {
          value:
            "Conclusion: the work needed for continued membership and board seats does not give the desired operational benefit, positioning or influence.",
          quote:
            "inte ger varken önskad verksamhetsnytta, positionering eller påverkansmöjligheter i den utsträckning som man kan önska",
        },
        {
          value:
            "Resources and travel: departments offered places in working groups and committees declined, citing too great resources and too long journeys.",
          quote:
            "har man avböjt med hänvisning till att det kräver för stora resurser och att det innebär för långa resor",
        },
        {
          value:
            "Leaving would give the city's work in international organisations an almost exclusively European focus, which can be compensated for by other forms of cooperation.",
          quote:
            "får arbetet i de internationella organisationerna ett tämligen uteslutande europeiskt fokus",
        },
      ],
      recommendations: [
        {
          verdict: "leave",
          by: "review",
          text: "Not to stand again for the Metropolis board at the world congress in Porto Alegre, Brazil, 23–26 November 2011.",
          quote:
            "föreslås staden inte återkandidera till styrelsen för Metropolis vid världskongressen i Porto Alegre i Brasilien den 23-26 november 2011",
        },
        {
          verdict: "leave",
          by: "review",
          text: "To give up the memberships of Metropolis and UCLG entirely at the turn of 2011/2012 (proposal of the office, not a council decision).",
          quote:
            "Staden föreslås vidare att vid årsskiftet 2011/2012 helt avsäga sig medlemskapen i organisationerna.",
        },
      ],
    },
    {
      place: "stockholm",
      org: "metropolis-women",
      events: [
        {
          type: "member",
          detail: "Has taken part in the women's network",
          quote:
            "finns ett kvinnonätverk för ökat kvinnligt deltagande i lokalpolitiken där Stockholm deltagit",
          note: "The report says Stockholm 'has taken part' (deltagit), without a date.",
        },
      ],
    },
    {
      place: "ile-de-france",
      org: "metropolis",
      events: [
        {
          type: "member",
          quote: "Ordförande är Jean Paul Huchon från Ile-de-France-regionen (Parisregionen).",
          note: "Membership is implied by the office: the Metropolis president comes from the Île-de-France region.",
        },
        {
          type: "role",
          detail: "President of Metropolis (Jean Paul Huchon)",
          quote: "Ordförande är Jean Paul Huchon från Ile-de-France-regionen (Parisregionen).",
          note: "Membership is implied by the office.",
        },
      ],
    },
    // ---- UCLG ----
    {
      place: "stockholm",
      org: "uclg",
      via: {
        value: "Through the Metropolis section",
        quote: "Stockholm är medlem i UCLG via Metropolissektionen",
        note: "Stockholm is also represented in UCLG through its membership of Sveriges Kommuner och Landsting (SKL).",
      },
      responsible: {
        value: "Kommunstyrelsen (City Executive Board)",
        quote: "vars medlemskap innehas av kommunstyrelsen",
      },
      events: [
        {
          type: "member",
          detail: "Member through the Metropolis section",
          quote: "Stockholm är medlem i UCLG via Metropolissektionen",
        },
        {
          type: "role",
          year: 2007,
          detail: "Seat on the council (fullmäktige) and the board (styrelsen)",
          quote: "sitter sedan 2007 med både i fullmäktige och i styrelsen",
          note: "The report says the board mandates for Metropolis and UCLG expire at the Metropolis world congress in 2011.",
        },
      ],
      assessment: [
        {
          value:
            "Also represented in UCLG through the membership of SKL (Swedish Association of Local Authorities and Regions).",
          quote:
            "Stockholms stad finns dessutom redan representerade i UCLG via sitt medlemskap i Sveriges kommuner och landsting",
        },
        {
          value:
            "Direction: the work of Metropolis and UCLG has turned largely to development cooperation and the UN Millennium Goals, which is not in line with the city's goals, Vision 2030 or its international strategy.",
          quote:
            "det ligger inte i linje med stadens inriktningsmål, Vision 2030 eller den internationella strategin",
        },
        {
          value: "Still useful for the city's overall international contacts.",
          quote:
            "Organisationerna kan fortfarande ses som användbara för stadens övergripande internationella kontakter",
        },
        {
          value:
            "Travel: politicians find it hard to prioritise the often long journeys to annual meetings and conferences; the contact network can be replaced by other channels.",
          quote:
            "det är svårt att prioritera de ofta långa resorna som UCLG:s och Metropolis årsmöten och konferenser innebär",
        },
        {
          value:
            "Democratic deficit: the new president was decided before the World Council vote at the Mexico City congress (November 2010), so no vote took place.",
          quote:
            "beslutet redan var fattat innan den allmänna röstningen skulle ske vid World Council",
          year: 2010,
        },
        {
          value:
            "Conclusion: the work needed for continued membership and board seats does not give the desired operational benefit, positioning or influence.",
          quote:
            "inte ger varken önskad verksamhetsnytta, positionering eller påverkansmöjligheter i den utsträckning som man kan önska",
        },
        {
          value:
            "Resources and travel: departments offered places in working groups and committees declined, citing too great resources and too long journeys.",
          quote:
            "har man avböjt med hänvisning till att det kräver för stora resurser och att det innebär för långa resor",
        },
      ],
      recommendations: [
        {
          verdict: "leave",
          by: "review",
          text: "By not standing again for the Metropolis board in Porto Alegre (23–26 November 2011), the city would also end its board work in UCLG.",
          quote: "på så sätt inte heller fortsätta sitt styrelsearbete i UCLG",
        },
        {
          verdict: "leave",
          by: "review",
          text: "To give up the memberships of Metropolis and UCLG entirely at the turn of 2011/2012 (proposal of the office, not a council decision).",
          quote:
            "Staden föreslås vidare att vid årsskiftet 2011/2012 helt avsäga sig medlemskapen i organisationerna.",
        },
      ],
    },
    {
      place: "stockholm",
      org: "uclg-culture",
      events: [
        {
          type: "role",
          year: 2007,
          detail: "Vice-chair of the UCLG Committee on Culture",
          quote: "Stockholm är även sedan dess vice ordförande i UCLG:s kulturkommitté",
          note: "'Sedan dess' (since then) refers to 2007, the year Stockholm joined the UCLG council and board.",
        },
      ],
    },
    {
      place: "barcelona",
      org: "uclg-culture",
      events: [
        {
          type: "role",
          detail: "Chair of the UCLG Committee on Culture",
          quote: "vice ordförande i UCLG:s kulturkommitté där Barcelona är ordförande",
          note: "Membership is implied by the office.",
        },
      ],
    },
    {
      place: "istanbul",
      org: "uclg",
      events: [
        {
          type: "member",
          quote: "Ordförande för UCLG är Istanbuls borgmästare Kadir Topbas",
          note: "Membership is implied by the office: the UCLG president is the mayor of Istanbul.",
        },
        {
          type: "role",
          year: 2010,
          detail:
            "President of UCLG (Mayor Kadir Topbaş), succeeding Paris at the Mexico City world congress, November 2010",
          quote: "Istanbul presenterades som Paris efterföljare till ordförandeposten.",
          note: "Membership is implied by the office.",
        },
      ],
    },
    {
      place: "paris",
      org: "uclg",
      events: [
        {
          type: "member",
          year: 2010,
          quote: "Istanbul presenterades som Paris efterföljare till ordförandeposten.",
          note: "Membership is implied by the office: Paris held the UCLG presidency until the November 2010 congress.",
        },
        {
          type: "role",
          year: 2010,
          until: 2010,
          detail:
            "President of UCLG until the Mexico City world congress, November 2010, succeeded by Istanbul",
          quote: "Istanbul presenterades som Paris efterföljare till ordförandeposten.",
          note: "Membership is implied by the office. The report does not say when Paris took the presidency.",
        },
      ],
    },
    // ---- C40 ----
    {
      place: "stockholm",
      org: "c40",
      responsible: {
        value: "Kommunstyrelsen (City Executive Board)",
        quote: "vars medlemskap innehas av kommunstyrelsen",
        note: "The report says its review covers C40 only 'to some extent' (till viss del).",
      },
      events: [
        {
          type: "associate",
          detail: "Affiliated member",
          quote: "Stockholms stad har välkomnats till organisationen som affilierad medlem",
          note: "C40 calls it an affiliated member (affilierad medlem). Stockholm was welcomed for its environmental work and climate reputation although it is below the size of C40's target group.",
        },
        {
          type: "active",
          detail: "Takes part regularly in the seminars and conferences C40 organises",
          quote:
            "I dagsläget deltar staden med jämna mellanrum vid de seminarier och konferenser som C40 anordnar.",
        },
      ],
      assessment: [
        {
          value:
            "Knowledge and positioning: a successful, internationally recognised network the city can use to gain knowledge and position itself in the environmental field.",
          quote:
            "C40 är ett framgångsrikt internationellt erkänt nätverk som staden kan använda för kunskapsinhämtning och för positionering inom miljöområdet.",
        },
        {
          value:
            "Offers a good worldwide contact network for the city's politicians and for the departments working on sustainability.",
          quote: "C40 erbjuder även ett bra världsomspännande kontaktnätverk för stadens politiker",
        },
        {
          value:
            "Judged to be of high quality because it brings together the world's largest cities and because of its link to the Clinton foundation.",
          quote:
            "C40 bedöms hålla hög kvalitet både genom att det sammanför de största städerna i världen",
        },
        {
          value:
            "Natural link to C40 through the Clinton Climate Initiative, where Norra Djurgårdsstaden is a flagship project; other cities want to learn from Stockholm's eco-districts.",
          quote:
            "Det finns dessutom en naturlig koppling mellan staden och C40 via Clinton Climate Initiative",
        },
        {
          value: "The city could engage even more in the network.",
          quote: "Staden skulle kunna engagera sig än mer i detta nätverk.",
        },
        {
          value:
            "Fits the city's chosen direction of keeping its profile as an environmental capital.",
          quote: "nämligen att fortsätta vårda vår profil som miljöhuvudstad",
        },
      ],
      recommendations: [
        {
          verdict: "strengthen",
          by: "review",
          text: "Make more use of the broad range of conferences, seminars and contacts that C40 offers.",
          quote:
            "Staden föreslås utnyttja det breda och värdefulla spektrum av konferenser/seminarier och kontakter som nätverket C40 erbjuder.",
        },
      ],
    },
    {
      place: "new-york",
      org: "c40",
      events: [
        {
          type: "member",
          quote:
            "Borgmästaren i New York, Michael Bloomberg är nuvarande ordförande för organisationen",
          note: "Membership is implied by the office: the C40 chair is the mayor of New York.",
        },
        {
          type: "role",
          detail: "Chair of C40 (Mayor Michael Bloomberg)",
          quote:
            "Borgmästaren i New York, Michael Bloomberg är nuvarande ordförande för organisationen",
          note: "Membership is implied by the office.",
        },
      ],
    },
    // ---- Clinton Climate Initiative ----
    {
      place: "stockholm",
      org: "clinton-climate-initiative",
      via: {
        value: "Through the Norra Djurgårdsstaden urban development project",
        quote: "där staden deltar genom Norra Djurgådsstaden",
        note: "The report spells it 'Norra Djurgådsstaden' here and 'Norra Djurgårdsstaden' elsewhere.",
      },
      events: [
        {
          type: "member",
          detail:
            "Takes part through Norra Djurgårdsstaden, one of the initiative's flagship projects",
          quote:
            "Clinton Climate Initiative, där Norra Djurgårdsstaden ingår som ett profilprojekt",
        },
      ],
    },
  ],
  relations: [],
};
