import type { Dataset } from "../dataset";
import { CityNetError } from "../errors";
import { nameKey } from "../normalize";
import { findMembership, resolveCity, resolveNetwork } from "../queries";
import { problemPlace, type Problem } from "../sheet/problems";
import { blockingProblems, isDamaged, type MatrixRead } from "../sheet/read-matrix";
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
  const unreadable: MatrixRead[] = [];
  for (const m of workbook) {
    if (isDamaged(m)) {
      // One whose city is unknown or this one might have held the answer.
      const city = m.city;
      if (!city || city.id === place.id || (!city.id && nameKey(city.name) === nameKey(place.name)))
        unreadable.push(m);
      continue;
    }
    const e = m.evaluation;
    if (e.city.id !== place.id || e.framework.id !== framework.id) continue;
    const rows = e.rows.filter((r) => r.key === org.id);
    if (rows.length === 0) continue;
    const rowProblems = m.problems.filter(
      (p) => p.severity === "error" && rows.some((r) => r.sheetRow === p.row)
    );
    if (rowProblems.length > 0) throw new CityNetError("invalid", problemsMessage(rowProblems));
    if (rows[0].scores.every((s) => s === null)) continue;
    const matrixProblems = blockingProblems(m);
    if (matrixProblems.length > 0)
      throw new CityNetError("invalid", problemsMessage(matrixProblems));
    return { ...evaluateRow(e, rows[0]), origin: { kind: "workbook", sheet: m.sheet } };
  }
  if (unreadable.length > 0)
    throw new CityNetError(
      "no-data",
      `${problemsMessage(unreadable[0].problems)} It may hold ${place.name}'s scores, so the sources' are not used until it is repaired.`
    );
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
