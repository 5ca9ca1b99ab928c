import type { PlaceIdentity } from "../core/model";

// Every city, municipality, county and region the documents name as a member, partner or twin city.
// Names: the local name first; aliases cover the spellings users type (Gøteborg/Göteborg/Gothenburg).
export const PLACES = [
  // Norway
  { id: "bergen", name: "Bergen", country: "NO", kind: "municipality", names: { en: ["Bergen"], nb: ["Bergen", "Bergen kommune"], sv: ["Bergen"] }, aliases: ["Bjørgvin"], parent: "vestland" },
  { id: "oslo", name: "Oslo", country: "NO", kind: "municipality", names: { en: ["Oslo"], nb: ["Oslo", "Oslo kommune"], sv: ["Oslo"] }, aliases: [] },
  { id: "stavanger", name: "Stavanger", country: "NO", kind: "municipality", names: { en: ["Stavanger"], nb: ["Stavanger", "Stavanger kommune"], sv: ["Stavanger"] }, aliases: [] },
  { id: "akershus", name: "Akershus", country: "NO", kind: "county", names: { en: ["Akershus County Council", "Akershus"], nb: ["Akershus fylkeskommune", "Akershus"], sv: ["Akershus"] }, aliases: ["Akershus county"] },
  { id: "ostfold", name: "Østfold", country: "NO", kind: "county", names: { en: ["Østfold County Council", "Ostfold"], nb: ["Østfold fylkeskommune", "Østfold"], sv: ["Östfold"] }, aliases: ["Østfold county"] },
  { id: "horten", name: "Horten", country: "NO", kind: "municipality", names: { en: ["Horten"], nb: ["Horten kommune", "Horten"], sv: ["Horten"] }, aliases: [] },
  { id: "vestland", name: "Vestland", country: "NO", kind: "county", names: { en: ["Vestland County Council", "Vestland"], nb: ["Vestland fylkeskommune", "Vestland"], sv: ["Vestland"] }, aliases: ["Vestland county"] },
  // Sweden
  { id: "stockholm", name: "Stockholm", country: "SE", kind: "municipality", names: { en: ["Stockholm"], nb: ["Stockholm"], sv: ["Stockholm", "Stockholms stad"] }, aliases: ["City of Stockholm"] },
  { id: "goteborg", name: "Göteborg", country: "SE", kind: "municipality", names: { en: ["Gothenburg"], nb: ["Gøteborg"], sv: ["Göteborg", "Göteborgs stad"] }, aliases: ["Goteborg", "Goeteborg"] },
  { id: "malmo", name: "Malmö", country: "SE", kind: "municipality", names: { en: ["Malmo"], nb: ["Malmö"], sv: ["Malmö", "Malmö stad"] }, aliases: ["Malmoe"] },
  // Denmark, Finland, Iceland
  { id: "aarhus", name: "Aarhus", country: "DK", kind: "municipality", names: { en: ["Aarhus"], nb: ["Århus", "Aarhus"], sv: ["Århus"] }, aliases: ["Arhus"] },
  { id: "turku", name: "Turku", country: "FI", kind: "city", names: { en: ["Turku"], nb: ["Åbo", "Turku"], sv: ["Åbo"] }, aliases: ["Åbo/Turku", "Abo"] },
  { id: "reykjavik", name: "Reykjavík", country: "IS", kind: "city", names: { en: ["Reykjavik"], nb: ["Reykjavik"], sv: ["Reykjavik"] }, aliases: ["Reykjavík"] },
  { id: "sydslesvig", name: "Sydslesvig", country: "DE", kind: "region", names: { en: ["South Schleswig"], nb: ["Sydslesvig"], sv: ["Sydslesvig"] }, aliases: ["Südschleswig", "Southern Schleswig"] },
  // Twin cities and bilateral partners beyond the Nordics
  { id: "newcastle", name: "Newcastle upon Tyne", country: "GB", kind: "city", names: { en: ["Newcastle upon Tyne", "Newcastle"], nb: ["Newcastle"], sv: ["Newcastle"] }, aliases: [] },
  { id: "seattle", name: "Seattle", country: "US", kind: "city", names: { en: ["Seattle"], nb: ["Seattle"], sv: ["Seattle"] }, aliases: [] },
  { id: "kaliningrad", name: "Kaliningrad", country: "RU", kind: "city", names: { en: ["Kaliningrad"], nb: ["Kaliningrad"], sv: ["Kaliningrad"] }, aliases: ["Königsberg"] },
  { id: "vilnius", name: "Vilnius", country: "LT", kind: "city", names: { en: ["Vilnius"], nb: ["Vilnius"], sv: ["Vilnius"] }, aliases: [] },
  { id: "warszawa", name: "Warszawa", country: "PL", kind: "city", names: { en: ["Warsaw"], nb: ["Warszawa", "Warsjawa"], sv: ["Warszawa"] }, aliases: ["Warschau"] },
  { id: "st-petersburg", name: "Saint Petersburg", country: "RU", kind: "city", names: { en: ["Saint Petersburg", "St. Petersburg"], nb: ["St. Petersburg", "Sankt Petersburg"], sv: ["Sankt Petersburg"] }, aliases: ["St Petersburg", "Sankt-Peterburg"] },
  { id: "shanghai", name: "Shanghai", country: "CN", kind: "city", names: { en: ["Shanghai"], nb: ["Shanghai"], sv: ["Shanghai"] }, aliases: [] },
  // CatchMR partners
  { id: "wien", name: "Wien", country: "AT", kind: "city", names: { en: ["Vienna"], nb: ["Wien"], sv: ["Wien"] }, aliases: [] },
  { id: "ljubljana", name: "Ljubljana", country: "SI", kind: "city", names: { en: ["Ljubljana"], nb: ["Ljubljana"], sv: ["Ljubljana"] }, aliases: [] },
  { id: "budapest", name: "Budapest", country: "HU", kind: "city", names: { en: ["Budapest"], nb: ["Budapest"], sv: ["Budapest"] }, aliases: [] },
  { id: "roma", name: "Roma", country: "IT", kind: "city", names: { en: ["Rome"], nb: ["Roma"], sv: ["Rom"] }, aliases: [] },
  { id: "berlin", name: "Berlin", country: "DE", kind: "city", names: { en: ["Berlin"], nb: ["Berlin"], sv: ["Berlin"] }, aliases: [] },
  // Music Cities Network members
  { id: "hamburg", name: "Hamburg", country: "DE", kind: "city", names: { en: ["Hamburg"], nb: ["Hamburg"], sv: ["Hamburg"] }, aliases: [] },
  { id: "groningen", name: "Groningen", country: "NL", kind: "city", names: { en: ["Groningen"], nb: ["Groningen"], sv: ["Groningen"] }, aliases: [] },
  { id: "manchester", name: "Manchester", country: "GB", kind: "city", names: { en: ["Manchester"], nb: ["Manchester"], sv: ["Manchester"] }, aliases: [] },
  { id: "nantes", name: "Nantes", country: "FR", kind: "city", names: { en: ["Nantes"], nb: ["Nantes"], sv: ["Nantes"] }, aliases: [] },
  { id: "sydney", name: "Sydney", country: "AU", kind: "city", names: { en: ["Sydney"], nb: ["Sydney"], sv: ["Sydney"] }, aliases: [] },
  // Named as office holders or initiators of networks
  { id: "athens", name: "Athína", country: "GR", kind: "city", names: { en: ["Athens"], nb: ["Athen"], sv: ["Aten"] }, aliases: ["Athina"] },
  { id: "barcelona", name: "Barcelona", country: "ES", kind: "city", names: { en: ["Barcelona"], nb: ["Barcelona"], sv: ["Barcelona"] }, aliases: [] },
  { id: "istanbul", name: "İstanbul", country: "TR", kind: "city", names: { en: ["Istanbul"], nb: ["Istanbul"], sv: ["Istanbul"] }, aliases: [] },
  { id: "paris", name: "Paris", country: "FR", kind: "city", names: { en: ["Paris"], nb: ["Paris"], sv: ["Paris"] }, aliases: [] },
  { id: "new-york", name: "New York City", country: "US", kind: "city", names: { en: ["New York City", "New York"], nb: ["New York"], sv: ["New York"] }, aliases: ["NYC"] },
  { id: "ile-de-france", name: "Île-de-France", country: "FR", kind: "region", names: { en: ["Île-de-France", "Paris Region"], nb: ["Île-de-France"], sv: ["Île-de-France", "Parisregionen"] }, aliases: ["Ile de France"] },
  // @bergen-additions
  // @stockholm-additions
  // @oslo-additions
] as const satisfies readonly PlaceIdentity[];

export type PlaceId = (typeof PLACES)[number]["id"];
