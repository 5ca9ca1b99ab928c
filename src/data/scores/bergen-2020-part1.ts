import type { ScoreDocument } from "../document";

// 003_e567d6f39c3cc0f4.txt, sections Barents health … Memory of the World: the scores Bergen's own words imply.
// The review's criteria are "passiv eller aktiv deltakelse, læringsutbytte og gjennomslagskraft"; other criteria
// appear only where the text clearly speaks to them. A criterion the text is silent on is left out (not assessed).
// Scores rest on what each section says, not on its recommendation.
export const bergen2020Part1Scores: ScoreDocument = {
  source: "bergen-2020",
  scores: [
    // ---- Barents health programme ----
    {
      place: "bergen",
      org: "barents-health",
      criterion: "participation",
      score: 4,
      quote:
        "Både politikere, administrativ ledelse og fagfolk har deltatt i samarbeidsprosjekt og på samlinger.",
      note: "Bergen 'har deltatt aktivt' and politicians, managers and professionals have taken part in joint projects, i.e. active contribution in projects, with no office or hosting named.",
    },
    {
      place: "bergen",
      org: "barents-health",
      criterion: "learning",
      score: 4,
      quote:
        "Det er et viktig nettverk for faglig utvikling, for å utarbeide felles metoder og for gjensidig læring.",
      note: "'Important for professional development … and mutual learning' is a clear learning outcome; no change of practice or resulting project is reported, so not 5.",
    },

    // ---- Covenant of Mayors ----
    {
      place: "bergen",
      org: "covenant-of-mayors",
      criterion: "learning",
      score: 4,
      quote:
        "Det er et faglig viktig nettverk for å ha tilgang til rapporteringsverktøy og statistikk",
      note: "A 'professionally important' network whose reporting tools and statistics the city uses for its own climate statistics: knowledge used in the city's work.",
    },
    {
      place: "bergen",
      org: "covenant-of-mayors",
      criterion: "influence",
      score: 2,
      quote:
        "Medlemskapet har kommet i stand basert på politisk initiativ, og det er en sterk symboleffekt ved å være medlem.",
      note: "The only value named beyond tools is a strong symbolic effect of membership; nothing about shaping positions, so symbolic value only = 2.",
    },
    {
      place: "bergen",
      org: "covenant-of-mayors",
      criterion: "fit",
      score: 4,
      quote: "Medlemskapet har kommet i stand basert på politisk initiativ",
      note: "The membership rests on a political initiative, so it is politically anchored; no council decision or strategy is named, so 4 rather than 5.",
    },

    // ---- Eureau ----
    {
      place: "bergen",
      org: "eureau",
      criterion: "participation",
      score: 4,
      quote:
        "Bergen kommune er representert i «avløpskomiteen» i Eureau, sammen med en representant fra Norsk Vann.",
      note: "A seat in the waste-water committee is contribution in a working group; no chair or board office is named.",
    },
    {
      place: "bergen",
      org: "eureau",
      criterion: "learning",
      score: 3,
      quote:
        "Videre gir organisasjonen et nyttig faglig nettverk, og mulighet for å utveksle kunnskap",
      note: "A 'useful professional network' and a chance to exchange knowledge is the rubric's useful exchange of experience, without saying the knowledge is put to use.",
    },
    {
      place: "bergen",
      org: "eureau",
      criterion: "influence",
      score: 4,
      quote: "Organisasjonen er særlig viktig for å påvirke EUs politikk på vannfeltet.",
      note: "'Particularly important for influencing EU policy' in the water field shapes positions towards the EU; it is not called the best or a leading tool, so 4.",
    },

    // ---- Eurocities ----
    {
      place: "bergen",
      org: "eurocities",
      criterion: "participation",
      score: 4,
      quote:
        "Bergen kommune deltar aktivt i organisasjonen; både på årskonferanse, koordinatorsamlinger og faglige møter.",
      note: "Active participation in all seven thematic forums, the annual conference and coordinator meetings; no office held is named, so 4.",
    },
    {
      place: "bergen",
      org: "eurocities",
      criterion: "learning",
      score: 3,
      quote:
        "Medlemssammensetningen gir også gode vilkår for å utveksle erfaringer og utvikle prosjekt med andre storbyer.",
      note: "The text speaks of good conditions for exchanging experience and developing projects, not of knowledge applied or projects that resulted, so useful exchange = 3.",
    },
    {
      place: "bergen",
      org: "eurocities",
      criterion: "influence",
      score: 5,
      quote:
        "Organisasjonen er et av våre mest nyttige verktøy for å påvirke europeiske rammebetingelser",
      note: "'One of our most useful tools for influencing European framework conditions' is a leading voice towards the EU.",
    },

    // ---- Festival Cities Initiative ----
    {
      place: "bergen",
      org: "festival-cities",
      criterion: "participation",
      score: 4,
      quote: "står som partner i prosjektet «Festival Finder (a)live» som går fra 2020–2022",
      note: "The department takes part actively in regular network meetings and is a partner in a network project; no leading office or hosting is named.",
    },
    {
      place: "bergen",
      org: "festival-cities",
      criterion: "learning",
      score: 4,
      quote:
        "Deltakelse i nettverket bidrar til synlighet og kompetanse for festivalfeltet i Bergen",
      note: "Participation builds competence for Bergen's festival field, a clear gain; the text does not say practice changed, so 4.",
    },
    {
      place: "bergen",
      org: "festival-cities",
      criterion: "positioning",
      score: 3,
      quote:
        "bidrar til synlighet og kompetanse for festivalfeltet i Bergen, og opp mot det internasjonale markedet",
      note: "Plain 'contributes to visibility' for the festival field towards the international market, without 'important' or a label: some visibility = 3.",
    },

    // ---- Global Climate Forum ----
    {
      place: "bergen",
      org: "global-climate-forum",
      criterion: "participation",
      score: 3,
      quote: "Bergen er eneste by som deltar",
      note: "The text says only that Bergen takes part ('deltar'), with no activity or role described, so 3.",
    },
    {
      place: "bergen",
      org: "global-climate-forum",
      criterion: "learning",
      score: 2,
      quote:
        "Selv om det er interessante diskusjoner, er det ikke alltid like relevant for kommunal forvaltning.",
      note: "Interesting discussions that are not always relevant to municipal administration: interesting but seldom relevant = 2.",
    },

    // ---- Hanseatic League (Hansa) ----
    {
      place: "bergen",
      org: "hansa",
      criterion: "participation",
      score: 4,
      quote:
        "Kommunen deltar aktivt i samarbeidet, både gjennom politisk deltakelse, tilrettelegger for kunstutveksling og ungdomssamarbeid",
      note: "Active participation with concrete contributions (political participation, arranging art exchange and youth cooperation); the mayor attends as ambassador but holds no office in the network.",
    },
    {
      place: "bergen",
      org: "hansa",
      criterion: "positioning",
      score: 4,
      quote: "hansabydagene er en viktig anledning for synliggjøring av Bergen",
      note: "The Hansa days are called an important occasion for making Bergen visible: a clear profile among the member towns, not a label of world standing.",
    },

    // ---- KIMO ----
    {
      place: "bergen",
      org: "kimo",
      criterion: "learning",
      score: 4,
      quote: "og er et viktig nettverk for å forstå og samhandle for å ta vare på havet",
      note: "'An important network for understanding and working together to protect the ocean' is a clear learning outcome, at the level of 'important for professional development'.",
    },
    {
      place: "bergen",
      org: "kimo",
      criterion: "influence",
      score: 3,
      quote: "myndigheter på et internasjonalt nivå – og er et viktig nettverk",
      note: "The sentence begins 'KIMO representerer lokale' before a page break: the network speaks for local authorities internationally, a joint voice, with no lead role for Bergen named, so 3.",
    },
    {
      place: "bergen",
      org: "kimo",
      criterion: "positioning",
      score: 4,
      quote:
        "Nettverket viser stor interesse for Bergensmiljøets innsats innen marine/maritime fagområder.",
      note: "The network's great interest in Bergen's marine and maritime work is a clear profile in the field.",
    },
    {
      place: "bergen",
      org: "kimo",
      criterion: "fit",
      score: 4,
      quote:
        "igjen ble innmeldt i 2018 i forbindelse med kommunens offensive arbeid mot plast/marin forsøpling",
      note: "Bergen rejoined as part of the city's own drive against plastic and marine litter, so the network fits the city's priorities; no council decision or strategy document is cited, so 4.",
    },

    // ---- ICLEI ----
    {
      place: "bergen",
      org: "iclei",
      criterion: "participation",
      score: 4,
      quote: "Bergen kommune har deltatt aktivt i nettverket",
      note: "'Har deltatt aktivt' is the rubric's 'active', though no group or project is named; no office held.",
    },
    {
      place: "bergen",
      org: "iclei",
      criterion: "learning",
      score: 3,
      quote: "opplever gode diskusjoner og faglig utbytte i samarbeidet",
      note: "Good discussions and professional benefit is useful exchange; it is not called important for the city's work nor tied to any change, so 3.",
    },

    // ---- ICA ----
    {
      place: "bergen",
      org: "ica",
      criterion: "participation",
      score: 4,
      quote:
        'Bergen kommune deltar aktiv i samarbeidet i hovedsak i underseksjon for "Local, Municipal and Territorial Archives".',
      note: "Active in a named subsection, i.e. contributing in a group; the office it held is in the past ('tidligere hatt verv'), so not 5 now.",
    },
    {
      place: "bergen",
      org: "ica",
      criterion: "learning",
      score: 4,
      quote: "Organisasjonen er viktig for fagutvikling, læring og kontaktflate.",
      note: "'Important for professional development, learning and contacts' = 4.",
    },

    // ---- ICORN ----
    {
      place: "bergen",
      org: "icorn",
      criterion: "participation",
      score: 5,
      quote:
        "Biblioteksjefen har tidligere sittet i det internasjonale styret, og er nå i valgkomiteen til det internasjonale styret.",
      note: "The head of the library now sits on the international board's nominating committee (after an earlier board seat): an office held.",
    },
    {
      place: "bergen",
      org: "icorn",
      criterion: "learning",
      score: 3,
      quote:
        "Organisasjonen tilbyr et faglig nettverk for byene, men også et sosialt og faglig nettverk for forfatterne.",
      note: "It offers the cities a professional network, a useful exchange, with nothing said about what the city learns or applies.",
    },

    // ---- Intercultural Cities ----
    {
      place: "bergen",
      org: "intercultural-cities",
      criterion: "participation",
      score: 4,
      quote:
        "Bergen kommune deltar aktivt i arbeidet, og har bidratt med faglige innlegg og innspill til politikkutvikling.",
      note: "Active participation with concrete contributions (presentations, policy input); no office or hosting named.",
    },
    {
      place: "bergen",
      org: "intercultural-cities",
      criterion: "influence",
      score: 5,
      quote:
        "På inkluderingsfeltet er organisasjonen den arena som er best egnet for gjennomslagskraft på europeisk politikk.",
      note: "'The arena best suited for influence on European policy' in its field is a leading voice towards Europe.",
    },

    // ---- IFLA ----
    {
      place: "bergen",
      org: "ifla",
      criterion: "participation",
      score: 4,
      quote:
        "bidrar aktivt i nettverket, blant annet gjennom deltakelse på årlige samlinger og utvikling av organisasjonen i underliggende komiteer",
      note: "Active contribution at annual gatherings and in committees; no seat, chair or office is named, so 4.",
    },
    {
      place: "bergen",
      org: "ifla",
      criterion: "learning",
      score: 4,
      quote: "Organisasjonen er viktig for faglig utvikling og oppdatering",
      note: "'Important for professional development and keeping up to date' = 4.",
    },

    // ---- IWA ----
    {
      place: "bergen",
      org: "iwa",
      criterion: "participation",
      score: 5,
      quote: "I Norge er det en nasjonalkomite som er ledet av Bergen kommune.",
      note: "Bergen leads IWA's Norwegian national committee and hosts meetings in rotation: leading and hosting.",
    },
    {
      place: "bergen",
      org: "iwa",
      criterion: "learning",
      score: 4,
      quote: "vil være bredt representert, da dette er en faglig viktig organisasjon",
      note: "'A professionally important organisation' is the level of 'important for professional development'; no change or project is reported, so 4.",
    },

    // ---- Inter-Nordic camp school, teacher exchange and school leaders' forum ----
    {
      place: "bergen",
      org: "internordic-schools",
      criterion: "participation",
      score: 5,
      quote:
        "Bergen kommune deltar aktivt i arbeidet, og er vertskap for møter etter fast oppsatt rullering.",
      note: "Active participation and hosting meetings in a fixed rotation: hosting = 5.",
    },
    {
      place: "bergen",
      org: "internordic-schools",
      criterion: "learning",
      score: 4,
      quote:
        "Samarbeidet oppleves som nyttig for faglig utvikling, og et viktig ledd i å styrke det fellesnordiske arbeidet.",
      note: "Useful for the professional development of the city's teachers and school leaders, who take part directly: knowledge used in the city's work.",
    },
    {
      place: "bergen",
      org: "internordic-schools",
      criterion: "travel",
      score: 2,
      quote: "Det er årlige samlinger hos en av de fem skoleeierne.",
      note: "Yearly gatherings rotate among five Nordic school owners (Sydslesvig, Göteborg, Århus, Åbo, Bergen): short trips within the Nordics.",
    },

    // ---- Memory of the World ----
    {
      place: "bergen",
      org: "memory-of-the-world",
      criterion: "positioning",
      score: 5,
      quote:
        "Medlemskapet er først og fremst en status gitt av UNESCO, noe som setter Bergen og Lepramuseet på verdenskartet.",
      note: "A UNESCO status that 'puts Bergen on the world map', seen in interest from international delegations, is a strong international label.",
    },
  ],
};
