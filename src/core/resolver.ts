import type { Names } from "./model";
import { CityNetError, listWithOr, MAX_MESSAGE_LENGTH, quoteInput } from "./errors";
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
 * Input longer than this gets no suggestions: it is far longer than any name (the longest is under
 * 160 characters), and comparing every word of a pasted paragraph with every known word is slow.
 */
const MAX_SUGGESTION_INPUT = 200;

/** What separates names in a text that lists them: commas, semicolons and line breaks. */
const SEPARATORS = /\r\n|[,;\n\r]/g;
const HAS_SEPARATOR = /[,;\n\r]/;

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
  /** Keys of the names that contain a separator ("…Inclusion, Participatory Democracy…"). */
  private readonly separatedKeys = new Set<string>();
  /** The most separators in one known name: how many pieces of a list may make one name. */
  private maxSeparators = 0;
  /** The longest known name, for the suggestion cut-off. */
  private longestName = 0;

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
    this.longestName = Math.max(this.longestName, text.length);
    const separators = text.match(SEPARATORS)?.length ?? 0;
    if (separators > 0) {
      this.separatedKeys.add(key);
      this.maxSeparators = Math.max(this.maxSeparators, separators);
    }
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
    const key = nameKey(text);
    // Input that folds to nothing ("!!!") names nothing, whatever the index holds.
    if (key.length === 0) return undefined;
    const entries = this.byKey.get(key);
    if (!entries) return undefined;
    const best = Math.min(...entries.map((e) => e.rank));
    const top = entries.filter((e) => e.rank === best);
    if (top.length > 1) {
      const names = top.map((e) => e.entity.name);
      // Names that do not fit are counted, so the message still says there are more.
      const message = (shown: string[]) => {
        const rest = names.length - shown.length;
        const which =
          shown.length === 0
            ? `more than one ${this.noun}`
            : `the ${this.noun} ${listWithOr(rest > 0 ? [...shown, `${rest} other${rest > 1 ? "s" : ""}`] : shown)}`;
        return `${quoteInput(text)} could mean ${which}. Type the full name.`;
      };
      throw new CityNetError("not-found", fitNames(message, names), names);
    }
    // Only input of a name's length is kept: "Bergen" padded with 30,000 spaces is not worth the memory.
    if (text.length <= this.suggestionCutoff()) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(text, top[0].entity);
    }
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
      // Long input gets no suggestions, and is not worth keeping in memory either.
      if (text.length <= this.suggestionCutoff()) {
        if (this.suggestionCache.size >= CACHE_LIMIT) this.suggestionCache.clear();
        this.suggestionCache.set(text, suggestions);
      }
    }
    const unknown = `Unknown ${this.noun} ${quoteInput(text)}.`;
    const message = (shown: string[]) =>
      shown.length > 0
        ? `${unknown} Did you mean ${listWithOr(shown)}?`
        : `${unknown} ${this.listHint} lists the known names.`;
    throw new CityNetError("not-found", fitNames(message, suggestions), suggestions);
  }

  /** Input longer than this is not compared with the known names for suggestions. */
  private suggestionCutoff(): number {
    return Math.max(MAX_SUGGESTION_INPUT, this.longestName + 50);
  }

  /**
   * The names in a text that lists them, separated by commas, semicolons or line breaks, trimmed,
   * blanks dropped. A known name that contains a separator stays whole: the whole text is tried as a
   * name first, then adjacent pieces are joined back when together they spell such a name
   * ("…Social Inclusion, Participatory Democracy and Human Rights"). A join spans at most as many
   * pieces as the most separators in a known name, so the work stays linear in the text.
   */
  splitNames(text: string): string[] {
    const whole = text.trim();
    if (whole.length === 0) return [];
    if (!HAS_SEPARATOR.test(whole)) return [whole];
    if (this.separatedKeys.has(nameKey(whole))) return [whole];
    const pieces: { start: number; end: number }[] = [];
    let start = 0;
    const addPiece = (end: number) => {
      if (whole.slice(start, end).trim().length > 0) pieces.push({ start, end });
    };
    for (const m of whole.matchAll(SEPARATORS)) {
      addPiece(m.index);
      start = m.index + m[0].length;
    }
    addPiece(whole.length);
    const names: string[] = [];
    for (let i = 0; i < pieces.length;) {
      let taken = 1;
      for (let k = Math.min(this.maxSeparators + 1, pieces.length - i); k >= 2; k--) {
        const joined = whole.slice(pieces[i].start, pieces[i + k - 1].end);
        if (this.separatedKeys.has(nameKey(joined))) {
          taken = k;
          break;
        }
      }
      names.push(whole.slice(pieces[i].start, pieces[i + taken - 1].end).trim());
      i += taken;
    }
    return names;
  }

  /**
   * Up to three names close to the text: a near spelling of a whole name first, then names that
   * contain the text, then names whose words each nearly match a word typed ("Baltik Cities").
   */
  suggest(text: string, max = MAX_SUGGESTIONS): string[] {
    if (text.length > this.suggestionCutoff()) return [];
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

/**
 * A message naming as many of the names as fit in an error message, in order; none when even one
 * does not fit (the message then says where to find them).
 */
function fitNames(message: (shown: string[]) => string, names: readonly string[]): string {
  for (let n = names.length; n > 0; n--) {
    const text = message(names.slice(0, n));
    if (text.length <= MAX_MESSAGE_LENGTH) return text;
  }
  return message([]);
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

/** A cell's value as a message names it: "the number 42", "a blank cell", 'quoted text'. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === ""))
    return "a blank cell";
  if (typeof value === "string") return quoteInput(value);
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
