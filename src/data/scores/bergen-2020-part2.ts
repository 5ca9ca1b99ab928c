import type { ScoreDocument } from "../document";

// 003_e567d6f39c3cc0f4.txt, sections Music Cities … World Urban Parks: the scores Bergen's own words imply.
// The review's criteria: "passiv eller aktiv deltakelse, læringsutbytte og gjennomslagskraft".
// A criterion the text says nothing about is left out (not assessed). Solidarity Cities, the Human
// Rights Cities Network and the UCLG committee are candidates: their scores are the expected value,
// fit and cost the text states, not experience.
export const bergen2020Part2Scores: ScoreDocument = {
  source: "bergen-2020",
  scores: [
    // Music Cities Network (through Brak)
    {
      place: "bergen",
      org: "music-cities-network",
      criterion: "participation",
      score: 3,
      quote:
        "Brak har tett samarbeid med de andre musikkbyene bl.a. gjennom deltakelse på ulike bransjefestivaler og nettverkssamlinger",
      note: "What is described is attendance at festivals and network gatherings, by Brak on the city's behalf rather than the municipality itself, which is regular participation.",
    },
    {
      place: "bergen",
      org: "music-cities-network",
      criterion: "learning",
      score: 3,
      quote:
        "Deltakelse i nettverket åpner for økt kompetanse og nettverksmuligheter for organisasjoner og musikere i Bergen",
      note: "The network 'opens for' more competence for the city's music organisations and musicians, a useful exchange, but the text names no use in the municipality's own work.",
    },
    // Nordisk fritidskonferanse
    {
      place: "bergen",
      org: "nordic-leisure-conference",
      criterion: "participation",
      score: 5,
      quote: "Bergen er vertskap for nordisk fritidskonferanse på fast rullering",
      note: "Hosting the conference on a fixed rotation is the rubric's leading level; the words are in the section on the twin-city network in sport, which runs these conferences.",
    },
    {
      place: "bergen",
      org: "nordic-leisure-conference",
      criterion: "learning",
      score: 4,
      quote:
        "Nettverket oppleves som verdifullt både for å hente inspirasjon fra konkrete kultur- og fritidsaktiviteter/kulturhus/tiltak og for å se hvordan man organiserer driften",
      note: "Inspiration from concrete activities and from how similar cities organise the field, which the text says strengthens the offer to the public, is knowledge used in the city's work.",
    },
    // Nordic Smart City Network
    {
      place: "bergen",
      org: "nordic-smart-city-network",
      criterion: "fit",
      score: 3,
      quote:
        "Bergen kommune har ingen overordnet smartby-strategi, men viktige prosjekter og aktiviteter som gjør Bergen til en smart by",
      note: "The network's smart-city focus matches projects the city runs but no city strategy, so it fits only partly.",
    },
    // Nordisk Veiforum
    {
      place: "bergen",
      org: "nordic-road-forum",
      criterion: "participation",
      score: 4,
      quote:
        "Bergen kommune deltar aktivt i samarbeidet, som deltaker i utvalg, i programkomiteer og representanter fra kommunen deler erfaringer fra Bergen jevnlig",
      note: "Active participation with concrete contributions in committees and programme committees, without a chair or host role, is the active level.",
    },
    {
      place: "bergen",
      org: "nordic-road-forum",
      criterion: "learning",
      score: 4,
      quote: "Nettverket er en viktig faglig møteplass for erfaringsutveksling og utvikling",
      note: "An 'important professional meeting place' for exchange and development is a clear learning outcome.",
    },
    // Mayors for Peace
    {
      place: "bergen",
      org: "mayors-for-peace",
      criterion: "influence",
      score: 2,
      quote: "Medlemskapet er av symbolsk art, og viktig for å løfte kampen mot atomvåpen spesielt",
      note: "A membership the text calls symbolic gives the city little voice of its own, even though the cause is called important.",
    },
    // Rainbow Cities Network
    {
      place: "bergen",
      org: "rainbow-cities",
      criterion: "participation",
      score: 4,
      quote: "Bergen kommune deltar aktivt i nettverket, både administrativt og politisk",
      note: "Active participation at both administrative and political level is the active level; no office or hosting is mentioned.",
    },
    {
      place: "bergen",
      org: "rainbow-cities",
      criterion: "learning",
      score: 3,
      quote:
        "Nettverket er viktig for å markedsføre regnbuebyen Bergen, og for erfaringsutveksling med andre medlemmer",
      note: "Exchange of experience with other members is named without any use in the city's work, which is the 'useful exchange' level.",
    },
    {
      place: "bergen",
      org: "rainbow-cities",
      criterion: "positioning",
      score: 4,
      quote: "Nettverket er viktig for å markedsføre regnbuebyen Bergen",
      note: "The network is important for marketing Bergen as a rainbow city, a clear profile in the LGBT field.",
    },
    // SSTT
    {
      place: "bergen",
      org: "sstt",
      criterion: "participation",
      score: 5,
      quote: "Bergen kommune er aktivt med i nettverket, og har tidligere vært involvert i styret",
      note: "Besides active participation, the city has held a board role, an office, which is the leading level even though it was earlier.",
    },
    {
      place: "bergen",
      org: "sstt",
      criterion: "learning",
      score: 4,
      quote: "er en nyttig samarbeidsarena for en viktig del av vår tjenesteproduksjon",
      note: "Exchange and innovation useful for an important part of the city's own service production is knowledge used in the city's work.",
    },
    // Solidarity Cities (candidate: the council decided to join)
    {
      place: "bergen",
      org: "solidarity-cities",
      criterion: "learning",
      score: 3,
      quote: "Målet var erfaringsutveksling knyttet til integreringsarbeid",
      note: "Expected value only: the initiative's aim is exchange of experience on integration, a useful exchange with no use yet stated.",
    },
    {
      place: "bergen",
      org: "solidarity-cities",
      criterion: "influence",
      score: 3,
      quote:
        "å ta et felles initiativ overfor Europakommisjonen og de europeiske medlemsstatene for å oppfordre de til å håndtere flyktningsituasjonen på en bedre måte",
      note: "Expected value only: a joint initiative of cities towards the Commission and member states, where Bergen as a new member would contribute to a joint position rather than shape it.",
    },
    {
      place: "bergen",
      org: "solidarity-cities",
      criterion: "fit",
      score: 5,
      quote: "mener det vil være i tråd med en rekke vedtak i bystyret",
      note: "Joining is in line with a number of council decisions on settling refugees, and the council itself asked for the case, so it is central to council decisions.",
    },
    {
      place: "bergen",
      org: "solidarity-cities",
      criterion: "resources",
      score: 2,
      quote:
        "ikke en organisasjon med streng formell struktur som vil kreve store ressurser fra Bergen kommune",
      note: "An initiative without a strict formal structure that will not demand large resources is a small cost, though the text does not say negligible.",
    },
    // Storbyens hjerte og smerte
    {
      place: "bergen",
      org: "storbyens-hjerte",
      criterion: "participation",
      score: 4,
      quote:
        "Bergen kommune deltar aktivt i nettverket, og deltar med en stor tverrfaglig delegasjon på de årlige samlingene",
      note: "Active participation with a large cross-disciplinary delegation every year goes beyond regular attendance, but no office or hosting is mentioned.",
    },
    {
      place: "bergen",
      org: "storbyens-hjerte",
      criterion: "learning",
      score: 4,
      quote: "Nettverket er en viktig arena for faglig utvikling og læring",
      note: "An 'important arena for professional development and learning' is a clear learning outcome.",
    },
    // The Human Rights Cities Network (candidate: the council asked for enrolment)
    {
      place: "bergen",
      org: "human-rights-cities",
      criterion: "learning",
      score: 3,
      quote:
        "en samarbeidsplattform for europeiske menneskerettighetsbyer, med erfaringsutveksling og felles utvikling som formål",
      note: "Expected value only: the platform's purpose is exchange of experience and joint development, with no use yet stated.",
    },
    {
      place: "bergen",
      org: "human-rights-cities",
      criterion: "fit",
      score: 5,
      quote: "Bystyret har bedt byrådet om å melde kommunen inn i nettverket",
      note: "The city council itself has asked for the enrolment, so the membership is the subject of a council decision.",
    },
    // UCLG-CSIPDHR (candidate: the council asked for joining to be considered)
    {
      place: "bergen",
      org: "uclg-csipdhr",
      criterion: "learning",
      score: 3,
      quote:
        "Hensikten er å diskutere, dele og fremme felles forslag innen demokrati, deltakelse og menneskerettigheter",
      note: "Expected value only: discussing and sharing is a useful exchange, with no use yet stated.",
    },
    {
      place: "bergen",
      org: "uclg-csipdhr",
      criterion: "influence",
      score: 3,
      quote:
        "Hensikten er å diskutere, dele og fremme felles forslag innen demokrati, deltakelse og menneskerettigheter",
      note: "Expected value only: promoting joint proposals is contributing to joint positions; no EU or UN target is named.",
    },
    {
      place: "bergen",
      org: "uclg-csipdhr",
      criterion: "fit",
      score: 4,
      quote: "Bystyret har bedt byrådet vurdere å melde kommunen inn i samarbeidet",
      note: "The council asked only for joining to be considered, not decided, which shows the committee fits the council's aims without being the subject of a decision to join.",
    },
    // Union of the Baltic Cities
    {
      place: "bergen",
      org: "ubc",
      criterion: "participation",
      score: 1,
      quote: "Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene",
      note: "No active participation in recent years is the passive level.",
    },
    {
      place: "bergen",
      org: "ubc",
      criterion: "learning",
      score: 2,
      quote:
        "Nå er det andre organisasjoner som oppleves mer nyttige for faglig utvikling og gjennomslagskraft i Europa",
      note: "Other organisations are found more useful for professional development, so UBC gives little learning.",
    },
    {
      place: "bergen",
      org: "ubc",
      criterion: "influence",
      score: 2,
      quote:
        "Nå er det andre organisasjoner som oppleves mer nyttige for faglig utvikling og gjennomslagskraft i Europa",
      note: "Influence in Europe is found to come through other organisations, i.e. decisions are made elsewhere.",
    },
    // Nordic twin-city network for sport
    {
      place: "bergen",
      org: "nordic-sports-twin-cities",
      criterion: "participation",
      score: 5,
      quote: "Bergen er vertskap for nordisk fritidskonferanse på fast rullering",
      note: "Besides active participation with sport and leisure staff, Bergen hosts the network's conference on rotation, the leading level.",
    },
    {
      place: "bergen",
      org: "nordic-sports-twin-cities",
      criterion: "learning",
      score: 3,
      quote:
        "er en nyttig arena for å utveksle erfaringer og styrke samarbeidet mellom vennskapsbyene",
      note: "A 'useful arena for exchanging experience' is the useful-exchange level; no use in the city's work is named.",
    },
    // Vest-Norges Brusselkontor
    {
      place: "bergen",
      org: "vest-norges-brusselkontor",
      criterion: "participation",
      score: 5,
      quote:
        "Bergen kommune deltar aktivt i samarbeidet; både faglig og gjennom at byrådsleder er styreleder",
      note: "The head of Bergen's city government chairs the board, the leading level.",
    },
    {
      place: "bergen",
      org: "vest-norges-brusselkontor",
      criterion: "learning",
      score: 4,
      quote:
        "bidrar kontoret til kompetanseutvikling innad i kommunen og til å identifisere EU/EØS-programmer og prosjekt av interesse for vår region",
      note: "Competence development inside the municipality and identifying programmes and projects is knowledge used in the city's work; no project is said to have resulted.",
    },
    {
      place: "bergen",
      org: "vest-norges-brusselkontor",
      criterion: "influence",
      score: 4,
      quote: "ambassadør for kommunes interesser inn i europeiske beslutningsapparat",
      note: "Carrying the municipality's interests into European decision-making, and helping to influence European framework conditions, is shaping positions towards the EU; the text calls it an important contributor, not a leading voice.",
    },
    {
      place: "bergen",
      org: "vest-norges-brusselkontor",
      criterion: "positioning",
      score: 3,
      quote:
        "synliggjøre vest-norske aktører som interessante og kompetente samarbeidspartnere for andre regioner i Europa",
      note: "The office's stated task is visibility for West Norwegian actors as a group among other European regions, some visibility among peers rather than a profile for Bergen itself.",
    },
    // UNESCO Creative Cities Network
    {
      place: "bergen",
      org: "unesco-creative-cities",
      criterion: "participation",
      score: 4,
      quote:
        "Både politiske og administrative deltakere har holdt innlegg, og kommunen har bidratt inn i prosesser i regi av organisasjonen",
      note: "Active participation with regular meetings, talks given and contributions to the organisation's processes is the active level; no office or hosting is mentioned.",
    },
    {
      place: "bergen",
      org: "unesco-creative-cities",
      criterion: "learning",
      score: 5,
      quote:
        "kommunen har fått i gang fire internasjonale prosjekter som en konsekvens av medlemskapet i nettverket",
      note: "Four international projects started as a consequence of the membership: projects follow.",
    },
    {
      place: "bergen",
      org: "unesco-creative-cities",
      criterion: "positioning",
      score: 5,
      quote:
        "Organisasjonen er en viktig synliggjøring av matbyen Bergen, og UNESCO-merkelappen gir en anerkjennelse",
      note: "Important visibility for Bergen as a food city and recognition through the UNESCO label is a strong international profile with a label.",
    },
    {
      place: "bergen",
      org: "unesco-creative-cities",
      criterion: "resources",
      score: 3,
      quote: "et aktivt internasjonalt arbeid er en forutsetning for medlemskapet",
      note: "Active international work is a condition of membership, which takes some staff time; the text gives no fee or amount, so moderate.",
    },
    // WAPR
    {
      place: "bergen",
      org: "wapr",
      criterion: "participation",
      score: 4,
      quote:
        "Fagmiljø i Bergen kommune er aktivt med i organisasjonen, og opplever det som faglig nyttig",
      note: "The city's professional staff are active in the organisation and their effort ('innsatsen') is called a contribution, the active level; no office is mentioned.",
    },
    {
      place: "bergen",
      org: "wapr",
      criterion: "learning",
      score: 4,
      quote:
        "Kontakter og nettverk som er etablert som følge av nettverket har vært viktig for læring, og for kunnskap i utvikling av nye satsinger i kommunen",
      note: "Learning and knowledge used in developing new initiatives in the municipality is knowledge used in the city's work; no specific project is said to result.",
    },
    {
      place: "bergen",
      org: "wapr",
      criterion: "fit",
      score: 4,
      quote: "innsatsen er et viktig faglig bidrag til menneskerettighetsbyen Bergen",
      note: "An important contribution to Bergen as a human rights city fits the city's own profile and aims.",
    },
    // Organization of World Heritage Cities
    {
      place: "bergen",
      org: "owhc",
      criterion: "participation",
      score: 5,
      quote:
        "Bergen var en av stiftelsesbyene da organisasjonen ble opprettet i 1993, og har tidligere hatt både president og generalsekretær",
      note: "A founding city that has held both president and secretary general is the leading level, even though the offices were earlier.",
    },
    {
      place: "bergen",
      org: "owhc",
      criterion: "learning",
      score: 4,
      quote:
        "viktig for å utveksle kunnskap og erfaring om forvaltning av verdensarvstedet Bryggen, som ledd i kommunens egen helhetlige forvaltning",
      note: "Exchange on managing Bryggen as part of the municipality's own management is knowledge used in the city's work.",
    },
    // World Urban Parks
    {
      place: "bergen",
      org: "world-urban-parks",
      criterion: "participation",
      score: 4,
      quote:
        "Bymiljøetaten deltar aktivt i samarbeidet, og er aktivt med i den europeiske grenen av samarbeidet",
      note: "Active participation, also in the European branch, with the city contributing its own experience, is the active level; no office is mentioned.",
    },
    {
      place: "bergen",
      org: "world-urban-parks",
      criterion: "learning",
      score: 4,
      quote: "opplever samarbeidet som viktig for faglig utvikling og erfaringsutveksling",
      note: "Important for professional development and exchange of experience is a clear learning outcome.",
    },
  ],
};
