import type { Names } from "./model";
import { CityNetError, listWithOr } from "./errors";
import { nameKey } from "./normalize";

/** Anything with names that users may type. */
export interface Nameable {
  id: string;
  name: string;
  acronym?: string;
  names: Names;
  aliases: readonly string[];
}

interface Entry<T> {
  entity: T;
  /** 0: id, name or acronym; 1: a name in one of the languages; 2: an alias. Lower wins ties. */
  rank: number;
}

interface Candidate<T> {
  entity: T;
  score: number;
}

const MAX_SUGGESTIONS = 3;
const CACHE_LIMIT = 4096;

/**
 * Resolves names typed by users to entities: ignores case, diacritics, punctuation and words like
 * "the" or "network"; knows acronyms and names in English, Norwegian and Swedish; suggests the closest
 * names when nothing matches.
 */
export class NameIndex<T extends Nameable> {
  private readonly byKey = new Map<string, Entry<T>[]>();
  /** Every key once, for suggestions. */
  private readonly keys: { key: string; entity: T }[] = [];
  /** Raw input → entity, so that a warm lookup skips normalisation. */
  private readonly cache = new Map<string, T>();

  constructor(
    entities: readonly T[],
    /** "network" or "city": used in messages. */
    readonly noun: string,
    /** The function that lists known names, named in messages when there is no suggestion. */
    private readonly listHint: string,
  ) {
    for (const entity of entities) {
      this.add(entity, entity.id, 0);
      this.add(entity, entity.name, 0);
      if (entity.acronym) this.add(entity, entity.acronym, 0);
      for (const lang of ["en", "nb", "sv"] as const) for (const n of entity.names[lang]) this.add(entity, n, 1);
      for (const alias of entity.aliases) this.add(entity, alias, 2);
    }
  }

  private add(entity: T, text: string, rank: number): void {
    const key = nameKey(text);
    if (key.length === 0) return;
    const entries = this.byKey.get(key);
    if (!entries) {
      this.byKey.set(key, [{ entity, rank }]);
      this.keys.push({ key, entity });
      return;
    }
    const existing = entries.find((e) => e.entity === entity);
    if (existing) existing.rank = Math.min(existing.rank, rank);
    else {
      entries.push({ entity, rank });
      this.keys.push({ key, entity });
    }
  }

  /** The entity a text names, or undefined. Throws only when the text is ambiguous. */
  find(text: string): T | undefined {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const entries = this.byKey.get(nameKey(text));
    if (!entries) return undefined;
    const best = Math.min(...entries.map((e) => e.rank));
    const top = entries.filter((e) => e.rank === best);
    if (top.length > 1) {
      const names = top.map((e) => e.entity.name);
      throw new CityNetError(
        "not-found",
        `'${text}' could mean the ${this.noun} ${listWithOr(names)}. Type the full name.`,
        names,
      );
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, top[0].entity);
    return top[0].entity;
  }

  /**
   * Resolves an argument given by a user. Throws a CityNetError: "invalid" for an empty or non-text
   * value, "not-found" with the closest names for an unknown one.
   */
  resolve(value: unknown, argument: string): T {
    const text = requireText(value, argument, `the name of a ${this.noun}`);
    const found = this.find(text);
    if (found) return found;
    const suggestions = this.suggest(text);
    const hint =
      suggestions.length > 0 ? `Did you mean ${listWithOr(suggestions)}?` : `${this.listHint} lists the known names.`;
    throw new CityNetError("not-found", `Unknown ${this.noun} '${text}'. ${hint}`, suggestions);
  }

  /** Up to three names close to the text: by edit distance, or containing it. */
  suggest(text: string, max = MAX_SUGGESTIONS): string[] {
    const query = nameKey(text);
    if (query.length === 0) return [];
    const maxDistance = Math.max(1, Math.floor(query.length / 3));
    const best = new Map<T, Candidate<T>>();
    for (const { key, entity } of this.keys) {
      let score = Infinity;
      if (Math.abs(key.length - query.length) <= maxDistance) {
        const d = boundedDistance(query, key, maxDistance);
        if (d <= maxDistance) score = d / Math.max(query.length, key.length);
      }
      if (score === Infinity && query.length >= 3 && (key.startsWith(query) || key.includes(query))) {
        // A fragment of a longer name ("baltic" in "unionofbalticcities"): rank after near-spellings.
        score = 1 + (key.length - query.length) / key.length;
      }
      if (score === Infinity) continue;
      const previous = best.get(entity);
      if (!previous || score < previous.score) best.set(entity, { entity, score });
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name))
      .slice(0, max)
      .map((c) => c.entity.name);
  }
}

/** A non-empty text argument, trimmed; otherwise an "invalid" error that says what is expected. */
export function requireText(value: unknown, argument: string, expected: string): string {
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed.length > 0) return trimmed;
    throw new CityNetError("invalid", `The argument '${argument}' is empty: give ${expected}.`);
  }
  if (value === null || value === undefined) {
    throw new CityNetError("invalid", `The argument '${argument}' is missing: give ${expected}.`);
  }
  throw new CityNetError("invalid", `The argument '${argument}' must be text (${expected}), not ${describeValue(value)}.`);
}

export function describeValue(value: unknown): string {
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  if (Array.isArray(value)) return "a range of cells";
  return `a value of type ${typeof value}`;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), giving up
 * as soon as it must exceed `max`: suggestions only need to know whether a name is close.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}
