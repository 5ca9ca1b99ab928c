import { joinedYear, type Dataset } from "../dataset";
import { CityNetError, listWithOr } from "../errors";
import { compareNames } from "../format";
import { findMembership, resolveCity, resolveNetwork, type Cell } from "../queries";
import { describeValue } from "../resolver";
import type { ReadMatrix } from "../sheet/read-matrix";
import {
  evaluateRow,
  rowTypeFor,
  sourceScoresFor,
  weightedCriteria,
  type RowResult,
} from "./evaluation";
import { resolveFramework } from "./framework-check";
import { BUILT_IN_FRAMEWORKS, type Framework } from "./frameworks";
import { valueScore } from "./value";

// The scoring questions the custom functions ask: a membership's value and verdict from the best
// scores available, a value matrix across cities, and a weighted value of a row of scores.

export interface ScoreAnswer extends RowResult {
  /** Where the scores came from: a matrix sheet in this workbook, or the documents' words. */
  origin: { kind: "workbook"; sheet: string } | { kind: "sources" };
}

/**
 * The value of a city's membership: scored in a matrix of this workbook (same city and framework)
 * if there is one, else from the scores the documents imply.
 */
export function networkScore(
  ds: Dataset,
  cityArg: unknown,
  networkArg: unknown,
  frameworkArg: unknown,
  workbook: readonly (ReadMatrix & { sheet: string })[] = []
): ScoreAnswer {
  const place = resolveCity(ds, cityArg);
  const org = resolveNetwork(ds, networkArg);
  const framework = resolveFramework(frameworkArg);
  for (const m of workbook) {
    const e = m.evaluation;
    if (e.city.id !== place.id || e.framework.id !== framework.id) continue;
    const row = e.rows.find((r) => r.key === org.id);
    if (!row || row.scores.every((s) => s === null)) continue;
    return { ...evaluateRow(e, row), origin: { kind: "workbook", sheet: m.sheet } };
  }
  const membership = findMembership(ds, place, org);
  const scores = membership ? sourceScoresFor(ds, membership, framework).scores : [];
  if (!membership || scores.every((s) => s === null)) {
    throw new CityNetError(
      "no-data",
      `Nothing scores ${place.name} in ${org.name} with the ${framework.label.en} framework: no matrix in this workbook does, and the sources' words imply no score for its criteria.`
    );
  }
  const e = {
    framework,
    weights: framework.criteria.map((c) => c.weight),
    thresholds: framework.thresholds,
  };
  return {
    ...evaluateRow(e, { scores, type: rowTypeFor(membership.current.status) }),
    origin: { kind: "sources" },
  };
}

export const MEASURES = ["value", "status", "since"] as const;
export type Measure = (typeof MEASURES)[number];

/** Names from a range (any shape) or a comma- or semicolon-separated text; blanks dropped. */
export function nameList(value: unknown, argument: string): string[] {
  const items = Array.isArray(value) ? (value as unknown[][]).flat() : [value];
  const names: string[] = [];
  for (const item of items) {
    if (item === null || item === undefined || item === "") continue;
    if (typeof item !== "string")
      throw new CityNetError(
        "invalid",
        `The argument '${argument}' must hold names as text, not ${describeValue(item)}.`
      );
    names.push(
      ...item
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)
    );
  }
  return names;
}

/**
 * Organisations × cities with headers. A cell is the value score (the sources' scores), the status
 * or the year joined; where a city has no value, the status is shown instead. Networks left out: all
 * the cities' organisations.
 */
