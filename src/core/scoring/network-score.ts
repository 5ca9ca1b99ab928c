import type { Dataset } from "../dataset";
import { CityNetError } from "../errors";
import { nameKey } from "../normalize";
import { findMembership, resolveCity, resolveNetwork } from "../queries";
import { problemPlace, type Problem } from "../sheet/problems";
import {
  blockingProblems,
  isDamaged,
  type MatrixRead,
  type MatrixRow,
  type ReadMatrix,
} from "../sheet/read-matrix";
import { evaluateRow, rowTypeFor, sourceScoresFor, type RowResult } from "./evaluation";
import { resolveFramework } from "./framework-check";
import { defaultFramework } from "./frameworks";

const isBlank = (x: unknown) =>
  x === undefined || x === null || (typeof x === "string" && x.trim() === "");

// NETWORK_SCORE and NETWORK_VERDICT: a membership's value from the workbook's own matrix where it has
// one, else from the scores the documents imply. A matrix with a problem where it matters is named in
// the answer, never passed over for the sources in silence.

export interface ScoreAnswer extends RowResult {
  /** Where the scores came from: a matrix sheet in this workbook, or the documents' words. */
  origin: { kind: "workbook"; sheet: string } | { kind: "sources" };
}

/** The first problems as one message for a function: "'Bergen'!H12: … (and 2 more problems)". */
function problemsMessage(problems: readonly Problem[]): string {
  const p = problems[0];
  const message = p.message.length > 200 ? `${p.message.slice(0, 199)}…` : p.message;
  const more =
    problems.length > 1
      ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})`
      : "";
  return `${problemPlace(p)}: ${message}${more}`;
}

/** The workbook's matrices for a city: those that read, and the damaged ones that may be its. */
export function cityMatrices(
  workbook: readonly MatrixRead[],
  place: { id: string; name: string }
): { readable: ReadMatrix[]; unreadable: MatrixRead[] } {
  const readable: ReadMatrix[] = [];
  const unreadable: MatrixRead[] = [];
  for (const m of workbook) {
    if (isDamaged(m)) {
      // One whose city is unknown or this one might have held the answer.
      const city = m.city;
      if (!city || city.id === place.id || (!city.id && nameKey(city.name) === nameKey(place.name)))
        unreadable.push(m);
    } else if (m.evaluation.city.id === place.id) readable.push(m);
  }
  return { readable, unreadable };
}

/** Says that a damaged matrix may hold the city's scores, so the sources' are not used. */
export function unreadableError(m: MatrixRead, place: { name: string }): CityNetError {
  return new CityNetError(
    "no-data",
    `${problemsMessage(m.problems)} It may hold ${place.name}'s scores, so the sources' are not used until it is repaired.`
  );
}

/**
 * An organisation's row in a matrix with its result; undefined when the matrix has no such row.
 * A problem in the row, or one that stops the whole matrix, is thrown with its place.
 */
export function matrixRow(
  m: ReadMatrix,
  orgId: string
): { row: MatrixRow; result: RowResult } | undefined {
  const rows = m.evaluation.rows.filter((r) => r.key === orgId);
  if (rows.length === 0) return undefined;
  const rowProblems = m.problems.filter(
    (p) => p.severity === "error" && rows.some((r) => r.sheetRow === p.row)
  );
  if (rowProblems.length > 0) throw new CityNetError("invalid", problemsMessage(rowProblems));
  const matrixProblems = blockingProblems(m);
  if (matrixProblems.length > 0) throw new CityNetError("invalid", problemsMessage(matrixProblems));
  return { row: rows[0], result: evaluateRow(m.evaluation, rows[0]) };
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
  workbook: readonly MatrixRead[] = []
): ScoreAnswer {
  const place = resolveCity(ds, cityArg);
  const org = resolveNetwork(ds, networkArg);
  const framework = isBlank(frameworkArg)
    ? defaultFramework(place.id)
    : resolveFramework(frameworkArg);
  const { readable, unreadable } = cityMatrices(workbook, place);
  for (const m of readable) {
    if (m.evaluation.framework.id !== framework.id) continue;
    const found = matrixRow(m, org.id);
    if (!found || found.row.scores.every((s) => s === null)) continue;
    return { ...found.result, origin: { kind: "workbook", sheet: m.sheet } };
  }
  if (unreadable.length > 0) throw unreadableError(unreadable[0], place);
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
