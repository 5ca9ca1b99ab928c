import type { Dataset } from "../core/dataset";
import type { Lang } from "../core/model";
import { buildEvaluation } from "../core/scoring/evaluation";
import { resolveFramework } from "../core/scoring/framework-check";
import { reviewWorkbook } from "../core/sheet/review-workbook";
import { dataSheet } from "../core/team-data/data-sheet";
import { writeXlsx } from "../xlsx/write";

// `citynet export`: the review workbook the add-in would create, from the same sheet descriptions,
// written as .xlsx: summary, matrix, sources, and the team's data sheet.

export interface ExportOptions {
  city: string;
  framework?: string;
  lang: Lang;
  /** Organisations as typed ("EUROCITIES, UBC"); those the city is not in become candidates. */
  orgs?: string;
  /** Raters' names ("Anne, Per"): a team review. */
  raters?: string;
  aggregate?: "median" | "mean";
  includeSources?: boolean;
}

export function exportReview(
  ds: Dataset,
  o: ExportOptions
): { bytes: Uint8Array; sheet: string; rows: number } {
  const framework = resolveFramework(o.framework);
  let include: string[] | undefined;
  let candidates: string[] = [];
  if (o.orgs !== undefined) {
    const place = ds.placeNames.find(o.city.trim());
    const members = new Set(
      place ? (ds.membershipsByPlace.get(place.id) ?? []).map((m) => m.org.id) : []
    );
    const named = ds.orgNames.splitNames(o.orgs);
    // A name CityNet does not know is still a candidate: a city reviews networks it is not in.
    const ids = named.map((n) => ds.orgNames.find(n)?.id);
    include = named.filter((_, i) => ids[i] !== undefined && members.has(ids[i]!));
    candidates = named.filter((_, i) => !(ids[i] !== undefined && members.has(ids[i]!)));
  }
  const raters =
    o.raters === undefined
      ? undefined
      : o.raters
          .split(/[,;\n]/)
          .map((r) => r.trim())
          .filter(Boolean);
  const e = buildEvaluation(ds, o.city, framework, {
    include,
    candidates,
    raters,
    aggregate: o.aggregate,
    includeSources: o.includeSources,
  });
  // The summary, the matrix, its sources, and an empty CityNet data sheet, where the team adds and
  // corrects facts (core/team-data).
  const { sheets, matrix } = reviewWorkbook(ds, e, o.lang, [dataSheet(o.lang)]);
  return { bytes: writeXlsx(sheets), sheet: matrix.sheet, rows: e.rows.length };
}
