import type { Lang } from "../model";

// The dataset's own English words, in Norwegian bokmål and Swedish: the details and notes of
// membership events, the notes on facts and names, who takes part and how, presidents and
// secretariats, and the short renderings of recommendations. The quotes stay in the documents' own
// language; these are what the curators wrote about them. A unit test fails when the dataset has an
// English annotation this table lacks (tests/core/pane-words.test.ts).

/** [English, bokmål, Swedish]. Names of bodies in Norwegian stay as they are. */
const ANNOTATIONS: readonly (readonly [string, string, string])[] = [
  // Event details: what a membership event was.
  ["Associate member", "Assosiert medlem", "Associerad medlem"],
  [
    "Takes part in the Environment Forum, the Mobility Forum and working groups on air quality and climate, noise, waste, clean cities, water management and green cities",
    "Deltar i miljøforumet, mobilitetsforumet og arbeidsgrupper om luftkvalitet og klima, støy, avfall, rene byer, vannforvaltning og grønne byer",
    "Deltar i miljöforumet, mobilitetsforumet och arbetsgrupper om luftkvalitet och klimat, buller, avfall, rena städer, vattenförvaltning och gröna städer",
  ],
  [
    "Takes part in all seven thematic forums",
    "Deltar i alle de sju tematiske foraene",
    "Deltar i alla sju tematiska forum",
  ],
  [
    "Takes part in the annual conference, coordinator meetings and expert meetings",
    "Deltar på årskonferansen, koordinatormøter og ekspertmøter",
    "Deltar i årskonferensen, samordnarmöten och expertmöten",
  ],
  ["Associated partner", "Assosiert partner", "Associerad partner"],
  [
    "President of EUROCITIES (Johanna Rolland)",
    "President i EUROCITIES (Johanna Rolland)",
    "Ordförande i EUROCITIES (Johanna Rolland)",
  ],
  [
    "Chair of the EUROCITIES Social Affairs Forum",
    "Leder av EUROCITIES’ forum for sosiale saker",
    "Ordförande i EUROCITIES forum för sociala frågor",
  ],
  [
    "Active in all seven forums and in about half of the 40 working groups",
    "Aktiv i alle de sju foraene og i omtrent halvparten av de 40 arbeidsgruppene",
    "Aktiv i alla sju forum och i ungefär hälften av de 40 arbetsgrupperna",
  ],
  ["Full member", "Fullt medlem", "Fullvärdig medlem"],
  [
    "Board seat, held by the finance commissioner (finansborgarrådet)",
    "Styreplass, holdt av finansbyråden (finansborgarrådet)",
    "Styrelseplats, innehavd av finansborgarrådet",
  ],
  [
    "Board member, first elected at the 2005 congress",
    "Styremedlem, først valgt på kongressen i 2005",
    "Styrelseledamot, först vald vid kongressen 2005",
  ],
  [
    "Board member, re-elected at the Sydney congress in October 2008; seat held by the finance commissioner (finansborgarrådet)",
    "Styremedlem, gjenvalgt på kongressen i Sydney i oktober 2008; plassen holdes av finansbyråden (finansborgarrådet)",
    "Styrelseledamot, omvald vid kongressen i Sydney i oktober 2008; platsen innehas av finansborgarrådet",
  ],
  [
    "Has not worked actively in any of the five committees in the last two years",
    "Har ikke arbeidet aktivt i noen av de fem komiteene de siste to årene",
    "Har inte arbetat aktivt i någon av de fem kommittéerna de senaste två åren",
  ],
  [
    "Has taken part in the women's network",
    "Har deltatt i kvinnenettverket",
    "Har deltagit i kvinnonätverket",
  ],
  [
    "President of Metropolis (Jean Paul Huchon)",
    "President i Metropolis (Jean Paul Huchon)",
    "Ordförande i Metropolis (Jean Paul Huchon)",
  ],
  [
    "Seat on the council (fullmäktige) and the board (styrelsen)",
    "Plass i rådet (fullmäktige) og styret (styrelsen)",
    "Plats i fullmäktige och styrelsen",
  ],
  [
    "Member through the Metropolis section",
    "Medlem gjennom Metropolis-seksjonen",
    "Medlem genom Metropolis-sektionen",
  ],
  [
    "Vice-chair of the UCLG Committee on Culture",
    "Nestleder i UCLGs kulturkomité",
    "Vice ordförande i UCLG:s kulturkommitté",
  ],
  [
    "Chair of the UCLG Committee on Culture",
    "Leder av UCLGs kulturkomité",
    "Ordförande i UCLG:s kulturkommitté",
  ],
  [
    "President of UCLG (Mayor Kadir Topbaş), succeeding Paris at the Mexico City world congress, November 2010",
    "President i UCLG (ordfører Kadir Topbaş), etter Paris fra verdenskongressen i Mexico by i november 2010",
    "Ordförande i UCLG (borgmästare Kadir Topbaş), efter Paris från världskongressen i Mexico City i november 2010",
  ],
  [
    "President of UCLG until the Mexico City world congress, November 2010, succeeded by Istanbul",
    "President i UCLG fram til verdenskongressen i Mexico by i november 2010, etterfulgt av Istanbul",
    "Ordförande i UCLG fram till världskongressen i Mexico City i november 2010, efterträdd av Istanbul",
  ],
  ["Affiliated member", "Tilknyttet medlem", "Affilierad medlem"],
  [
    "Takes part regularly in the seminars and conferences C40 organises",
    "Deltar jevnlig på seminarene og konferansene C40 arrangerer",
    "Deltar regelbundet i de seminarier och konferenser som C40 anordnar",
  ],
  [
    "Chair of C40 (Mayor Michael Bloomberg)",
    "Leder av C40 (ordfører Michael Bloomberg)",
    "Ordförande i C40 (borgmästare Michael Bloomberg)",
  ],
  [
    "Takes part through Norra Djurgårdsstaden, one of the initiative's flagship projects",
    "Deltar gjennom Norra Djurgårdsstaden, et av initiativets flaggskipsprosjekter",
    "Deltar genom Norra Djurgårdsstaden, ett av initiativets flaggskeppsprojekt",
  ],
  ["Innovator city status", "Status som innovatørby", "Status som innovatörsstad"],
  ["Signatory", "Har undertegnet", "Har undertecknat"],
  [
    "Committed by the city council (bystyret)",
    "Forpliktet ved vedtak i bystyret",
    "Åtagandet beslutat av stadsfullmäktige (bystyret)",
  ],
  [
    "Partner (as the Oslo/Akershus area)",
    "Partner (som Oslo/Akershus-området)",
    "Partner (som Oslo/Akershus-området)",
  ],
  ["Partner area", "Partnerområde", "Partnerområde"],
  [
    "Has taken part actively in the long-standing Barents cooperation the network grew out of; politicians, managers and specialists have joined projects and meetings",
    "Har deltatt aktivt i det langvarige Barentssamarbeidet som nettverket vokste ut av; politikere, ledere og fagfolk har deltatt i prosjekter og møter",
    "Har deltagit aktivt i det långvariga Barentssamarbete som nätverket växte fram ur; politiker, chefer och specialister har deltagit i projekt och möten",
  ],
  [
    "Represented on EurEau's wastewater committee, together with a representative of Norsk Vann",
    "Representert i EurEaus avløpskomité, sammen med en representant for Norsk Vann",
    "Representerad i EurEaus avloppskommitté, tillsammans med en representant för Norsk Vann",
  ],
  [
    "The Department for Art and Culture Development is the network's contact point and takes part actively in its regular network meetings",
    "Fagavdeling for kunst- og kulturutvikling er nettverkets kontaktpunkt og deltar aktivt i de faste nettverksmøtene",
    "Avdelningen för konst- och kulturutveckling är nätverkets kontaktpunkt och deltar aktivt i de regelbundna nätverksmötena",
  ],
  [
    "Partner in the project «Festival Finder (a)live», 2020–2022, which grew out of the network",
    "Partner i prosjektet «Festival Finder (a)live», 2020–2022, som vokste ut av nettverket",
    "Partner i projektet ”Festival Finder (a)live”, 2020–2022, som växte fram ur nätverket",
  ],
  [
    "Political participation, arranging art exchange and youth cooperation, and activity by Museum Vest on the city's behalf",
    "Politisk deltakelse, kunstutveksling og ungdomssamarbeid, og aktivitet ved Museum Vest på byens vegne",
    "Politiskt deltagande, konstutbyte och ungdomssamarbete, och verksamhet genom Museum Vest å stadens vägnar",
  ],
  [
    "The mayor or deputy mayor has attended Hanseatic meetings as the city's ambassador",
    "Ordføreren eller varaordføreren har deltatt på hansamøter som byens ambassadør",
    "Borgmästaren eller vice borgmästaren har deltagit i Hansamöten som stadens ambassadör",
  ],
  [
    "Category C membership, as an archival institution",
    "Medlemskap i kategori C, som arkivinstitusjon",
    "Medlemskap i kategori C, som arkivinstitution",
  ],
  [
    "Has earlier held office in the organisation",
    "Har tidligere hatt verv i organisasjonen",
    "Har tidigare haft uppdrag i organisationen",
  ],
  [
    "Mainly in the section for Local, Municipal and Territorial Archives",
    "Hovedsakelig i seksjonen for lokale, kommunale og regionale arkiver",
    "Främst i sektionen för lokala, kommunala och regionala arkiv",
  ],
  [
    "The head of the library has earlier sat on the international board",
    "Biblioteksjefen har tidligere sittet i det internasjonale styret",
    "Bibliotekschefen har tidigare suttit i den internationella styrelsen",
  ],
  [
    "The head of the library sits on the nominating committee for the international board",
    "Biblioteksjefen sitter i valgkomiteen for det internasjonale styret",
    "Bibliotekschefen sitter i valberedningen för den internationella styrelsen",
  ],
  [
    "Has contributed professional presentations and input to policy development",
    "Har bidratt med faglige innlegg og innspill til politikkutvikling",
    "Har bidragit med fackliga föredrag och inspel till policyutveckling",
  ],
  [
    "Contributes to developing the organisation in its committees",
    "Bidrar til å utvikle organisasjonen i komiteene",
    "Bidrar till att utveckla organisationen i dess kommittéer",
  ],
  [
    "Takes part in the annual gatherings",
    "Deltar på de årlige samlingene",
    "Deltar i de årliga sammankomsterna",
  ],
  [
    "Leads IWA's national committee in Norway",
    "Leder IWAs nasjonale komité i Norge",
    "Leder IWA:s nationella kommitté i Norge",
  ],
  [
    "Hosts meetings in a fixed rotation",
    "Er vertskap for møter etter fast rotasjon",
    "Står värd för möten enligt ett fast rullande schema",
  ],
  [
    "The city's climate, environment and urban development department will be broadly represented at the IWA World Congress in Copenhagen in 2022",
    "Byrådsavdelingen for klima, miljø og byutvikling blir bredt representert på IWAs verdenskongress i København i 2022",
    "Stadens förvaltning för klimat, miljö och stadsutveckling blir brett representerad vid IWA:s världskongress i Köpenhamn 2022",
  ],
  [
    "Represented in the school leaders' forum by its agency directors (etatsdirektørene)",
    "Representert i skolelederforumet ved etatsdirektørene",
    "Representerad i skolledarforumet genom sina förvaltningschefer (etatsdirektørene)",
  ],
  [
    "Teachers from Bergen's schools and municipal kindergartens take part in the teacher exchange",
    "Lærere fra Bergens skoler og kommunale barnehager deltar i lærerutvekslingen",
    "Lärare från Bergens skolor och kommunala förskolor deltar i lärarutbytet",
  ],
  [
    "Through Brak: close cooperation with the other music cities at industry festivals and network gatherings",
    "Gjennom Brak: tett samarbeid med de andre musikkbyene på bransjefestivaler og nettverkssamlinger",
    "Genom Brak: nära samarbete med de andra musikstäderna vid branschfestivaler och nätverksträffar",
  ],
  [
    "Hosts the Nordic leisure conference on a fixed rotation",
    "Er vertskap for den nordiske fritidskonferansen etter fast rotasjon",
    "Står värd för den nordiska fritidskonferensen enligt ett fast rullande schema",
  ],
  [
    "Seats on committees and programme committees",
    "Plasser i komiteer og programkomiteer",
    "Platser i kommittéer och programkommittéer",
  ],
  [
    "Both administratively and politically",
    "Både administrativt og politisk",
    "Både på tjänstemanna- och politisk nivå",
  ],
  [
    "Earlier involved in the board",
    "Tidligere engasjert i styret",
    "Tidigare engagerad i styrelsen",
  ],
  [
    "City council 11 March 2020, case 11/20 (interpellation on evacuating the children from Moria): the council asked the city government for a case on joining",
    "Bystyret 11. mars 2020, sak 11/20 (interpellasjon om evakuering av barna fra Moria): bystyret ba byrådet om en sak om innmelding",
    "Stadsfullmäktige (bystyret) 11 mars 2020, ärende 11/20 (interpellation om att evakuera barnen från Moria): fullmäktige bad stadsregeringen om ett ärende om medlemskap",
  ],
  ["Initiator", "Initiativtaker", "Initiativtagare"],
  [
    "Attends the annual gatherings with a large cross-disciplinary delegation",
    "Deltar på de årlige samlingene med en stor tverrfaglig delegasjon",
    "Deltar i de årliga sammankomsterna med en stor tvärfacklig delegation",
  ],
  ["Member since the founding", "Medlem siden stiftelsen", "Medlem sedan grundandet"],
  [
    "Section heads of the municipality are contact persons in each of the seven commissions",
    "Seksjonsledere i kommunen er kontaktpersoner i hver av de sju kommisjonene",
    "Sektionschefer i kommunen är kontaktpersoner i var och en av de sju kommissionerna",
  ],
  [
    "With professionals from sport and leisure",
    "Med fagfolk fra idrett og fritid",
    "Med yrkesfolk från idrott och fritid",
  ],
  [
    "Chair of the board (styreleder): Roger Valhammer (Ap), head of Bergen's city government (byrådsleder)",
    "Styreleder: Roger Valhammer (Ap), byrådsleder i Bergen",
    "Styrelseordförande (styreleder): Roger Valhammer (Ap), ordförande för Bergens stadsregering (byrådsleder)",
  ],
  [
    "Professionally, and through the head of the city government chairing the board",
    "Faglig, og ved at byrådslederen leder styret",
    "Fackligt, och genom att stadsregeringens ordförande leder styrelsen",
  ],
  [
    "As a Creative City of Gastronomy",
    "Som kreativ by innen gastronomi",
    "Som kreativ stad inom gastronomi",
  ],
  [
    "Evaluated by UNESCO in 2020 and approved for four more years in the network",
    "Evaluert av UNESCO i 2020 og godkjent for fire nye år i nettverket",
    "Utvärderad av UNESCO 2020 och godkänd för ytterligare fyra år i nätverket",
  ],
  [
    "Regular meetings during the year; political and administrative participants have given talks",
    "Faste møter gjennom året; politiske og administrative deltakere har holdt innlegg",
    "Regelbundna möten under året; politiska deltagare och tjänstemän har hållit föredrag",
  ],
  ["One of the founding cities", "En av stifterbyene", "En av grundarstäderna"],
  ["President (held earlier)", "President (tidligere)", "Ordförande (tidigare)"],
  [
    "Secretary general (held earlier)",
    "Generalsekretær (tidligere)",
    "Generalsekreterare (tidigare)",
  ],
  [
    "Bymiljøetaten, also in the European branch",
    "Bymiljøetaten, også i den europeiske grenen",
    "Bymiljøetaten, även i den europeiska grenen",
  ],
  [
    "Seat on the board (the Oslo city government commissioner, byråden i Oslo)",
    "Plass i styret (byråden i Oslo)",
    "Plats i styrelsen (Oslos stadsråd, byråden i Oslo)",
  ],

  // Event notes: what the curators found about an event.
  [
    "The metro-notes document (c. 2015–2017) lists Oslo as a (full) Norwegian member of EUROCITIES; the two sources disagree, or Oslo's status changed between them.",
    "Notatet om EUROCITIES og METREX (ca. 2015–2017) oppgir Oslo som (fullt) norsk medlem av EUROCITIES; de to kildene er uenige, eller Oslos status endret seg mellom dem.",
    "Anteckningarna om EUROCITIES och METREX (ca 2015–2017) anger Oslo som (fullvärdig) norsk medlem i EUROCITIES; de två källorna går isär, eller så ändrades Oslos status mellan dem.",
  ],
  [
    "The oslo-environment page (c. 2011–2014) says Oslo is an associate member of Eurocities; the two sources disagree, or Oslo's status changed between them.",
    "Oslos side om internasjonalt miljøsamarbeid (ca. 2011–2014) sier at Oslo er assosiert medlem av Eurocities; de to kildene er uenige, eller Oslos status endret seg mellom dem.",
    "Oslos sida om internationellt miljösamarbete (ca 2011–2014) säger att Oslo är associerad medlem i Eurocities; de två källorna går isär, eller så ändrades Oslos status mellan dem.",
  ],
  [
    "'Partnerskapet' most likely means the network as a whole; the text does not say whether Bergen is a member or one of the 45 partner cities.",
    "«Partnerskapet» betyr trolig nettverket som helhet; teksten sier ikke om Bergen er medlem eller en av de 45 partnerbyene.",
    "”Partnerskapet” avser troligen nätverket som helhet; texten säger inte om Bergen är medlem eller en av de 45 partnerstäderna.",
  ],
  [
    "Membership is implied by the office: the EUROCITIES president, Johanna Rolland, is from Nantes.",
    "Medlemskapet følger av vervet: EUROCITIES’ president, Johanna Rolland, er fra Nantes.",
    "Medlemskapet framgår av uppdraget: EUROCITIES ordförande, Johanna Rolland, kommer från Nantes.",
  ],
  [
    "Membership is implied by the office.",
    "Medlemskapet følger av vervet.",
    "Medlemskapet framgår av uppdraget.",
  ],
  [
    "The report says the board mandates end at the Metropolis world congress 'i Kairo 2011', but later places the 2011 world congress in Porto Alegre, Brazil, 23–26 November 2011.",
    "Rapporten sier at styremandatene går ut ved Metropolis’ verdenskongress «i Kairo 2011», men legger senere verdenskongressen i 2011 til Porto Alegre i Brasil, 23.–26. november 2011.",
    "Rapporten säger att styrelsemandaten löper ut vid Metropolis världskongress ”i Kairo 2011”, men förlägger senare världskongressen 2011 till Porto Alegre i Brasilien, 23–26 november 2011.",
  ],
  [
    "The report says Stockholm 'has taken part' (deltagit), without a date.",
    "Rapporten sier at Stockholm «har deltatt» (deltagit), uten dato.",
    "Rapporten säger att Stockholm ”har deltagit”, utan datum.",
  ],
  [
    "Membership is implied by the office: the Metropolis president comes from the Île-de-France region.",
    "Medlemskapet følger av vervet: Metropolis’ president kommer fra regionen Île-de-France.",
    "Medlemskapet framgår av uppdraget: Metropolis ordförande kommer från regionen Île-de-France.",
  ],
  [
    "The report says the board mandates for Metropolis and UCLG expire at the Metropolis world congress in 2011.",
    "Rapporten sier at styremandatene i Metropolis og UCLG går ut ved Metropolis’ verdenskongress i 2011.",
    "Rapporten säger att styrelsemandaten i Metropolis och UCLG löper ut vid Metropolis världskongress 2011.",
  ],
  [
    "'Sedan dess' (since then) refers to 2007, the year Stockholm joined the UCLG council and board.",
    "«Sedan dess» (siden da) viser til 2007, året Stockholm kom inn i UCLGs råd og styre.",
    "”Sedan dess” syftar på 2007, året då Stockholm kom in i UCLG:s fullmäktige och styrelse.",
  ],
  [
    "Membership is implied by the office: the UCLG president is the mayor of Istanbul.",
    "Medlemskapet følger av vervet: UCLGs president er ordfører i Istanbul.",
    "Medlemskapet framgår av uppdraget: UCLG:s ordförande är borgmästare i Istanbul.",
  ],
  [
    "Membership is implied by the office: Paris held the UCLG presidency until the November 2010 congress.",
    "Medlemskapet følger av vervet: Paris hadde presidentvervet i UCLG fram til kongressen i november 2010.",
    "Medlemskapet framgår av uppdraget: Paris innehade ordförandeskapet i UCLG fram till kongressen i november 2010.",
  ],
  [
    "Membership is implied by the office. The report does not say when Paris took the presidency.",
    "Medlemskapet følger av vervet. Rapporten sier ikke når Paris overtok presidentvervet.",
    "Medlemskapet framgår av uppdraget. Rapporten säger inte när Paris tog över ordförandeskapet.",
  ],
  [
    "C40 calls it an affiliated member (affilierad medlem). Stockholm was welcomed for its environmental work and climate reputation although it is below the size of C40's target group.",
    "C40 kaller det et tilknyttet medlem (affilierad medlem). Stockholm ble ønsket velkommen for sitt miljøarbeid og klimaomdømme, selv om byen er mindre enn C40s målgruppe.",
    "C40 kallar det en affilierad medlem. Stockholm välkomnades för sitt miljöarbete och klimatrykte, trots att staden är mindre än C40:s målgrupp.",
  ],
  [
    "Membership is implied by the office: the C40 chair is the mayor of New York.",
    "Medlemskapet følger av vervet: C40s leder er ordfører i New York.",
    "Medlemskapet framgår av uppdraget: C40:s ordförande är borgmästare i New York.",
  ],
  [
    "Given for clear leadership on environment and climate. The page gives the status only; it does not call Oslo a C40 member.",
    "Gitt for tydelig lederskap innen miljø og klima. Siden oppgir bare statusen; den kaller ikke Oslo et C40-medlem.",
    "Ges för tydligt ledarskap inom miljö och klimat. Sidan anger bara statusen; den kallar inte Oslo en C40-medlem.",
  ],
  [
    "The page does not give the year of signing.",
    "Siden oppgir ikke året for undertegningen.",
    "Sidan anger inte året för undertecknandet.",
  ],
  [
    "The page lists 'Oslo/Akershus' as one of the seven partner areas; it is entered for both Oslo and Akershus.",
    "Siden oppgir «Oslo/Akershus» som ett av de sju partnerområdene; det er ført inn for både Oslo og Akershus.",
    "Sidan anger ”Oslo/Akershus” som ett av de sju partnerområdena; det är infört för både Oslo och Akershus.",
  ],
  [
    "The text describes participation in a programme-funded bilateral cooperation rather than a formal membership.",
    "Teksten beskriver deltakelse i et programfinansiert bilateralt samarbeid snarere enn et formelt medlemskap.",
    "Texten beskriver deltagande i ett programfinansierat bilateralt samarbete snarare än ett formellt medlemskap.",
  ],
  [
    "Re-joined in 2018 as part of the city's work against plastic and marine litter. The text adds that the city is said to have been a member in an earlier phase ('Kommunen skal ha vært medlem i en tidligere fase'), with no dates and without confirming it.",
    "Meldt inn på nytt i 2018 som del av byens arbeid mot plast og marin forsøpling. Teksten legger til at kommunen «skal ha vært medlem i en tidligere fase», uten datoer og uten å bekrefte det.",
    "Gick med på nytt 2018 som en del av stadens arbete mot plast och marint skräp. Texten tillägger att kommunen ska ha varit medlem i en tidigare fas (”Kommunen skal ha vært medlem i en tidligere fase”), utan datum och utan att bekräfta det.",
  ],
  [
    "A past office; the text names neither the office nor the years, so the event's default year is not when it was held.",
    "Et tidligere verv; teksten nevner verken vervet eller årene, så hendelsens standardår er ikke når det ble innehatt.",
    "Ett tidigare uppdrag; texten nämner varken uppdraget eller åren, så händelsens standardår är inte när det innehades.",
  ],
  [
    "A past board seat; the years are not given, so the event's default year is not when it was held.",
    "En tidligere styreplass; årene er ikke oppgitt, så hendelsens standardår er ikke når den ble innehatt.",
    "En tidigare styrelseplats; åren anges inte, så händelsens standardår är inte när den innehades.",
  ],
  [
    "The text does not say which committees or whether these are formal seats.",
    "Teksten sier ikke hvilke komiteer det gjelder, eller om dette er formelle plasser.",
    "Texten säger inte vilka kommittéer det gäller, eller om det är formella platser.",
  ],
  [
    "The text also says a Nordic programme for the 2022 congress is being prepared ('Det arbeides nå med å lage et nordisk program'), without saying by whom.",
    "Teksten sier også at det arbeides med et nordisk program for kongressen i 2022 («Det arbeides nå med å lage et nordisk program»), uten å si av hvem.",
    "Texten säger också att ett nordiskt program för kongressen 2022 förbereds (”Det arbeides nå med å lage et nordisk program”), utan att säga av vem.",
  ],
  [
    "The sentence may describe how every school owner is represented, not only Bergen.",
    "Setningen kan beskrive hvordan alle skoleeierne er representert, ikke bare Bergen.",
    "Meningen kan beskriva hur alla skolhuvudmän är representerade, inte bara Bergen.",
  ],
  [
    "Sydslesvig takes part in the teacher exchange and school leaders' forum; the camp school is named only for Göteborg, Århus, Åbo and Bergen. The school owner there is not named.",
    "Sydslesvig deltar i lærerutvekslingen og skolelederforumet; leirskolen nevnes bare for Göteborg, Århus, Åbo og Bergen. Skoleeieren der er ikke navngitt.",
    "Sydslesvig deltar i lärarutbytet och skolledarforumet; lägerskolan nämns bara för Göteborg, Århus, Åbo och Bergen. Skolhuvudmannen där nämns inte.",
  ],
  [
    "The text says the county council 'also takes part'; it is not counted among the five school owners.",
    "Teksten sier at fylkeskommunen «også deltar»; den regnes ikke blant de fem skoleeierne.",
    "Texten säger att fylkeskommunen (regionen) ”också deltar”; den räknas inte bland de fem skolhuvudmännen.",
  ],
  [
    "The review calls the inscription of the Leprosy Archives a membership, and adds that it is first and foremost a status given by UNESCO.",
    "Gjennomgangen kaller innskrivingen av lepraarkivene et medlemskap, og legger til at det først og fremst er en status gitt av UNESCO.",
    "Genomgången kallar upptagandet av lepraarkiven ett medlemskap och tillägger att det först och främst är en status som UNESCO ger.",
  ],
  [
    "Participation is attested by Bergen's representatives at the conference; the section does not use the word membership.",
    "Deltakelsen er belagt ved Bergens representanter på konferansen; avsnittet bruker ikke ordet medlemskap.",
    "Deltagandet styrks av Bergens representanter vid konferensen; avsnittet använder inte ordet medlemskap.",
  ],
  [
    "Stated in the section on the twin-city network in sport, which runs these conferences.",
    "Står i avsnittet om vennskapsbynettverket innen idrett, som arrangerer disse konferansene.",
    "Anges i avsnittet om vänortsnätverket inom idrott, som anordnar dessa konferenser.",
  ],
  [
    "The section itself does not state Bergen's membership; the introduction says Part 1 covers the organisations and networks the municipality is a member of.",
    "Avsnittet sier ikke selv at Bergen er medlem; innledningen sier at del 1 omfatter organisasjonene og nettverkene kommunen er medlem av.",
    "Avsnittet säger inte självt att Bergen är medlem; inledningen säger att del 1 omfattar de organisationer och nätverk som kommunen är medlem i.",
  ],
  ["No years are given.", "Ingen årstall er oppgitt.", "Inga årtal anges."],
  [
    "The date of the decision is not given; it followed the 11 March 2020 request.",
    "Datoen for vedtaket er ikke oppgitt; det fulgte etter anmodningen 11. mars 2020.",
    "Datum för beslutet anges inte; det följde på begäran den 11 mars 2020.",
  ],
  [
    "The text says Athens launched the initiative (by its deputy mayor in 2016; the council decision says its mayor); that Athens is a member is inferred from initiating it.",
    "Teksten sier at Athen tok initiativet (ved varaordføreren i 2016; bystyrevedtaket sier ordføreren); at Athen er medlem, er utledet av at byen tok initiativet.",
    "Texten säger att Aten tog initiativet (genom sin vice borgmästare 2016; fullmäktigebeslutet säger borgmästaren); att Aten är medlem är härlett ur att staden tog initiativet.",
  ],
  [
    "The council asked the city government to enrol the municipality; the document does not say whether enrolment had taken place, nor when the council decided.",
    "Bystyret ba byrådet melde kommunen inn; dokumentet sier ikke om innmeldingen hadde skjedd, eller når bystyret fattet vedtaket.",
    "Fullmäktige bad stadsregeringen att anmäla kommunen; dokumentet säger inte om anmälan hade skett, eller när fullmäktige fattade beslutet.",
  ],
  [
    "The date of the council's request is not given.",
    "Datoen for bystyrets anmodning er ikke oppgitt.",
    "Datum för fullmäktiges begäran anges inte.",
  ],
  [
    "The date of the decision is not given.",
    "Datoen for vedtaket er ikke oppgitt.",
    "Datum för beslutet anges inte.",
  ],
  [
    "The text says the department is 'engaged in' WAPR and staff are active in it; it does not say who holds the membership.",
    "Teksten sier at avdelingen er «engasjert i» WAPR og at ansatte er aktive der; den sier ikke hvem som har medlemskapet.",
    "Texten säger att avdelningen är ”engagerad i” WAPR och att personal är aktiv där; den säger inte vem som innehar medlemskapet.",
  ],
  [
    "Oslo is listed as a member; the alliance was founded 17 December 2004. That Oslo joined at the founding is inferred.",
    "Oslo er oppført som medlem; alliansen ble stiftet 17. desember 2004. At Oslo ble med ved stiftelsen, er utledet.",
    "Oslo anges som medlem; alliansen bildades den 17 december 2004. Att Oslo gick med vid bildandet är härlett.",
  ],
  ["Member from 1 January 2008.", "Medlem fra 1. januar 2008.", "Medlem från den 1 januari 2008."],
];

