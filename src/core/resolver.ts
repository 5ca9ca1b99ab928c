import type { Names } from "./model";
import { CityNetError, listWithOr } from "./errors";
import { compareNames } from "./format";
import { nameKey, nameWords } from "./normalize";

/** Anything with names that users may type. */
export interface Nameable {
  id: string;
  name: string;
  acronym?: string;
  names: Names;
  aliases: readonly string[];
}

/** Every name of an entity: official, acronym, the three languages' names, aliases. */
export function allNames(e: Nameable): string[] {
  return [
    e.name,
    e.acronym ?? "",
    ...e.names.en,
    ...e.names.nb,
    ...e.names.sv,
    ...e.aliases,
  ].filter((n) => n.length > 0);
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
  /** Every key once, with its words, for suggestions; indexed by length and by word. */
  private readonly keys: { key: string; words: string[]; entity: T }[] = [];
  private readonly keysByLength = new Map<number, number[]>();
  private readonly vocabulary = new Map<string, number[]>();
  /** Raw input → entity, so that a warm lookup skips normalisation. */
  private readonly cache = new Map<string, T>();
  /** Raw input → suggestions: Excel recalculates a cell with the same misspelling many times. */
  private readonly suggestionCache = new Map<string, string[]>();

  constructor(
    entities: readonly T[],
    /** "network" or "city": used in messages. */
    readonly noun: string,
    /** The function that lists known names, named in messages when there is no suggestion. */
    private readonly listHint: string
  ) {
    for (const entity of entities) {
      this.add(entity, entity.id, 0);
      this.add(entity, entity.name, 0);
      if (entity.acronym) this.add(entity, entity.acronym, 0);
      for (const lang of ["en", "nb", "sv"] as const)
        for (const n of entity.names[lang]) this.add(entity, n, 1);
      for (const alias of entity.aliases) this.add(entity, alias, 2);
    }
  }

  private add(entity: T, text: string, rank: number): void {
    const words = nameWords(text);
    const key = words.join("");
    if (key.length === 0) return;
    const entries = this.byKey.get(key);
    if (!entries) {
      this.byKey.set(key, [{ entity, rank }]);
      this.addKey(key, words, entity);
      return;
    }
    const existing = entries.find((e) => e.entity === entity);
    if (existing) existing.rank = Math.min(existing.rank, rank);
    else {
      entries.push({ entity, rank });
      this.addKey(key, words, entity);
    }
  }

  private addKey(key: string, words: string[], entity: T): void {
    const index = this.keys.push({ key, words, entity }) - 1;
    const sameLength = this.keysByLength.get(key.length);
    if (sameLength) sameLength.push(index);
    else this.keysByLength.set(key.length, [index]);
    for (const word of new Set(words)) {
      const list = this.vocabulary.get(word);
      if (list) list.push(index);
      else this.vocabulary.set(word, [index]);
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
        names
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
    let suggestions = this.suggestionCache.get(text);
    if (!suggestions) {
      suggestions = this.suggest(text);
      if (this.suggestionCache.size >= CACHE_LIMIT) this.suggestionCache.clear();
      this.suggestionCache.set(text, suggestions);
    }
    const hint =
      suggestions.length > 0
        ? `Did you mean ${listWithOr(suggestions)}?`
        : `${this.listHint} lists the known names.`;
    throw new CityNetError("not-found", `Unknown ${this.noun} '${text}'. ${hint}`, suggestions);
  }

  /**
   * Up to three names close to the text: a near spelling of a whole name first, then names that
   * contain the text, then names whose words each nearly match a word typed ("Baltik Cities").
   */
  suggest(text: string, max = MAX_SUGGESTIONS): string[] {
    const queryWords = nameWords(text);
    const query = queryWords.join("");
    if (query.length === 0) return [];
    // A third of the letters, at most 3: more edits than that make another name, not a misspelling.
    const maxDistance = Math.min(3, Math.max(1, Math.floor(query.length / 3)));
    const best = new Map<T, Candidate<T>>();
    const offer = (entity: T, score: number) => {
      const previous = best.get(entity);
      if (!previous || score < previous.score) best.set(entity, { entity, score });
    };
    // Near spellings of a whole name: only keys of a length within reach.
    for (let length = query.length - maxDistance; length <= query.length + maxDistance; length++) {
      for (const i of this.keysByLength.get(length) ?? []) {
        const { key, entity } = this.keys[i];
        const d = boundedDistance(query, key, maxDistance);
        if (d <= maxDistance) offer(entity, d / Math.max(query.length, key.length));
      }
    }
    // A fragment of a longer name ("baltic" in "unionofbalticcities"): after near spellings.
    if (query.length >= 3) {
      for (const { key, entity } of this.keys) {
        if (key.length > query.length && key.includes(query))
          offer(entity, 1 + (key.length - query.length) / key.length);
      }
    }
    // Every typed word nearly matches a word of the name ("Baltik Cities"). Start from the typed word
    // that matches the fewest names, then check the others against those names only.
    const matchedWords = queryWords.map((q) =>
      [...this.vocabulary.keys()].filter((w) => wordsMatch(q, w))
    );
    const reach = matchedWords.map((ws) =>
      ws.reduce((n, w) => n + (this.vocabulary.get(w)?.length ?? 0), 0)
    );
    const rarest = reach.indexOf(Math.min(...reach));
    const seen = new Set<number>();
    for (const w of matchedWords[rarest]) {
      for (const i of this.vocabulary.get(w) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const { words, entity } = this.keys[i];
        if (queryWords.every((q, k) => k === rarest || words.some((word) => wordsMatch(q, word)))) {
          offer(entity, 2 + (words.length - queryWords.length) / words.length);
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || compareNames(a.entity.name, b.entity.name))
      .slice(0, max)
      .map((c) => c.entity.name);
  }
}

/** A typed word matches a name's word when nearly the same, or its start (3 letters or more). */
function wordsMatch(typed: string, word: string): boolean {
  if (typed === word || (typed.length >= 3 && word.startsWith(typed))) return true;
  const allowed = typed.length >= 6 ? 2 : typed.length >= 4 ? 1 : 0;
  return (
    allowed > 0 &&
    Math.abs(typed.length - word.length) <= allowed &&
    boundedDistance(typed, word, allowed) <= allowed
  );
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
  throw new CityNetError(
    "invalid",
    `The argument '${argument}' must be text (${expected}), not ${describeValue(value)}.`
  );
}

export function describeValue(value: unknown): string {
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  if (Array.isArray(value)) return "a range of cells";
  return `a value of type ${typeof value}`;
}

// Rows reused across calls: suggestions compute thousands of distances per failed lookup.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), giving up
 * as soon as it must exceed `max`: suggestions only need to know whether a name is close.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2);
    rowB = new Int32Array(b.length * 2);
    rowC = new Int32Array(b.length * 2);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
      if (
        i > 1 &&
        j > 1 &&
        ai === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === bj &&
        prevPrev[j - 2] + 1 < v
      )
        v = prevPrev[j - 2] + 1;
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  return prev[b.length];
}
