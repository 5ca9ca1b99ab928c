import { dataSheet } from "../../src/core/team-data/data-sheet";
import { readDataSheet, type DataRead } from "../../src/core/team-data/read-data";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import * as fn from "../../src/functions/functions";
import { useWorkbookData } from "../../src/functions/dataset";
import { EditableSheet } from "../helpers/sheet-edits";

// The team's own data: rows in the workbook's CityNet data sheet add organisations and cities, record
// membership events and correct facts; the functions answer from them, saying so in NETWORK_SOURCE;
// a bad row is named and never breaks the others.

afterEach(() => useWorkbookData([])); // the functions go back to the bundled dataset

/** The data sheet (Norwegian) with rows typed under its headings, from row 6. */
function sheetWith(rows: unknown[][]): EditableSheet {
  const s = new EditableSheet(descriptionToSnapshot(dataSheet("nb"), "CityNet-data"));
  rows.forEach((line, i) => {
    const row = (s.values[5 + i] ??= []);
    const marks = (s.formulas[5 + i] ??= []);
    line.forEach((v, c) => {
      row[c] = v;
      marks[c] = false;
    });
  });
  return s;
}

const read = (s: EditableSheet, lang: "en" | "nb" = "en") =>
  readDataSheet(s.snapshot(), lang) as DataRead;

const ROWS = [
  // kind, organisation, city, what, value, year, document, quote, by, on
  [
    "Medlemskapshendelse",
    "EUROCITIES",
    "Bergen",
    "vedtatt utmelding",
    null,
    2026,
    "Bystyresak 12/2026",
    "Bystyret vedtok å melde Bergen ut av EUROCITIES",
    "Anne",
    "2026-11-02",
  ],
  [
    "Faktum",
    "Eurocities",
    null,
    "medlemmer",
    "about 200 members",
    2026,
    "eurocities.eu",
    "Over 200 cities in 38 countries",
    "Per",
    46328,
  ],
  [
    "Organisasjon",
    "Nordic Urban Lab",
    null,
    "network",
    "NUL",
    null,
    "Invitation letter",
    "Nettverk for nordiske byers innovasjonsenheter",
    "Anne",
    "2026-10-01",
  ],
  [
    "By",
    null,
    "Bodø",
    "municipality",
    "NO",
    null,
    "",
    "Vertskommune for NUL-møtet 2025",
    "Anne",
    "2026-10-01",
  ],
  [
    "Medlemskapshendelse",
    "NUL",
    "Bodø",
    "meldt inn",
    null,
    2025,
    "NUL annual report",
    "Bodø joined in 2025",
    "Anne",
    "2026-10-01",
  ],
];

test("an empty data sheet reads with nothing and no problem", () => {
  const r = read(new EditableSheet(descriptionToSnapshot(dataSheet("sv"), "CityNet-data")));
  expect(r).toMatchObject({ sheet: "CityNet-data", lang: "sv", statements: [], problems: [] });
  // A new row goes under the headings (row 6), into the table's blank first row.
  expect(r.layout).toMatchObject({ headerRow: 4, freeRow: 5 });
});

test("rows add a decision, a fact, an organisation and a city; the functions answer from them", () => {
  const r = read(sheetWith(ROWS));
  expect(r.problems).toEqual([]);
  expect(r.layout!.freeRow).toBe(5 + ROWS.length);
  expect(r.statements.map((s) => s.kind)).toEqual([
    "event",
    "fact",
    "organisation",
    "city",
    "event",
  ]);
  expect(fn.networkStatus("Bergen", "EUROCITIES")).toBe("Member");
  const used = useWorkbookData([r]);
  expect(used).toEqual({ problems: [], changed: true });
  expect(fn.networkStatus("Bergen", "EUROCITIES")).toBe("Leaving");
  expect(fn.networkStatus("Bergen", "EUROCITIES", 2025)).toBe("Member");
  expect(fn.networkInfo("EUROCITIES", "members")).toBe("about 200 members");
  expect(fn.networkSource("Bergen", "EUROCITIES")).toBe(
    "this workbook, CityNet-data row 6, entered by Anne on 2026-11-02 (Bystyresak 12/2026): «Bystyret vedtok å melde Bergen ut av EUROCITIES»"
  );
  expect(fn.networkStatus("Bodø", "NUL")).toBe("Member");
  expect(fn.networkSince("Bodø", "Nordic Urban Lab")).toBe(2025);
  expect(fn.cityList("Bodø")).toEqual([["Bodø", "NO", "municipality"]]);
  expect(fn.networkInfo("NUL", "description")).toBe(
    "Nettverk for nordiske byers innovasjonsenheter"
  );
  // An Excel date (46328) is read as the date it is.
  expect(r.statements[1].enteredOn).toBe("2026-11-02");
  // The same rows again change nothing.
  expect(useWorkbookData([r]).changed).toBe(false);
});

