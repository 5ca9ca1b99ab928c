import { joinedYear, type Dataset, type Organisation, type Place } from "../dataset";
import { CityNetError, listWithOr, quoteInput } from "../errors";
import { compareNames } from "../format";
import { findMembership, resolveCity, resolveNetwork, type Cell } from "../queries";
import { describeValue, type Nameable, type NameIndex } from "../resolver";
import { sourceScoresFor, weightedCriteria } from "./evaluation";
import { defaultFramework, type Framework } from "./frameworks";
import { a1, quoteSheet } from "../sheet/address";
import type { MatrixRead, MatrixRow, ReadMatrix } from "../sheet/read-matrix";
import { cityMatrices, matrixRow, unreadableError } from "./network-score";
import { valueScore } from "./value";

// The scoring questions the custom functions ask: a membership's value and verdict from the best
// scores available, a value matrix across cities, and a weighted value of a row of scores.

export const MEASURES = ["value", "status", "since", "origin"] as const;
export type Measure = (typeof MEASURES)[number];

/** Names one argument of NETWORK_MATRIX may hold: more is a pasted column, not a question. */
export const MAX_MATRIX_NAMES = 10_000;
/** Cells NETWORK_MATRIX returns at most: a million cells already take Excel a while to spill. */
export const MAX_MATRIX_CELLS = 1_000_000;
/** Excel's grid: a spilled matrix wider or longer than this cannot be shown. */
const EXCEL_COLUMNS = 16_384;
const EXCEL_ROWS = 1_048_576;

/** 1000000 → "1,000,000", for counts in messages. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function isBlank(item: unknown): boolean {
  return item === null || item === undefined || (typeof item === "string" && item.trim() === "");
}

/** The rows of an argument: a range as Excel passes it, a single value as one cell. */
function rowsOf(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  // A one-dimensional array is one row (Excel passes none, but other callers may).
  return value.every(Array.isArray) ? (value as unknown[][]) : [value];
}

/**
 * Names from a range (any shape) or a text that lists them, separated by commas, semicolons or line
 * breaks; names that contain a comma stay whole (see NameIndex.splitNames); blanks dropped. More
 * than MAX_MATRIX_NAMES is refused before any name is split or resolved, and blank cells cost one
 * comparison each, so a large, mostly empty range is cheap.
 */
export function nameList(
  value: unknown,
  argument: "cities" | "networks",
  index: NameIndex<Nameable>
): string[] {
  const rows = rowsOf(value);
  let cells = 0;
  for (const row of rows) for (const item of row) if (!isBlank(item)) cells++;
  if (cells > MAX_MATRIX_NAMES) {
    // Cities are columns, networks rows: say so too when the range would not fit Excel's grid.
    const [limit, lines] =
      argument === "cities" ? [EXCEL_COLUMNS, "columns"] : [EXCEL_ROWS, "rows"];
    const grid =
      cells + 1 > limit
        ? `; ${thousands(cells + 1)} ${lines} would not fit in Excel's ${thousands(limit)}`
        : "";
    throw new CityNetError(
      "invalid",
      `The argument '${argument}' has ${thousands(cells)} non-blank cells${grid}. NETWORK_MATRIX takes at most ${thousands(MAX_MATRIX_NAMES)} names per argument: give a smaller range.`
    );
  }
  const names: string[] = [];
  for (const row of rows) {
    for (const item of row) {
      if (isBlank(item)) continue;
      if (typeof item !== "string")
        throw new CityNetError(
          "invalid",
          `The argument '${argument}' must hold names as text, not ${describeValue(item)}.`
        );
      names.push(...index.splitNames(item));
      if (names.length > MAX_MATRIX_NAMES)
        throw new CityNetError(
          "invalid",
          `The argument '${argument}' lists more than ${thousands(MAX_MATRIX_NAMES)} names. NETWORK_MATRIX takes at most ${thousands(MAX_MATRIX_NAMES)} per argument: give fewer names.`
        );
    }
  }
  return names;
}

/** The measure NETWORK_MATRIX shows: "value" when left out. */
function parseMeasure(value: unknown): Measure {
  if (isBlank(value)) return "value";
  const accepted = listWithOr(MEASURES.map((x) => `"${x}"`));
  if (typeof value !== "string")
    throw new CityNetError(
      "invalid",
      `The argument 'measure' must be text, ${accepted}, not ${describeValue(value)}.`
    );
  const m = value.trim().toLowerCase();
  if (!(MEASURES as readonly string[]).includes(m))
    throw new CityNetError("invalid", `Unknown measure ${quoteInput(value)}. Use ${accepted}.`);
  return m as Measure;
}

