import { CityNetError, listWithOr, quoteInput } from "../errors";
import { foldText } from "../normalize";
import { requireText } from "../resolver";
import { LEVELS } from "./criteria";
import { BUILT_IN_FRAMEWORKS, type Framework } from "./frameworks";

const NAME = /^[a-z][a-z0-9_]{0,30}$/;

/** An id as problems name it: as is up to the 31 characters an id may have, else quoted and cut. */
function shownId(id: string): string {
  return id.length <= 31 && !/[\p{Cc}]/u.test(id) ? id : quoteInput(id);
}

/**
 * Checks a framework a user defined (or one read back from a workbook). Returns one readable line per
 * problem; an empty list means it can be used.
 */
export function validateFramework(f: Framework): string[] {
  const problems: string[] = [];
  const id = shownId(f.id);
  if (!NAME.test(f.id))
    problems.push(
      `framework id ${quoteInput(f.id)} must start with a letter and use only a–z, 0–9 and _ (at most 31)`
    );
  if (!f.label.en.trim()) problems.push(`framework ${id}: the English label is empty`);
  if (f.criteria.length === 0) problems.push(`framework ${id}: it has no criteria`);
  const seen = new Set<string>();
  let total = 0;
  for (const { criterion: c, weight } of f.criteria) {
    const where = `framework ${id}, criterion ${shownId(c.id)}`;
    if (!NAME.test(c.id))
      problems.push(`${where}: the id must start with a letter and use only a–z, 0–9 and _`);
    if (seen.has(c.id)) problems.push(`${where}: used twice`);
    seen.add(c.id);
    if (c.direction !== "benefit" && c.direction !== "cost")
      problems.push(`${where}: direction must be 'benefit' or 'cost'`);
    if (!(typeof weight === "number" && Number.isFinite(weight) && weight >= 0))
      problems.push(`${where}: the weight must be a number of 0 or more`);
    else total += weight;
    if (!c.label.en.trim()) problems.push(`${where}: the English label is empty`);
    for (const level of LEVELS)
      if (!c.rubric[level]?.en?.trim()) problems.push(`${where}: rubric level ${level} is empty`);
  }
  if (f.criteria.length > 0 && total === 0) problems.push(`framework ${id}: all weights are 0`);
  const t = f.thresholds;
  const inScale = (x: number) => typeof x === "number" && x >= 1 && x <= 5;
  if (![t.strengthen, t.continue, t.review, t.join].every(inScale))
    problems.push(`framework ${id}: thresholds must be between 1 and 5`);
  else if (!(t.review <= t.continue && t.continue <= t.strengthen)) {
    problems.push(
      `framework ${id}: thresholds must rise: review ≤ continue ≤ strengthen (got ${t.review}, ${t.continue}, ${t.strengthen})`
    );
  }
  return problems;
}

/** A framework named by id or label in any language ("bergen", "Stockholm strategy", "Kombinert"). */
export function resolveFramework(
  value: unknown,
  frameworks: readonly Framework[] = BUILT_IN_FRAMEWORKS
): Framework {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
    return frameworks[0];
  const names = frameworks.map((f) => `"${f.id}"`);
  const text = requireText(value, "framework", `a framework: ${listWithOr(names)}`);
  const key = foldText(text);
  const found = frameworks.find((f) =>
    [f.id, f.label.en, f.label.nb, f.label.sv].some(
      (n) => foldText(n) === key || foldText(n).split(" ")[0] === key
    )
  );
  if (!found)
    throw new CityNetError(
      "invalid",
      `Unknown framework ${quoteInput(text)}. Use ${listWithOr(names)}, or leave it out for "${frameworks[0].id}".`
    );
  return found;
}
