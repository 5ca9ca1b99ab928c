import type { ScoreDocument } from "../document";

// 001_92a00ac08a6ed3d8.txt: the scores Stockholm's own words imply for EUROCITIES, Metropolis, UCLG and C40.
// Criteria the report does not speak to for an organisation are left out (blank = not assessed).
// Sentences the report says of "Metropolis och UCLG" together are used for both.
export const stockholm2011Scores: ScoreDocument = {
  source: "stockholm-2011",
  scores: [
    // ---- EUROCITIES ----
    {
      place: "stockholm",
      org: "eurocities",
      criterion: "participation",
      score: 5,
      quote:
        "Stockholm innehaft ordförandeskapet för EUROCITIES Social Affairs Forum under 2009 och 2010.",
      note: "The city chaired a forum and holds a board seat, which is the rubric's 'leading: holds offices, chairs'.",
    },
    {
      place: "stockholm",
      org: "eurocities",
      criterion: "operations",
      score: 4,
      quote:
        "utbildningsförvaltningen, stadsbyggnadskontoret, kulturförvaltningen och miljöförvaltningen haft stor nytta av deltagandet i EUROCITIES forum och arbetsgrupper",
      note: "Four named departments (besides social services) have had great benefit, i.e. a clear benefit for several departments rather than one.",
    },
    {
      place: "stockholm",
      org: "eurocities",
      criterion: "positioning",
      score: 4,
      quote: "Genom EUROCITIES bredd får staden en möjlighet att positionera sig",
      note: "The network gives the city a way to position itself and show its own work across its fields, a clear profile, though the text names no label or standout international profile.",
    },
    {
      place: "stockholm",
      org: "eurocities",
      criterion: "monitoring",
      score: 4,
      quote: "hämta hem kunskap och påverka inom stadens verksamhetsområden",
      note: "Bringing knowledge home across the city's fields, via a network in close contact with senior EU officials, reads as good information, but the text does not say it arrives first-hand or early.",
    },
    {
      place: "stockholm",
      org: "eurocities",
      criterion: "influence",
      score: 5,
      quote:
        "staden en stark röst gentemot EU-institutionerna och en stor möjlighet att kunna påverka",
      note: "A 'strong voice towards the EU institutions' as a board member is the rubric's leading voice towards the EU.",
    },
    {
      place: "stockholm",
      org: "eurocities",
      criterion: "learning",
      score: 3,
      quote: "erbjuder en arena att lära av andra städers goda exempel",
      note: "An arena to learn from other cities is useful exchange of experience; the report itself calls using and spreading that knowledge in the city's services a challenge, so it does not yet read as knowledge clearly used.",
    },
    // ---- Metropolis ----
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "participation",
      score: 5,
      quote:
        "fick staden förnyat förtroende som styrelseledamot för perioden 2009-2011. Styrelseposten innehas av finansborgarrådet.",
      note: "The city holds a board seat, which is literally the rubric's 'holds offices', although the same report says it has not worked actively in any committee in the last two years.",
    },
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "operations",
      score: 2,
      quote:
        "inte ger varken önskad verksamhetsnytta, positionering eller påverkansmöjligheter i den utsträckning som man kan önska",
      note: "Operational benefit is not given 'to the extent one could wish', which means some but little, not none.",
    },
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "positioning",
      score: 2,
      quote:
        "inte ger varken önskad verksamhetsnytta, positionering eller påverkansmöjligheter i den utsträckning som man kan önska",
      note: "Positioning falls short of what is wished for, i.e. little visibility rather than none.",
    },
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "influence",
      score: 2,
      quote:
        "förhandlas också en del av de viktigaste besluten fram inom en sluten krets innan styrelsemöten",
      note: "Key decisions are negotiated in a closed circle before board meetings, the rubric's 'decisions are made elsewhere'.",
    },
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "monitoring",
      score: 2,
      quote:
        "det kontaktnätverk som erbjuds går också att kompensera för genom andra kontaktytor som staden har tillgång till",
      note: "The contacts are still 'usable' but can be had through other channels, the rubric's 'little, mostly available elsewhere'.",
    },
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "fit",
      score: 1,
      quote:
        "det ligger inte i linje med stadens inriktningsmål, Vision 2030 eller den internationella strategin",
      note: "The focus on development cooperation is explicitly not in line with the city's goals, Vision 2030 or its international strategy.",
    },
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "resources",
      score: 5,
      quote: "har man avböjt med hänvisning till att det kräver för stora resurser",
      note: "Departments declined places in working groups because they take 'too great resources', more than the city can prioritise.",
    },
    {
      place: "stockholm",
      org: "metropolis",
      criterion: "travel",
      score: 5,
      quote:
        "det är svårt att prioritera de ofta långa resorna som UCLG:s och Metropolis årsmöten och konferenser innebär",
      note: "The often long journeys to annual meetings (world congresses in Sydney, Porto Alegre) are long intercontinental trips that politicians and departments ('för långa resor') find too long.",
    },
    // ---- UCLG ----
    {
      place: "stockholm",
      org: "uclg",
      criterion: "participation",
      score: 5,
      quote:
        "sitter sedan 2007 med både i fullmäktige och i styrelsen. Stockholm är även sedan dess vice ordförande i UCLG:s kulturkommitté",
      note: "Seats on the council and the board and a committee vice-chair are offices held, although departments declined places in working groups and committees.",
    },
    {
      place: "stockholm",
      org: "uclg",
      criterion: "operations",
      score: 2,
      quote:
        "inte ger varken önskad verksamhetsnytta, positionering eller påverkansmöjligheter i den utsträckning som man kan önska",
      note: "Said of Metropolis and UCLG together: operational benefit is short of what is wished for, i.e. little rather than none.",
    },
    {
      place: "stockholm",
      org: "uclg",
      criterion: "positioning",
      score: 2,
      quote:
        "inte ger varken önskad verksamhetsnytta, positionering eller påverkansmöjligheter i den utsträckning som man kan önska",
      note: "Said of Metropolis and UCLG together: positioning falls short of what is wished for, i.e. little visibility.",
    },
    {
      place: "stockholm",
      org: "uclg",
      criterion: "influence",
      score: 2,
      quote: "beslutet redan var fattat innan den allmänna röstningen skulle ske vid World Council",
      note: "The president was chosen before the vote, a democratic deficit: decisions are made elsewhere, so the city's voice in the network is small.",
    },
    {
      place: "stockholm",
      org: "uclg",
      criterion: "monitoring",
      score: 2,
      quote:
        "det kontaktnätverk som erbjuds går också att kompensera för genom andra kontaktytor som staden har tillgång till",
      note: "Said of UCLG and Metropolis: the contacts can be had through other channels (the city is also in UCLG through SKL), i.e. mostly available elsewhere.",
    },
    {
      place: "stockholm",
      org: "uclg",
      criterion: "fit",
      score: 1,
      quote:
        "Inriktningen för organisationerna med betoning på utvecklingssamarbete ligger inte heller i linje med stadens inriktningsmål",
      note: "The development-cooperation focus of the organisations is explicitly not in line with the city's goals, Vision 2030 or its international strategy.",
    },
    {
      place: "stockholm",
      org: "uclg",
      criterion: "resources",
      score: 5,
      quote: "har man avböjt med hänvisning till att det kräver för stora resurser",
      note: "Said of Metropolis' and UCLG's working groups: taking part takes 'too great resources', more than the city can prioritise.",
    },
    {
      place: "stockholm",
      org: "uclg",
      criterion: "travel",
      score: 5,
      quote:
        "har man avböjt med hänvisning till att det kräver för stora resurser och att det innebär för långa resor",
      note: "Taking part means 'too long journeys' (the UCLG world congress was in Mexico City), long intercontinental trips.",
    },
    // ---- C40 ----
    {
      place: "stockholm",
      org: "c40",
      criterion: "participation",
      score: 3,
      quote:
        "I dagsläget deltar staden med jämna mellanrum vid de seminarier och konferenser som C40 anordnar.",
      note: "'Med jämna mellanrum' (at regular intervals) at seminars and conferences is regular attendance, with no office or group work and room to 'engage even more'.",
    },
    {
      place: "stockholm",
      org: "c40",
      criterion: "operations",
      score: 3,
      quote:
        "ett bra världsomspännande kontaktnätverk för stadens politiker och de verksamheter som arbetar med hållbarhetsfrågor",
      note: "The benefit named is a contact network for the departments working on sustainability, i.e. some benefit within one field rather than across departments.",
    },
    {
      place: "stockholm",
      org: "c40",
      criterion: "positioning",
      score: 4,
      quote:
        "C40 är ett framgångsrikt internationellt erkänt nätverk som staden kan använda för kunskapsinhämtning och för positionering inom miljöområdet.",
      note: "An internationally recognised network for positioning in the environmental field is a clear profile in the field.",
    },
    {
      place: "stockholm",
      org: "c40",
      criterion: "monitoring",
      score: 4,
      quote:
        "finns goda möjligheter för kunskapsinhämtning och för positionering inom miljö- och klimatområdet",
      note: "'Good opportunities' for gathering knowledge in a high-quality network of the largest cities is good information, without a claim of first-hand or early access.",
    },
    {
      place: "stockholm",
      org: "c40",
      criterion: "fit",
      score: 4,
      quote:
        "vilket överensstämmer med den inriktning som staden bestämt, nämligen att fortsätta vårda vår profil som miljöhuvudstad",
      note: "The network agrees with the direction the city has decided (its environmental-capital profile), i.e. it fits the strategy.",
    },
    {
      place: "stockholm",
      org: "c40",
      criterion: "learning",
      score: 3,
      quote:
        "en bra möjlighet till utbyte med de allra största städerna i världen när det gäller klimatarbete",
      note: "A good opportunity for exchange on climate work is useful exchange of experience; the text names no knowledge yet used in the city's work.",
    },
  ],
};