/** "Bergen, Oslo or 3 other cities": at most three names of a long list, for a message. */
function someNames(names: readonly string[], noun: string): string {
  const unique = [...new Set(names)];
  if (unique.length <= 3) return listWithOr(unique);
  return listWithOr([...unique.slice(0, 3), `${unique.length - 3} other ${noun}`]);
}

/** The cities and organisations of a matrix, checked and resolved; networks left out: the cities' own. */
export function matrixAxes(
  ds: Dataset,
  citiesArg: unknown,
  networksArg: unknown
): { cities: Place[]; orgs: Organisation[] } {
  const cityNames = nameList(citiesArg, "cities", ds.placeNames);
  if (cityNames.length === 0)
    throw new CityNetError(
      "invalid",
      "The argument 'cities' is empty: give one or more cities, as a range or as text like \"Bergen, Oslo\"."
    );
  const networkNames = nameList(networksArg, "networks", ds.orgNames);
  // Networks left out are the cities' organisations: at most every organisation there is.
  const rowCount = (networkNames.length || ds.organisations.length) + 1;
  const cellCount = rowCount * (cityNames.length + 1);
  if (cellCount > MAX_MATRIX_CELLS)
    throw new CityNetError(
      "invalid",
      `${thousands(cityNames.length)} cities by ${thousands(rowCount - 1)} networks would make ${thousands(cellCount)} cells; NETWORK_MATRIX makes at most ${thousands(MAX_MATRIX_CELLS)}: give fewer cities or networks.`
    );
  const cities = cityNames.map((c) => resolveCity(ds, c));
  const named = networkNames.map((n) => resolveNetwork(ds, n));
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
      `The sources record no organisations for ${someNames(
        cities.map((c) => c.name),
        "cities"
      )}.`
    );
  return { cities, orgs };
}

/**
 * Where a city's values come from: its matrix in this workbook (the framework asked for first, else
 * any of the city's), or undefined for the sources. A damaged matrix that may be the city's is said.
 */
export function chooseMatrix(
  workbook: readonly MatrixRead[],
  city: Place,
  framework: Framework
): ReadMatrix | undefined {
  const { readable, unreadable } = cityMatrices(workbook, city);
  const chosen = readable.find((m) => m.evaluation.framework.id === framework.id) ?? readable[0];
  if (!chosen && unreadable.length > 0) throw unreadableError(unreadable[0], city);
  return chosen;
}

/** A value cell of the matrix: from a workbook matrix's row, from the sources, or a status. */
export type ValueCell =
  | { kind: "workbook"; matrix: ReadMatrix; row: MatrixRow; value: number | null }
  | { kind: "sources"; value: number }
  | { kind: "status"; status: Cell };

/** The value of a city's membership: the workbook matrix's row where it has one, else the sources'. */
export function valueCell(
  ds: Dataset,
  city: Place,
  org: Organisation,
  framework: Framework,
  matrix: ReadMatrix | undefined
): ValueCell {
  const found = matrix ? matrixRow(matrix, org.id) : undefined;
  if (found)
    return { kind: "workbook", matrix: matrix!, row: found.row, value: found.result.value };
  const m = findMembership(ds, city, org);
  if (!m) return { kind: "status", status: "" };
  const { scores } = sourceScoresFor(ds, m, framework);
  const { value } = valueScore(weightedCriteria(framework), scores);
  return value === null ? { kind: "status", status: m.current.status } : { kind: "sources", value };
}

/**
 * Organisations × cities with headers. A cell is the value score, the status, the year joined or
 * where the value comes from ("origin"). The value is the team's, from the city's matrix in this
 * workbook where it has the organisation (blank until scored there), else the sources' scores; where
 * neither gives one, the status. Networks left out: all the cities' organisations. Arguments too large
 * for Excel's grid, or to answer in reasonable time, are refused before any name is resolved.
 */