test("bad rows are named by sheet and cell and left out; the good rows still count", () => {
  const rows = [
    ...ROWS.slice(0, 1),
    ["Nyhet", "UBC", "Bergen", null, null, null, null, "x", null, null],
    [
      "Faktum",
      "METREX",
      null,
      "medlemmer",
      "mange",
      null,
      "",
      "Mange medlemmer",
      "Per",
      "2026-11-02",
    ],
    [
      "Medlemskapshendelse",
      "Eurocitiez",
      "Bergen",
      "meldt ut",
      null,
      2026,
      "",
      "Meldt ut",
      "Per",
      "2026-11-02",
    ],
    [
      "Medlemskapshendelse",
      "UBC",
      "Bergen",
      "meldt ut",
      null,
      "i fjor",
      "",
      "Meldt ut",
      "Per",
      "2026-11-02",
    ],
    ["Faktum", "UBC", null, "farge", "blå", null, "", "Logoen er blå", "Per", "2. november"],
    ["Medlemskapshendelse", "UBC", "Bergen", "meldt ut", null, 2026, "", "", "Per", "2026-11-02"],
    [
      "Organisasjon",
      "Union of the Baltic Cities",
      null,
      null,
      null,
      null,
      "",
      "Finnes allerede",
      "Per",
      "2026-11-02",
    ],
  ];
  const r = read(sheetWith(rows), "nb");
  const used = useWorkbookData([r], "nb");
  const all = [...used.problems].map((p) => [`${p.sheet}!${p.cell}`, p.severity, p.message]);
  expect(all).toEqual([
    [
      "CityNet-data!A7",
      "error",
      "«Nyhet» er ikke en type utsagn: skriv «Organisasjon», «By», «Medlemskapshendelse», «Faktum».",
    ],
    [
      "CityNet-data!F10",
      "error",
      "«i fjor» er ikke et årstall: skriv et helt år som 2026, eller la det stå tomt for året det ble ført inn.",
    ],
    [
      "CityNet-data!J11",
      "error",
      "«2. november» er ikke en dato: skriv datoen det ble ført inn (2026-11-02).",
    ],
    [
      "CityNet-data!H12",
      "error",
      "Denne raden trenger kilden sin: et sitat fra dokumentet, eller et notat på minst tre tegn.",
    ],
    [
      "CityNet-data!B13",
      "warning",
      "«Union of the Baltic Cities» er allerede i datasettet som Union of the Baltic Cities: denne raden legger ikke til noe; rader om den bruker den.",
    ],
    [
      "CityNet-data!E8",
      "error",
      "«mange» er ikke en verdi for «medlemmer»: skriv antall medlemmer, som 145 eller «about 200 members».",
    ],
    [
      "CityNet-data!B9",
      "error",
      "«Eurocitiez» er ikke en organisasjon CityNet kjenner (EUROCITIES?). Legg den til i en egen rad først.",
    ],
  ]);
  // The good row still counts.
  expect(fn.networkStatus("Bergen", "EUROCITIES")).toBe("Leaving");
  expect(fn.networkStatus("Bergen", "UBC")).toBe("Leaving"); // unchanged by the bad rows
});

test("the data sheet is found by its names after rows and columns are inserted", () => {
  const s = sheetWith(ROWS);
  s.insertRows(0, 2).insertColumns(0).insertRows(9);
  const r = read(s);
  expect(r.problems).toEqual([]);
  expect(r.statements).toHaveLength(5);
  expect(r.statements[0]).toMatchObject({ kind: "event", city: "Bergen", sheetRow: 7 });
});
