import { cityCard, organisationCard } from "../../src/core/pane/fact-card";
import { formatCitation } from "../../src/core/format";
import {
  approximateDate,
  sourceDetails,
  sourceName,
  sourcePublisher,
} from "../../src/core/words/sources";
import { bundled } from "../helpers/dataset";

// Sources are named by publisher, title and year in the reader's language; the hashed file name is
// only in the details line.

const ds = bundled();
const bergen = ds.sources.get("bergen-2020")!;
const metro = ds.sources.get("metro-notes")!;
const stockholm = ds.sources.get("stockholm-2011")!;

describe("a source by publisher, title and year", () => {
  test("in English, Norwegian and Swedish", () => {
    expect(sourceName(bergen, "en")).toBe(
      'Bergen kommune, "Gjennomgang av kommunens internasjonale samarbeidsarenaer" (c. 2020–2021)'
    );
    expect(sourceName(bergen, "nb")).toBe(
      "Bergen kommune, «Gjennomgang av kommunens internasjonale samarbeidsarenaer» (ca. 2020–2021)"
    );
    expect(sourceName(stockholm, "sv")).toBe(
      "Stockholms stad, stadsledningskontoret, ”Rapport avseende stadens engagemang i stadsövergripande internationella organisationer” (ca 2010–2011)"
    );
  });

  test("a publisher the dataset can only describe is described in the reader's language", () => {
    expect(sourcePublisher(metro, "en")).toBe(
      "A Norwegian municipality or county in the Oslo area"
    );
    expect(sourcePublisher(metro, "nb")).toBe(
      "En norsk kommune eller fylkeskommune i Oslo-området"
    );
    expect(sourcePublisher(metro, "sv")).toBe("En norsk kommun eller fylkeskommun i Osloområdet");
    // A named publisher loses its English description.
    expect(sourcePublisher(bergen, "nb")).toBe("Bergen kommune");
  });

  test("circa as each language writes it; other text unchanged", () => {
    expect(approximateDate("c. 2008", "nb")).toBe("ca. 2008");
    expect(approximateDate("c. 2015–2017", "sv")).toBe("ca 2015–2017");
    expect(approximateDate("c. 2015–2017", "en")).toBe("c. 2015–2017");
    expect(approximateDate("2024-05-02", "nb")).toBe("2024-05-02");
    expect(approximateDate("Bergen kommune, c. 2020–2021; Oslo kommune, c. 2012", "nb")).toBe(
      "Bergen kommune, ca. 2020–2021; Oslo kommune, ca. 2012"
    );
  });

  test("the file is only in the details line", () => {
    expect(formatCitation(bergen, "Bystyret har vedtatt", "nb")).toBe(
      "Bergen kommune, «Gjennomgang av kommunens internasjonale samarbeidsarenaer» (ca. 2020–2021): «Bystyret har vedtatt»"
    );
    expect(sourceDetails(bergen, "nb")).toBe("Fil: 003_e567d6f39c3cc0f4.txt");
    expect(sourceDetails(bergen, "en")).toBe("File: 003_e567d6f39c3cc0f4.txt");
  });

  test("a workbook's own data row is cited as before, with no details line", () => {
    const row = {
      ...bergen,
      id: "workbook-data-row-6",
      file: "CityNet data row 6",
      workbook: {
        sheet: "CityNet data",
        row: 6,
        enteredBy: "Anne",
        enteredOn: "2025-03-01",
        document: "Bystyresak 12/25",
      },
    };
    expect(formatCitation(row, "Vedtatt", "nb")).toBe(
      "this workbook, CityNet data row 6, entered by Anne on 2025-03-01 (Bystyresak 12/25): «Vedtatt»"
    );
    expect(sourceDetails(row, "nb")).toBe("");
  });
});

describe("the Data view's models cite in the reader's language, the file folded away", () => {
  test("a city's history", () => {
    const ubc = cityCard(ds, ds.placeById.get("bergen")!, "nb").memberships.find(
      (m) => m.network === "Union of the Baltic Cities"
    )!;
    const decided = ubc.events[ubc.events.length - 1];
    expect(decided.citation).toBe(
      "Bergen kommune, «Gjennomgang av kommunens internasjonale samarbeidsarenaer» (ca. 2020–2021): «Bystyret har vedtatt å avslutte medlemskapet»"
    );
    expect(decided.details).toBe("Fil: 003_e567d6f39c3cc0f4.txt");
  });

  test("an organisation's facts", () => {
    const statements = organisationCard(ds, ds.orgById.get("eurocities")!, "sv").facts.flatMap(
      (f) => f.sources
    );
    expect(statements.length).toBeGreaterThan(5);
    for (const f of statements) {
      expect(f.citation).not.toMatch(/\.txt/);
      expect(f.citation).toMatch(/ \(ca \d{4}(–\d{4})?\): «/);
      expect(f.details).toMatch(/^Fil: \d{3}_[0-9a-f]{16}\.txt$/);
    }
  });
});
