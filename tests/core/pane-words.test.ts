import { ORG_FACT_FIELDS, type Fact, type MemberCount } from "../../src/core/model";
import { hasAnnotation } from "../../src/core/pane/annotations";
import { cityCard, membershipCard, organisationCard } from "../../src/core/pane/fact-card";
import {
  EVENT_WORDS,
  formatDecimal,
  formatLimit,
  formatMembers,
  formatShare,
  formatValue,
  formatYear,
  hasUnitWords,
} from "../../src/core/pane/words";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { bundled } from "../helpers/dataset";

// The pane's words for the dataset: numbers as Norwegians and Swedes write them, every English
// annotation of the bundled dataset translated, and the Data view's fact card.

const ds = bundled();

describe("numbers and years in the reader's language", () => {
  test("a decimal comma in Norwegian and Swedish", () => {
    expect(formatDecimal(1.6667, "nb")).toBe("1,67");
    expect(formatDecimal(1.6667, "sv")).toBe("1,67");
    expect(formatDecimal(1.6667, "en")).toBe("1.67");
    expect(formatValue(3, "nb")).toBe("3,00");
    expect(formatValue(null, "sv")).toBe("–");
  });
  test("shares as percentages with the reader's spacing", () => {
    expect(formatShare(0.5, "en")).toBe("50%");
    expect(formatShare(0.5, "nb")).toMatch(/^50\s%$/);
    expect(formatShare(2 / 3, "sv")).toMatch(/^67\s%$/);
  });
  test("a weight limit rounds outwards so that the sentence stays true", () => {
    expect(formatLimit(1.4286, "more", "en")).toBe("1.43");
    expect(formatLimit(0.5714, "less", "nb")).toBe("0,57");
    expect(formatLimit(1.4000000000002, "more", "sv")).toBe("1,4");
    expect(formatLimit(1.3999999999998, "less", "en")).toBe("1.4");
    expect(formatLimit(0.0123, "more", "en")).toBe("0.013");
    expect(formatLimit(0, "more", "nb")).toBe("0");
  });
  test("approximate years: c., ca., ca", () => {
    expect(formatYear(2020, true, "en")).toBe("c. 2020");
    expect(formatYear(2020, true, "nb")).toBe("ca. 2020");
    expect(formatYear(2020, true, "sv")).toBe("ca 2020");
    expect(formatYear(1991, false, "sv")).toBe("1991");
  });
  test("member counts", () => {
    const m: MemberCount = {
      count: 1450,
      qualifier: "more than",
      unit: "member cities",
      associates: 45,
      associatesUnit: "partner cities",
      countries: 39,
    };
    expect(formatMembers(m, "en")).toBe(
      "more than 1,450 member cities and 45 partner cities from 39 countries"
    );
    expect(formatMembers(m, "nb")).toMatch(
      /^mer enn 1\s450 medlemsbyer og 45 partnerbyer fra 39 land$/
    );
    expect(formatMembers({ count: 3, unit: "full member cities", area: "Sweden" }, "sv")).toBe(
      "3 fullvärdiga medlemsstäder i Sverige"
    );
  });
});

describe("every English annotation of the dataset has Norwegian and Swedish words", () => {
  const missing: string[] = [];
  const need = (text: string | undefined, what: string) => {
    if (text && !hasAnnotation(text)) missing.push(`${what}: ${text}`);
  };
  for (const m of ds.memberships.values()) {
    for (const e of m.events) {
      need(e.detail, "event detail");
      need(e.note, "event note");
    }
    for (const f of [...m.via, ...m.responsible]) need(f.value, "via/responsible");
    for (const f of [...m.via, ...m.responsible, ...m.assessment]) need(f.note, "note");
    for (const r of m.recommendations) need(r.text, "recommendation");
  }
  for (const o of ds.organisations) {
    need(o.note, "organisation note");
    for (const field of ORG_FACT_FIELDS)
      for (const f of o.facts[field] as Fact<unknown>[]) {
        need(f.note, `${field} note`);
        if (field === "secretariat" || field === "president") need(String(f.value), field);
        if (field === "members") {
          const c = f.value as MemberCount;
          for (const unit of [c.unit, c.associatesUnit, c.area])
            if (unit && !hasUnitWords(unit)) missing.push(`member count words: ${unit}`);
        }
      }
  }
  test("none missing", () => {
    expect(missing).toEqual([]);
  });
});