/** The same table continued: notes on facts and names, who takes part, recommendations. */
const MORE_ANNOTATIONS: readonly (readonly [string, string, string])[] = [
  // Notes on facts about organisations.
  [
    "Stockholm is also represented in UCLG through its membership of Sveriges Kommuner och Landsting (SKL).",
    "Stockholm er også representert i UCLG gjennom medlemskapet i Sveriges Kommuner och Landsting (SKL).",
    "Stockholm är också representerat i UCLG genom sitt medlemskap i Sveriges Kommuner och Landsting (SKL).",
  ],
  [
    "The report says its review covers C40 only 'to some extent' (till viss del).",
    "Rapporten sier at gjennomgangen bare omfatter C40 «till viss del» (til en viss grad).",
    "Rapporten säger att genomgången omfattar C40 bara ”till viss del”.",
  ],
  [
    "The report spells it 'Norra Djurgådsstaden' here and 'Norra Djurgårdsstaden' elsewhere.",
    "Rapporten staver det «Norra Djurgådsstaden» her og «Norra Djurgårdsstaden» ellers.",
    "Rapporten stavar det ”Norra Djurgådsstaden” här och ”Norra Djurgårdsstaden” på andra ställen.",
  ],
  [
    "The notes give 'rundt 40 arbeidsgrupper' (about 40 working groups).",
    "Notatet oppgir «rundt 40 arbeidsgrupper».",
    "Anteckningarna anger ”rundt 40 arbeidsgrupper” (omkring 40 arbetsgrupper).",
  ],
  ["One of four focus areas.", "Ett av fire satsingsområder.", "Ett av fyra fokusområden."],
  ["The seven thematic forums.", "De sju tematiske foraene.", "De sju tematiska forumen."],
  [
    "Stockholm, Göteborg and Malmö.",
    "Stockholm, Göteborg og Malmö.",
    "Stockholm, Göteborg och Malmö.",
  ],
  [
    "145 of Europe's largest cities plus 45 partner cities, representing 130 million inhabitants in 39 countries.",
    "145 av Europas største byer og 45 partnerbyer, med til sammen 130 millioner innbyggere i 39 land.",
    "145 av Europas största städer och 45 partnerstäder, med sammanlagt 130 miljoner invånare i 39 länder.",
  ],
  [
    "Said of both Metropolis and UCLG.",
    "Sagt om både Metropolis og UCLG.",
    "Sagt om både Metropolis och UCLG.",
  ],
  [
    "Describes Metropolis when Stockholm joined in 2003.",
    "Beskriver Metropolis da Stockholm ble med i 2003.",
    "Beskriver Metropolis när Stockholm gick med 2003.",
  ],
  [
    "Themes read from the names of the five committees.",
    "Temaene er lest ut av navnene på de fem komiteene.",
    "Temana är utlästa ur namnen på de fem kommittéerna.",
  ],
  [
    "The report spells the name 'Topbas'. Istanbul was presented as successor to Paris at the Mexico City world congress, November 2010.",
    "Rapporten staver navnet «Topbas». Istanbul ble presentert som Paris’ etterfølger på verdenskongressen i Mexico by i november 2010.",
    "Rapporten stavar namnet ”Topbas”. Istanbul presenterades som efterträdare till Paris vid världskongressen i Mexico City i november 2010.",
  ],
  [
    "The report names the chairing city, not a person; Stockholm is vice-chair.",
    "Rapporten nevner byen som leder, ikke en person; Stockholm er nestleder.",
    "Rapporten nämner den ordförande staden, inte en person; Stockholm är vice ordförande.",
  ],
  [
    "Climate: the organisation's aim is to counteract climate change; environment: exchange on environmental problems.",
    "Klima: organisasjonens mål er å motvirke klimaendringer; miljø: utveksling om miljøproblemer.",
    "Klimat: organisationens mål är att motverka klimatförändringar; miljö: utbyte om miljöproblem.",
  ],
  [
    "The section heading is 'Covenant of Mayors: Mayors adapt'.",
    "Overskriften på avsnittet er «Covenant of Mayors: Mayors adapt».",
    "Avsnittets rubrik är ”Covenant of Mayors: Mayors adapt”.",
  ],
  [
    "'Lokaldemokrati' (local democracies), read as local governments.",
    "«Lokaldemokrati», lest som lokale myndigheter.",
    "”Lokaldemokrati”, läst som lokala myndigheter.",
  ],
  [
    "Oslo/Akershus, Gøteborg, Wien, Ljubljana, Budapest, Roma and Berlin.",
    "Oslo/Akershus, Göteborg, Wien, Ljubljana, Budapest, Roma og Berlin.",
    "Oslo/Akershus, Göteborg, Wien, Ljubljana, Budapest, Rom och Berlin.",
  ],
  [
    "Seven commissions: culture, inclusive and healthy cities, planning, safety, smart cities, sustainability and youth. Safety has no theme in the dataset.",
    "Sju kommisjoner: kultur, inkluderende og sunne byer, planlegging, sikkerhet, smarte byer, bærekraft og ungdom. Sikkerhet har ikke noe tema i datasettet.",
    "Sju kommissioner: kultur, inkluderande och hälsosamma städer, planering, säkerhet, smarta städer, hållbarhet och unga. Säkerhet har inget tema i datamängden.",
  ],
  [
    "The year is given as the organisation's founding ('opprettelsen'), in the sentence on Bergen's membership.",
    "Året er oppgitt som organisasjonens «opprettelse», i setningen om Bergens medlemskap.",
    "Året anges som organisationens grundande (”opprettelsen”), i meningen om Bergens medlemskap.",
  ],
  [
    "The list of countries continues after a page break with Russland og Sverige: ten countries in all.",
    "Listen over land fortsetter etter et sideskift med «Russland og Sverige»: ti land i alt.",
    "Listan över länder fortsätter efter en sidbrytning med ”Russland og Sverige”: tio länder sammanlagt.",
  ],
  [
    "The seed hyphenates LHBT-politikk across a line break.",
    "Kildeteksten deler «LHBT-politikk» over et linjeskift.",
    "Källtexten avstavar ”LHBT-politikk” över en radbrytning.",
  ],
  [
    "The text says 'in Europe and elsewhere in the world'; its joint initiative addresses the European Commission and the European member states.",
    "Teksten sier «i Europa og ellers i verden»; det felles initiativet retter seg mot EU-kommisjonen og EUs medlemsland.",
    "Texten säger ”i Europa och på andra håll i världen”; det gemensamma initiativet riktar sig till EU-kommissionen och EU:s medlemsstater.",
  ],
  [
    "Launched by the deputy mayor of Athens; the council decision quoted earlier in the section says it was initiated by the mayor of Athens.",
    "Startet av varaordføreren i Athen; bystyrevedtaket som siteres tidligere i avsnittet, sier at initiativet kom fra ordføreren i Athen.",
    "Startat av Atens vice borgmästare; fullmäktigebeslutet som citeras tidigare i avsnittet säger att initiativet kom från Atens borgmästare.",
  ],
  [
    "Covers only the gastronomy strand of the network.",
    "Gjelder bare nettverkets gastronomidel.",
    "Gäller bara nätverkets gastronomidel.",
  ],
  [
    "The text lists nine current members by name and gives no total; the count is the length of the list.",
    "Teksten nevner ni nåværende medlemmer ved navn og oppgir ikke noe totalt antall; antallet er lengden på listen.",
    "Texten nämner nio nuvarande medlemmar vid namn och anger inget totalt antal; antalet är listans längd.",
  ],
  [
    "Thematic focus by period: climate in the previous period, health in the current one.",
    "Tematisk innretning per periode: klima i forrige periode, helse i den nåværende.",
    "Tematisk inriktning per period: klimat under förra perioden, hälsa under den nuvarande.",
  ],
  [
    "'For 30 years' at c. 2020 suggests a start around 1990; the text gives no founding year.",
    "«I 30 år» rundt 2020 tyder på en start rundt 1990; teksten oppgir ikke stiftelsesår.",
    "”I 30 år” omkring 2020 tyder på en start omkring 1990; texten anger inget grundandeår.",
  ],
  [
    "The text says 'Skandinavia', but the member cities include Reykjavik and Turku, so Nordic.",
    "Teksten sier «Skandinavia», men medlemsbyene omfatter Reykjavik og Turku, altså nordisk.",
    "Texten säger ”Skandinavia”, men medlemsstäderna omfattar Reykjavik och Åbo, alltså nordiskt.",
  ],
  [
    "In 2018 most of the conference programme was about sport and about urban development questions (recreation and physical activity in a densifying city).",
    "I 2018 handlet det meste av konferanseprogrammet om idrett og byutviklingsspørsmål (friluftsliv og fysisk aktivitet i en by som fortettes).",
    "År 2018 handlade det mesta av konferensprogrammet om idrott och stadsutvecklingsfrågor (friluftsliv och fysisk aktivitet i en stad som förtätas).",
  ],
  [
    "The text gives only 'the late 60s', no year.",
    "Teksten sier bare «slutten av 60-tallet», uten årstall.",
    "Texten säger bara ”slutet av 60-talet”, utan årtal.",
  ],
  [
    "Sydslesvig, Göteborg, Århus, Åbo and Bergen; Vestland county council also takes part.",
    "Sydslesvig, Göteborg, Århus, Åbo og Bergen; Vestland fylkeskommune deltar også.",
    "Sydslesvig, Göteborg, Århus, Åbo och Bergen; Vestland fylkeskommune (regionen) deltar också.",
  ],
  [
    "Leisure as a whole: culture, school, sport and growing up (oppvekst).",
    "Fritid i vid forstand: kultur, skole, idrett og oppvekst.",
    "Fritid i vid mening: kultur, skola, idrott och uppväxt.",
  ],
  [
    "The previous year's ('i fjor') conference themes: inclusion, citizenship, trust and co-determination.",
    "Fjorårets konferansetemaer («i fjor»): inkludering, medborgerskap, tillit og medbestemmelse.",
    "Förra årets (”i fjor”) konferensteman: inkludering, medborgarskap, tillit och medbestämmande.",
  ],
  [
    "Started in 1996 on the initiative of the Nordic Council of Ministers.",
    "Startet i 1996 etter initiativ fra Nordisk ministerråd.",
    "Startade 1996 på initiativ av Nordiska ministerrådet.",
  ],
  ["Europe and beyond.", "Europa og videre.", "Europa och vidare."],
  [
    "Founded as the European Climate Forum; renamed Global Climate Forum in 2011.",
    "Stiftet som European Climate Forum; fikk navnet Global Climate Forum i 2011.",
    "Grundat som European Climate Forum; bytte namn till Global Climate Forum 2011.",
  ],
  [
    "Members come from Denmark, Finland, the Faroe Islands, Iceland, Norway and Sweden.",
    "Medlemmene kommer fra Danmark, Finland, Færøyene, Island, Norge og Sverige.",
    "Medlemmarna kommer från Danmark, Finland, Färöarna, Island, Norge och Sverige.",
  ],
  [
    "The report calls it both Clinton Climate Foundation and Clinton Climate Initiative, and also 'Clintonstiftelsen'.",
    "Rapporten kaller den både Clinton Climate Foundation og Clinton Climate Initiative, og dessuten «Clintonstiftelsen».",
    "Rapporten kallar den både Clinton Climate Foundation och Clinton Climate Initiative, och dessutom ”Clintonstiftelsen”.",
  ],
  [
    "A regional office for West Norway, located in Brussels.",
    "Et regionkontor for Vestlandet, i Brussel.",
    "Ett regionkontor för Västnorge, i Bryssel.",
  ],
  [
    "VNB AS is owned by the association Foreningen Vest-Norges Brusselkontor, whose members are 16 municipalities, two county councils and Høgskulen på Vestlandet (a university college).",
    "VNB AS eies av Foreningen Vest-Norges Brusselkontor, som har 16 kommuner, to fylkeskommuner og Høgskulen på Vestlandet som medlemmer.",
    "VNB AS ägs av föreningen Foreningen Vest-Norges Brusselkontor, vars medlemmar är 16 kommuner, två fylkeskommuner (regioner) och Høgskulen på Vestlandet (en högskola).",
  ],
  [
    "Styreleder: chair of the board, not a president.",
    "Styreleder, ikke president.",
    "Styrelseordförande (styreleder), inte president.",
  ],
  ["Founded 17 December 2004.", "Stiftet 17. desember 2004.", "Bildad den 17 december 2004."],
  [
    "57 municipalities and two county councils. The member slide lists Oslo, Akershus and Østfold county councils, all 22 municipalities in Akershus, all 18 in Østfold, 8 in Buskerud, 3 in Oppland and 5 in Vestfold.",
    "57 kommuner og to fylkeskommuner. Medlemsbildet oppgir Oslo, Akershus og Østfold fylkeskommuner, alle 22 kommunene i Akershus, alle 18 i Østfold, 8 i Buskerud, 3 i Oppland og 5 i Vestfold.",
    "57 kommuner och två fylkeskommuner (regioner). Medlemsbilden anger Oslo, Akershus och Østfold fylkeskommuner, alla 22 kommuner i Akershus, alla 18 i Østfold, 8 i Buskerud, 3 i Oppland och 5 i Vestfold.",
  ],

  // Notes on names.
  [
    "The Bergen review calls it Hansabysamarbeidet / Hansabynettverket.",
    "Bergen-gjennomgangen kaller det Hansabysamarbeidet / Hansabynettverket.",
    "Bergens genomgång kallar det Hansabysamarbeidet / Hansabynettverket.",
  ],
  [
    "The Bergen review spells it both Eureau and Eurau.",
    "Bergen-gjennomgangen staver det både Eureau og Eurau.",
    "Bergens genomgång stavar det både Eureau och Eurau.",
  ],
  [
    "Name as the Bergen review gives it; it joins the Barents health programme and the Northern Dimension partnership in one heading.",
    "Navnet slik Bergen-gjennomgangen gir det; den samler Barents helseprogram og partnerskapet i Den nordlige dimensjon under én overskrift.",
    "Namnet så som Bergens genomgång anger det; den samlar Barents hälsoprogram och partnerskapet inom Den nordliga dimensionen under en rubrik.",
  ],
  [
    "The Bergen review writes 'International Congress on Archives'; the organisation's name is International Council on Archives.",
    "Bergen-gjennomgangen skriver «International Congress on Archives»; organisasjonen heter International Council on Archives.",
    "Bergens genomgång skriver ”International Congress on Archives”; organisationen heter International Council on Archives.",
  ],
  [
    "The Bergen review writes 'International Federation of Library Association'.",
    "Bergen-gjennomgangen skriver «International Federation of Library Association».",
    "Bergens genomgång skriver ”International Federation of Library Association”.",
  ],
  [
    "The Bergen review writes 'Nordisk Veiforum'.",
    "Bergen-gjennomgangen skriver «Nordisk Veiforum».",
    "Bergens genomgång skriver ”Nordisk Veiforum”.",
  ],

  // Who takes part, and how.
  ["Byrådsleder", "Byrådsleder", "Byrådsleder (ordförande för stadsregeringen)"],
  ["Kommunstyrelsen (City Executive Board)", "Kommunstyrelsen (byrådet)", "Kommunstyrelsen"],
  ["Through the Metropolis section", "Gjennom Metropolis-seksjonen", "Genom Metropolis-sektionen"],
  [
    "Through the Norra Djurgårdsstaden urban development project",
    "Gjennom byutviklingsprosjektet Norra Djurgårdsstaden",
    "Genom stadsutvecklingsprojektet Norra Djurgårdsstaden",
  ],
  ["As a member of ICLEI", "Som medlem av ICLEI", "Som medlem i ICLEI"],
  [
    "Through the Agency for Health Services (etat for helsetjenester), in a bilateral cooperation with Kaliningrad funded by the programme",
    "Gjennom etat for helsetjenester, i et bilateralt samarbeid med Kaliningrad finansiert av programmet",
    "Genom förvaltningen för hälsotjänster (etat for helsetjenester), i ett bilateralt samarbete med Kaliningrad som finansieras av programmet",
  ],
  [
    "Byråd for eldre, helse og frivillighet",
    "Byråd for eldre, helse og frivillighet",
    "Byråd for eldre, helse og frivillighet (stadsråd för äldre, hälsa och frivillighet)",
  ],
  [
    "Byråd for klima, miljø og byutvikling",
    "Byråd for klima, miljø og byutvikling",
    "Byråd for klima, miljø og byutvikling (stadsråd för klimat, miljö och stadsutveckling)",
  ],
  ["Through Norsk Vann", "Gjennom Norsk Vann", "Genom Norsk Vann"],
  [
    "Byråd for kultur, mangfold og likestilling",
    "Byråd for kultur, mangfold og likestilling",
    "Byråd for kultur, mangfold og likestilling (stadsråd för kultur, mångfald och jämställdhet)",
  ],
  [
    "Through Museum Vest, which runs the practical cooperation on the city's behalf (the city holds the formal membership)",
    "Gjennom Museum Vest, som står for det praktiske samarbeidet på byens vegne (byen har det formelle medlemskapet)",
    "Genom Museum Vest, som sköter det praktiska samarbetet å stadens vägnar (staden innehar det formella medlemskapet)",
  ],
  [
    "Through Bergen City Archives (Bergen Byarkiv)",
    "Gjennom Bergen Byarkiv",
    "Genom Bergens stadsarkiv (Bergen Byarkiv)",
  ],
  [
    "Through the city library (biblioteket)",
    "Gjennom biblioteket",
    "Genom stadsbiblioteket (biblioteket)",
  ],
  [
    "Byråd for barnehage, skole og idrett",
    "Byråd for barnehage, skole og idrett",
    "Byråd for barnehage, skole og idrett (stadsråd för förskola, skola och idrott)",
  ],
  [
    "Through the Leprosy Archives under Bergen City Museum (Bymuseet i Bergen), with the Leprosy Museum (Lepramuseet)",
    "Gjennom lepraarkivene under Bymuseet i Bergen, med Lepramuseet",
    "Genom lepraarkiven under Bergens stadsmuseum (Bymuseet i Bergen), med Lepramuseet",
  ],
  [
    "through Brak, the competence centre for music in Vestland, which is the contact and reports to the department for arts and culture development (Fagavdeling for kunst- og kulturutvikling)",
    "gjennom Brak, kompetansesenteret for musikk i Vestland, som er kontakt og rapporterer til Fagavdeling for kunst- og kulturutvikling",
    "genom Brak, kompetenscentret för musik i Vestland, som är kontakt och rapporterar till avdelningen för konst- och kulturutveckling (Fagavdeling for kunst- og kulturutvikling)",
  ],
  [
    "through representatives of the Culture Agency (Kulturetaten/kulturkontor) and the Sports Agency (Idrettsetaten)",
    "gjennom representanter for Kulturetaten/kulturkontor og Idrettsetaten",
    "genom företrädare för kulturförvaltningen (Kulturetaten/kulturkontor) och idrottsförvaltningen (Idrettsetaten)",
  ],
  ["Ordfører", "Ordfører", "Ordfører (borgmästare)"],
  [
    "Byråd for kultur, mangfold og likestilling og byråd for arbeid, sosial og bolig",
    "Byråd for kultur, mangfold og likestilling og byråd for arbeid, sosial og bolig",
    "Byråd for kultur, mangfold og likestilling och byråd for arbeid, sosial og bolig (stadsråden för kultur respektive arbete, sociala frågor och bostäder)",
  ],
  [
    "Byråd for arbeid, sosial og bolig og byråd for barnehage, skole og idrett",
    "Byråd for arbeid, sosial og bolig og byråd for barnehage, skole og idrett",
    "Byråd for arbeid, sosial og bolig och byråd for barnehage, skole og idrett (stadsråden för arbete, sociala frågor och bostäder respektive förskola, skola och idrott)",
  ],
  [
    "Byråd for finans, næring og eiendom",
    "Byråd for finans, næring og eiendom",
    "Byråd for finans, næring og eiendom (stadsråd för finans, näringsliv och fastigheter)",
  ],
  [
    "through the city government department for labour, social affairs and housing (Byrådsavdeling for arbeid, sosial og bolig) and its professional staff",
    "gjennom Byrådsavdeling for arbeid, sosial og bolig og fagfolkene der",
    "genom stadsregeringens avdelning för arbete, sociala frågor och bostäder (Byrådsavdeling for arbeid, sosial og bolig) och dess sakkunniga",
  ],
  [
    "Byråd for arbeid, sosial og bolig",
    "Byråd for arbeid, sosial og bolig",
    "Byråd for arbeid, sosial og bolig (stadsråd för arbete, sociala frågor och bostäder)",
  ],
  [
    "through the Urban Environment Agency (Bymiljøetaten)",
    "gjennom Bymiljøetaten",
    "genom stadsmiljöförvaltningen (Bymiljøetaten)",
  ],

  // Presidents and secretariats (names alone are the same in every language).
  ["Johanna Rolland, Nantes", "Johanna Rolland, Nantes", "Johanna Rolland, Nantes"],
  ["Nicola Schelling", "Nicola Schelling", "Nicola Schelling"],
  [
    "Jean Paul Huchon, Île-de-France",
    "Jean Paul Huchon, Île-de-France",
    "Jean Paul Huchon, Île-de-France",
  ],
  ["Brussels (36 staff)", "Brussel (36 ansatte)", "Bryssel (36 anställda)"],
  ["Glasgow, Scotland", "Glasgow, Skottland", "Glasgow, Skottland"],
  ["Own secretariat", "Eget sekretariat", "Eget sekretariat"],
  [
    "Kadir Topbaş, mayor of Istanbul",
    "Kadir Topbaş, ordfører i Istanbul",
    "Kadir Topbaş, borgmästare i Istanbul",
  ],
  ["Barcelona (chair city)", "Barcelona (lederby)", "Barcelona (ordförandestad)"],
  [
    "Michael Bloomberg, mayor of New York",
    "Michael Bloomberg, ordfører i New York",
    "Michael Bloomberg, borgmästare i New York",
  ],
  [
    "Roger Valhammer (Ap), Byrådsleder i Bergen",
    "Roger Valhammer (Ap), byrådsleder i Bergen",
    "Roger Valhammer (Ap), byrådsleder (ordförande för stadsregeringen) i Bergen",
  ],

  // Recommendations and decisions, in short.
  ["Continue the cooperation.", "Videreføre samarbeidet.", "Fortsätta samarbetet."],
  [
    "Continue active work in the forums and working groups; cooperation in some areas can even be expanded.",
    "Fortsette det aktive arbeidet i foraene og arbeidsgruppene; samarbeidet kan til og med utvides på enkelte områder.",
    "Fortsätta det aktiva arbetet i forumen och arbetsgrupperna; samarbetet kan till och med utvidgas på vissa områden.",
  ],
  [
    "Not to stand again for the Metropolis board at the world congress in Porto Alegre, Brazil, 23–26 November 2011.",
    "Ikke stille til gjenvalg til Metropolis’ styre på verdenskongressen i Porto Alegre i Brasil, 23.–26. november 2011.",
    "Att inte ställa upp för omval till Metropolis styrelse vid världskongressen i Porto Alegre i Brasilien, 23–26 november 2011.",
  ],
  [
    "To give up the memberships of Metropolis and UCLG entirely at the turn of 2011/2012 (proposal of the office, not a council decision).",
    "Å melde seg helt ut av Metropolis og UCLG ved årsskiftet 2011/2012 (forslag fra administrasjonen, ikke et vedtak).",
    "Att helt lämna medlemskapen i Metropolis och UCLG vid årsskiftet 2011/2012 (förvaltningens förslag, inte ett fullmäktigebeslut).",
  ],
  [
    "By not standing again for the Metropolis board in Porto Alegre (23–26 November 2011), the city would also end its board work in UCLG.",
    "Ved ikke å stille til gjenvalg til Metropolis’ styre i Porto Alegre (23.–26. november 2011) ville byen også avslutte styrearbeidet i UCLG.",
    "Genom att inte ställa upp för omval till Metropolis styrelse i Porto Alegre (23–26 november 2011) skulle staden också avsluta sitt styrelsearbete i UCLG.",
  ],
  [
    "Make more use of the broad range of conferences, seminars and contacts that C40 offers.",
    "Gjøre mer bruk av det brede tilbudet av konferanser, seminarer og kontakter som C40 gir.",
    "Utnyttja mer av det breda utbudet av konferenser, seminarier och kontakter som C40 erbjuder.",
  ],
  ["End the membership.", "Avslutte medlemskapet.", "Avsluta medlemskapet."],
  [
    "The city council decided to withdraw the city from the cooperation.",
    "Bystyret vedtok å melde byen ut av samarbeidet.",
    "Fullmäktige beslutade att dra staden ur samarbetet.",
  ],
  [
    "The city government is positive to Bergen joining the initiative.",
    "Byrådet er positivt til at Bergen slutter seg til initiativet.",
    "Stadsregeringen är positiv till att Bergen ansluter sig till initiativet.",
  ],
  [
    "The city council decided to enrol the municipality in the initiative.",
    "Bystyret vedtok å melde kommunen inn i initiativet.",
    "Fullmäktige beslutade att anmäla kommunen till initiativet.",
  ],
  [
    "The city council asked the city government to enrol the municipality in the network.",
    "Bystyret ba byrådet melde kommunen inn i nettverket.",
    "Fullmäktige bad stadsregeringen att anmäla kommunen till nätverket.",
  ],
  [
    "The city council asked the city government to consider enrolling the municipality.",
    "Bystyret ba byrådet vurdere å melde kommunen inn.",
    "Fullmäktige bad stadsregeringen att överväga att anmäla kommunen.",
  ],
  [
    "The city council decided to end the membership.",
    "Bystyret vedtok å avslutte medlemskapet.",
    "Fullmäktige beslutade att avsluta medlemskapet.",
  ],
];

const INDEX: ReadonlyMap<string, readonly [string, string, string]> = new Map(
  [...ANNOTATIONS, ...MORE_ANNOTATIONS].map((row) => [row[0], row])
);

/** The dataset's English annotation in the reader's language; the text as it is where it has none. */
export function annotation(text: string, lang: Lang): string {
  if (lang === "en") return text;
  const row = INDEX.get(text);
  return row ? row[lang === "nb" ? 1 : 2] : text;
}

/** Whether the table has this annotation (for the completeness test). */
export function hasAnnotation(text: string): boolean {
  return INDEX.has(text);
}