export function networkMatrix(
  ds: Dataset,
  citiesArg: unknown,
  networksArg: unknown,
  measureArg: unknown,
  framework: Framework = BUILT_IN_FRAMEWORKS[0]
): Cell[][] {
  const cities = nameList(citiesArg, "cities").map((c) => resolveCity(ds, c));
  if (cities.length === 0)
    throw new CityNetError(
      "invalid",
      "The argument 'cities' is empty: give one or more cities, as a range or as text like \"Bergen, Oslo\"."
    );
  let measure: Measure = "value";
  if (measureArg !== undefined && measureArg !== null && measureArg !== "") {
    const m = String(measureArg).trim().toLowerCase();
    if (typeof measureArg !== "string" || !(MEASURES as readonly string[]).includes(m)) {
      throw new CityNetError(
        "invalid",
        `Unknown measure '${String(measureArg)}'. Use ${listWithOr(MEASURES.map((x) => `"${x}"`))}.`
      );
    }
    measure = m as Measure;
  }
  const named = nameList(networksArg, "networks").map((n) => resolveNetwork(ds, n));
  const orgs =
    named.length > 0
      ? named
      : [
          ...new Set(
            cities.flatMap((c) => (ds.membershipsByPlace.get(c.id) ?? []).map((m) => m.org))
          ),
        ].sort((a, b) => compareNames(a.name, b.name));
  if (orgs.length === 0)
    throw new CityNetError(
      "no-data",
      `The sources record no organisations for ${listWithOr(cities.map((c) => c.name))}.`
    );
  const header: Cell[] = ["", ...cities.map((c) => c.name)];
  const rows = orgs.map((org) => [
    org.name,
    ...cities.map((city): Cell => {
      const m = findMembership(ds, city, org);
      if (!m) return measure === "status" ? "Not a member" : "";
      if (measure === "status") return m.current.status;
      if (measure === "since") return joinedYear(m);
      const { scores } = sourceScoresFor(ds, m, framework);
      const { value } = valueScore(weightedCriteria(framework), scores);
      return value ?? m.current.status;
    }),
  ]);
  return [header, ...rows];
}

/** The weighted value of a row of scores (blanks not assessed); directions "cost" invert a score. */
export function weightedValue(
  scoresArg: unknown,
  weightsArg: unknown,
  directionsArg?: unknown
): number {
  const row = (value: unknown, argument: string): unknown[] => {
    if (!Array.isArray(value)) return [value];
    const grid = value as unknown[][];
    if (grid.length !== 1 && grid.every((r) => r.length === 1)) return grid.map((r) => r[0]);
    if (grid.length !== 1)
      throw new CityNetError(
        "invalid",
        `The argument '${argument}' must be one row or one column of cells.`
      );
    return grid[0];
  };
  const scores = row(scoresArg, "scores");
  const weights = row(weightsArg, "weights");
  if (weights.length !== scores.length) {
    throw new CityNetError(
      "invalid",
      `'scores' has ${scores.length} cells and 'weights' ${weights.length}: give one weight per score.`
    );
  }
  const directions =
    directionsArg === undefined || directionsArg === null || directionsArg === ""
      ? scores.map(() => "benefit")
      : row(directionsArg, "directions");
  if (directions.length !== scores.length)
    throw new CityNetError(
      "invalid",
      `'directions' has ${directions.length} cells: give one per score ("benefit" or "cost").`
    );
  const criteria = weights.map((w, i) => {
    if (!(typeof w === "number" && w >= 0))
      throw new CityNetError(
        "invalid",
        `Weight ${i + 1} must be a number of 0 or more, not ${typeof w === "string" ? `'${w}'` : describeValue(w)}.`
      );
    const d =
      typeof directions[i] === "string"
        ? (directions[i] as string).trim().toLowerCase()
        : directions[i];
    if (d !== "benefit" && d !== "cost" && d !== "")
      throw new CityNetError(
        "invalid",
        `Direction ${i + 1} must be "benefit" or "cost", not '${String(directions[i])}'.`
      );
    return { direction: d === "cost" ? ("cost" as const) : ("benefit" as const), weight: w };
  });
  const { value } = valueScore(criteria, scores);
  if (value === null)
    throw new CityNetError(
      "no-data",
      "No score is assessed: give at least one score from 1 to 5 with a weight above 0."
    );
  return value;
}