export function networkMatrix(
  ds: Dataset,
  citiesArg: unknown,
  networksArg: unknown,
  measureArg: unknown,
  /** Left out: each city's own review's framework where the dataset has one, else combined. */
  framework?: Framework,
  workbook: readonly MatrixRead[] = []
): Cell[][] {
  const measure = parseMeasure(measureArg);
  const { cities, orgs } = matrixAxes(ds, citiesArg, networksArg);
  // A name may repeat (a range of the same city): each city and organisation pair is computed once.
  const unique = [...new Set(cities)];
  const frameworks = unique.map((c) => framework ?? defaultFramework(c.id));
  const matrices =
    measure === "value" || measure === "origin"
      ? unique.map((c, i) => chooseMatrix(workbook, c, frameworks[i]))
      : [];
  const column = new Map(unique.map((c, i) => [c, i]));
  const columns = cities.map((c) => column.get(c)!);
  const header: Cell[] = ["", ...cities.map((c) => c.name)];
  const rowOf = new Map<Organisation, Cell[]>();
  const rows = orgs.map((org) => {
    let row = rowOf.get(org);
    if (!row) {
      const cells = unique.map((city, i) =>
        computeCell(ds, city, org, measure, frameworks[i], matrices[i])
      );
      row = [org.name, ...columns.map((i) => cells[i])];
      rowOf.set(org, row);
    }
    // A copy per row: callers may write into the matrix.
    return row.slice();
  });
  return [header, ...rows];
}

function computeCell(
  ds: Dataset,
  city: Place,
  org: Organisation,
  measure: Measure,
  framework: Framework,
  matrix: ReadMatrix | undefined
): Cell {
  if (measure === "value" || measure === "origin") {
    const v = valueCell(ds, city, org, framework, matrix);
    if (measure === "origin")
      return v.kind === "workbook"
        ? `${quoteSheet(v.matrix.sheet)}!${a1(v.row.sheetRow, v.matrix.layout.columns.value ?? 0)}`
        : v.kind === "sources"
          ? "sources"
          : "";
    return v.kind === "status" ? v.status : (v.value ?? "");
  }
  const m = findMembership(ds, city, org);
  if (!m) return measure === "status" ? "Not a member" : "";
  if (measure === "status") return m.current.status;
  return joinedYear(m);
}

/**
 * The cells of a row or column argument of NETWORK_WEIGHTED, in order; a single value is one cell.
 * Refuses a block of several rows and columns.
 */
function lineOf(value: unknown, argument: string): unknown[] {
  const grid = rowsOf(value);
  if (grid.length === 1) return grid[0];
  if (grid.every((r) => r.length === 1)) return grid.map((r) => r[0]);
  throw new CityNetError(
    "invalid",
    `The argument '${argument}' must be one row or one column of cells, not ${thousands(grid.length)} rows by ${thousands(grid[0].length)} columns.`
  );
}

/** The weighted value of a row of scores (blanks not assessed); directions "cost" invert a score. */
export function weightedValue(
  scoresArg: unknown,
  weightsArg: unknown,
  directionsArg?: unknown
): number {
  const scores = lineOf(scoresArg, "scores");
  const weights = lineOf(weightsArg, "weights");
  if (weights.length !== scores.length) {
    throw new CityNetError(
      "invalid",
      `'scores' has ${thousands(scores.length)} cells and 'weights' ${thousands(weights.length)}: give one weight per score.`
    );
  }
  // Left out, or all blank: every score is a benefit (a blank direction is one).
  const given = isBlank(directionsArg) ? [] : lineOf(directionsArg, "directions");
  const directions = given.every(isBlank) ? scores.map(() => "benefit") : given;
  if (directions.length !== scores.length)
    throw new CityNetError(
      "invalid",
      `'directions' has ${thousands(directions.length)} cells: give one per score ("benefit" or "cost").`
    );
  const criteria = weights.map((w, i) => {
    // Excel passes only finite numbers; other callers might not, and Infinity would make NaN.
    if (!(typeof w === "number" && Number.isFinite(w) && w >= 0))
      throw new CityNetError(
        "invalid",
        `Weight ${i + 1} must be a number of 0 or more, not ${describeValue(w)}.`
      );
    const cell = directions[i];
    const d = isBlank(cell)
      ? "benefit"
      : typeof cell === "string"
        ? cell.trim().toLowerCase()
        : cell;
    if (d !== "benefit" && d !== "cost")
      throw new CityNetError(
        "invalid",
        `Direction ${i + 1} must be "benefit" or "cost", not ${describeValue(cell)}.`
      );
    return { direction: d, weight: w } as const;
  });
  const { value } = valueScore(criteria, scores);
  if (value === null)
    throw new CityNetError(
      "no-data",
      "No score is assessed: give at least one score from 1 to 5 with a weight above 0."
    );
  return value;
}