describe("the fact card", () => {
  const english = new Set([
    ...Object.values(EVENT_WORDS.en),
    ...Object.values(SHEET_WORDS.en.statuses),
    ...Object.values(SHEET_WORDS.en.recommendations),
  ]);

  test("EUROCITIES for a reader in Bergen, in Norwegian: the facts first, each once, sources behind", () => {
    const card = organisationCard(ds, ds.orgById.get("eurocities")!, "nb", "bergen");
    expect(card.kind).toBe("nettverk");
    expect(card.city).toMatchObject({ city: "Bergen", statusText: "Medlem", since: 2002 });
    expect(card.facts.map((f) => f.field)).toEqual([
      "founded",
      "members",
      "secretariat",
      "president",
      "scope",
      "themes",
      "url",
      "description",
    ]);
    const fact = (field: string) => card.facts.find((f) => f.field === field)!;
    expect(fact("founded").value).toBe("1986");
    expect(fact("members").value).toBe("145 byer og 45 partnerbyer fra 39 land");
    expect(fact("scope").value).toBe("Europa");
    expect(fact("secretariat").value).toBe("Brussel (36 ansatte)");
    // Every statement of each fact is behind it, newest first; the file only in the details line.
    const org = ds.orgById.get("eurocities")!;
    for (const f of card.facts) {
      expect(f.sources.length).toBe((org.facts[f.field] as unknown[]).length);
      for (const s of f.sources) {
        expect(s.citation).not.toMatch(/\.txt/);
        expect(s.details).toMatch(/^Fil: \d{3}_[0-9a-f]+\.txt$/);
      }
    }
    // The older count, which differs, is named with its own statement.
    expect(fact("members").sources.map((s) => s.text)).toContain(
      "130 medlemmer og 40 assosierte partnere fra 35 land"
    );
    // The description in Norwegian is the document's own words.
    expect(fact("description").value).toMatch(/^«.+»$/);
    expect(card.nordic.map((n) => `${n.city} ${n.statusText}`)).toEqual([
      "Bergen Medlem",
      "Göteborg Medlem",
      "Malmö Medlem",
      "Oslo Medlem",
      "Stavanger Assosiert medlem",
      "Stockholm Medlem",
    ]);
  });

  test("Bergen in UBC, in Swedish: status, events, notes and decision in Swedish", () => {
    const m = ds.memberships.get("bergen|ubc")!;
    const card = membershipCard(ds, m, "sv");
    expect(card.statusText).toBe("Lämnar");
    expect(card.events.map((e) => e.text)).toEqual([
      "Gick med: Medlem sedan grundandet",
      "Uppdrag: Sektionschefer i kommunen är kontaktpersoner i var och en av de sju kommissionerna",
      "Passivt deltagande",
      "Beslutat att lämna",
    ]);
    expect(card.events[3].note).toBe("Datum för beslutet anges inte.");
    expect(card.recommendations[0].text).toBe(
      "Lämna (fullmäktigebeslut): Fullmäktige beslutade att avsluta medlemskapet."
    );
    expect(card.events[0].when).toBe("1991");
    expect(card.events[2].when).toBe("ca 2020");
  });

  test("no English event word, status or recommendation in any Norwegian or Swedish history", () => {
    for (const lang of ["nb", "sv"] as const)
      for (const m of ds.memberships.values()) {
        const card = membershipCard(ds, m, lang);
        const words = [
          card.statusText,
          ...[...card.events, ...card.recommendations].map((e) => e.text.split(":")[0]),
        ];
        for (const w of words)
          expect({ lang, m: m.org.id, w, english: english.has(w) }).toEqual({
            lang,
            m: m.org.id,
            w,
            english: false,
          });
      }
  });

  test("a city's card: kind and country in the reader's words", () => {
    const card = cityCard(ds, ds.placeById.get("stockholm")!, "nb");
    expect(card.kind).toBe("kommune");
    expect(card.country).toBe("Sverige");
    expect(card.memberships.find((m) => m.orgId === "eurocities")?.statusText).toBe("Medlem");
  });
});
