import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import * as fn from "../../src/functions/functions";
import { getDataset } from "../../src/functions/dataset";
import { allNames } from "../../src/core/resolver";

// Every custom function called with what Excel can pass: text up to 32,767 characters (any script,
// emoji, control characters, separators, formulas, numbers as text, known names with noise), finite
// numbers, booleans, blanks, and ranges of those up to 1000 × 1000. Seeded, so every run makes the
// same calls. Whatever the input, a function answers or throws a CustomFunctions.Error with a short
// message, never returns a non-finite number, and never takes a second.

const SEED = 20240611;
const CALLS_PER_FUNCTION = 240;
const MAX_MS = 1000; // the limit for one call
const MAX_MESSAGE = 300;
const EXCEL_MAX_TEXT = 32767;

// Jest runs tests in a sandbox where every lookup of a global such as Math is slow: these hold the
// functions the generator calls millions of times.
const { imul, floor } = Math;

/** mulberry32: small, fast and good enough to pick inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const int = (n: number) => floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const chance = (p: number) => random() < p;

const ds = getDataset();
const CITY_NAMES = ds.places.flatMap((p) => [p.id, ...allNames(p)]);
const NETWORK_NAMES = ds.organisations.flatMap((o) => [o.id, ...allNames(o)]);
/** A city and a network it belongs to, so that the answers, not only the errors, are fuzzed. */
const MEMBERSHIPS = [...ds.memberships.values()].map((m) => [
  [m.place.id, ...allNames(m.place)],
  [m.org.id, ...allNames(m.org)],
]);
const WORDS: Record<string, readonly string[]> = {
  year: [
    "2015",
    " 2010 ",
    "1900",
    "2100",
    "1899",
    "0x7DF",
    "2e3",
    "2015.0",
    "+2015",
    "２０１５",
    "-1",
  ],
  field: [
    "name",
    "acronym",
    "kind",
    "scope",
    "themes",
    "founded",
    "members",
    "secretariat",
    "president",
    "url",
    "description",
    "chair",
    "website",
    "Founded ",
    "colour",
  ],
  status: [
    "Member",
    "Associate member",
    "Joining",
    "Under consideration",
    "Leaving",
    "Former member",
    "Not a member",
    "current",
    "all",
    "medlem",
    "tidligere medlem",
    "före detta medlem",
  ],
  framework: [
    "combined",
    "bergen",
    "stockholm",
    "Bergen review",
    "Stockholms strategi",
    "kombinert",
    "Tromsø",
  ],
  measure: ["value", "status", "since", " STATUS ", "budget"],
  direction: ["benefit", "cost", " Cost ", "BENEFIT", "both"],
  tricky: [
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "NaN",
    "Infinity",
    "-Infinity",
    "null",
    "undefined",
    "#N/A",
    "#VALUE!",
    "TRUE",
    "FALSE",
  ],
  formula: [
    '=CITYNET.NETWORK_STATUS("Bergen";"UBC")',
    "=1/0",
    "=A1:B2",
    "=SUM(1,2)",
    "=",
    "==",
    '="Bergen"',
    "=CITY_LIST()",
  ],
};
const NUMBERS = [
  0,
  -0,
  1,
  2,
  3,
  4,
  5,
  2.5,
  -1,
  -5,
  1899,
  1900,
  2015,
  2100,
  2101,
  1e308,
  -1e308,
  1.7976931348623157e308,
  -1e-308,
  1e-308,
  5e-324,
  0.1,
  1 / 3,
  2015.5,
  123456789,
  -2147483648,
  2 ** 53,
];

/** Code points to draw random text from: every kind of character Excel cells hold. */
const POOLS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0x61, 0x7a],
  [0xc0, 0x17f], // Latin with diacritics
  [0x300, 0x36f], // combining marks
  [0x391, 0x3c9], // Greek
  [0x410, 0x44f], // Cyrillic
  [0x5d0, 0x5ea], // Hebrew
  [0x4e00, 0x4e80], // CJK
  [0x1f300, 0x1f64f], // emoji (two UTF-16 units)
  [0x0, 0x1f], // control characters
  [0x7f, 0x9f],
  [0x2000, 0x206f], // spaces, dashes, line separators
  [0xfe00, 0xfe0f], // variation selectors
];
const SEPARATORS = [",", ";", "\n", "\r\n", ", ", " ; ", ",,", "\r"];

function randomText(length: number): string {
  let text = "";
  while (text.length < length) {
    if (chance(0.05)) text += pick(SEPARATORS);
    else {
      const [lo, hi] = pick(POOLS);
      text += String.fromCodePoint(lo + int(hi - lo + 1));
    }
  }
  return text.slice(0, length).replace(/[\uD800-\uDBFF]$/, "");
}

function textLength(max: number): number {
  const r = random();
  if (r < 0.7 || max <= 30) return int(Math.min(30, max));
  if (r < 0.9 || max <= 300) return 30 + int(Math.min(270, max - 30));
  if (r < 0.97) return 300 + int(max - 300);
  return max;
}

/** A known name as users mistype it. */
function noisy(name: string): string {
  switch (int(12)) {
    case 0:
      return name.toUpperCase();
    case 1:
      return name.toLowerCase();
    case 2:
      return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    case 3:
      return `the ${name} network`;
    case 4: {
      const i = int(name.length + 1);
      return name.slice(0, i) + randomText(1) + name.slice(i);
    }
    case 5: {
      const i = int(name.length);
      return name.slice(0, i) + name.slice(i + 1);
    }
    case 6:
      return `  ${name}\t `;
    case 7:
      return name + randomText(1 + int(5));
    case 8:
      return `${name} ${"x".repeat(EXCEL_MAX_TEXT - name.length - 1)}`;
    default:
      return name;
  }
}

function names(kind: "city" | "network"): string {
  const pool = kind === "city" ? CITY_NAMES : NETWORK_NAMES;
  if (chance(0.3)) {
    // A list, as NETWORK_MATRIX takes it in one cell.
    const count = 1 + int(chance(0.1) ? 2000 : 6);
    let list = "";
    for (let i = 0; i < count && list.length < EXCEL_MAX_TEXT - 200; i++)
      list += (i ? pick(SEPARATORS) : "") + (chance(0.8) ? pick(pool) : noisy(pick(pool)));
    return list;
  }
  return chance(0.6) ? pick(pool) : noisy(pick(pool));
}

type Kind =
  | "city"
  | "network"
  | "year"
  | "field"
  | "status"
  | "filter"
  | "framework"
  | "measure"
  | "cities"
  | "networks"
  | "scores"
  | "weights"
  | "directions";

/**
 * A value for one cell or scalar argument: often one that makes sense for it, else anything. Text
 * up to `maxText` characters (cells of large ranges get shorter text, or a range would take
 * gigabytes).
 */
function scalar(kind: Kind, maxText = EXCEL_MAX_TEXT): unknown {
  const r = random();
  if (r < 0.6) {
    switch (kind) {
      case "city":
      case "cities":
        return names("city");
      case "network":
      case "networks":
        return names("network");
      case "filter":
        return chance(0.5)
          ? pick([...CITY_NAMES, ...NETWORK_NAMES]).slice(0, 1 + int(8))
          : pick(["climate", "Nordic", "SE", "NO", "county", "city", "network", "Москва", "!!!"]);
      case "year":
        return chance(0.5) ? pick(WORDS.year) : 1890 + int(220);
      case "scores":
        return chance(0.8) ? 1 + int(5) : pick(["", "n/a", null, 2.5, 0, 6]);
      case "weights":
        return chance(0.9) ? pick(NUMBERS.filter((n) => n >= 0)) : pick(["", null, -1, "1"]);
      case "directions":
        return pick([...WORDS.direction, "", null]);
      default:
        return pick(WORDS[kind]);
    }
  }
  if (r < 0.67) return pick([...WORDS.tricky, ...WORDS.formula]);
  if (r < 0.82) return randomText(textLength(maxText));
  if (r < 0.92) return chance(0.7) ? pick(NUMBERS) : (random() - 0.5) * 10 ** int(12);
  if (r < 0.95) return chance(0.5);
  return pick([null, undefined, "", " "]);
}

function cleanValues(kind: Kind): readonly unknown[] {
  switch (kind) {
    case "cities":
      return CITY_NAMES;
    case "networks":
      return NETWORK_NAMES;
    case "scores":
      return [1, 2, 3, 4, 5, 1.5, 4.5];
    case "weights":
      return NUMBERS.filter((x) => x >= 0);
    default:
      return WORDS.direction.slice(0, 4);
  }
}

/**
 * A range as Excel passes it: rows of cells; a single cell or a small block mostly, now and then up
 * to 200 cells long or 100 × 100 (the large ones are asked for by shape).
 */
function range(kind: Kind, shape?: [number, number], clean = false): unknown[][] {
  const [rows, columns] =
    shape ??
    (chance(0.5)
      ? [1, 1]
      : chance(0.9)
        ? [1 + int(6), 1 + int(6)]
        : pick([
            [1, 1 + int(200)],
            [1 + int(200), 1],
            [1 + int(100), 1 + int(100)],
          ] as [number, number][]));
  const blanks = clean ? 0 : chance(0.5) ? 0.97 : chance(0.5) ? 0.3 : 0;
  // A large range draws its cells from a few hundred values, with text of a cell's usual length;
  // a clean one only from values that make sense (known names, scores, weights).
  const pool = clean
    ? cleanValues(kind)
    : rows * columns > 1000
      ? Array.from({ length: 300 }, () => scalar(kind, chance(0.9) ? 40 : 2000))
      : undefined;
  const out: unknown[][] = [];
  const blank = [null, ""];
  for (let i = 0; i < rows; i++) {
    const row: unknown[] = [];
    for (let j = 0; j < columns; j++)
      row.push(chance(blanks) ? pick(blank) : pool ? pick(pool) : scalar(kind, 2000));
    out.push(row);
  }
  return out;
}

const SCALAR = "scalar";
const RANGE = "range";
/** The functions' arguments: what each one means, and whether Excel passes it as a range. */
const SIGNATURES: Record<string, [Kind, typeof SCALAR | typeof RANGE][]> = {
  networkStatus: [
    ["city", SCALAR],
    ["network", SCALAR],
    ["year", SCALAR],
  ],
  networkSince: [
    ["city", SCALAR],
    ["network", SCALAR],
  ],
  networkInfo: [
    ["network", SCALAR],
    ["field", SCALAR],
  ],
  networkRecommendation: [
    ["city", SCALAR],
    ["network", SCALAR],
  ],
  networkSource: [
    ["city", SCALAR],
    ["network", SCALAR],
  ],
  cityNetworks: [
    ["city", SCALAR],
    ["status", SCALAR],
  ],
  networkMembers: [
    ["network", SCALAR],
    ["status", SCALAR],
  ],
  cityPartners: [["city", SCALAR]],
  networkList: [["filter", SCALAR]],
  cityList: [["filter", SCALAR]],
  networkScore: [
    ["city", SCALAR],
    ["network", SCALAR],
    ["framework", SCALAR],
  ],
  networkVerdict: [
    ["city", SCALAR],
    ["network", SCALAR],
    ["framework", SCALAR],
  ],
  networkMatrix: [
    ["cities", RANGE],
    ["networks", RANGE],
    ["measure", SCALAR],
  ],
  networkWeighted: [
    ["scores", RANGE],
    ["weights", RANGE],
    ["directions", RANGE],
  ],
};
const LARGE: [number, number][] = [
  [1000, 1000],
  [1, 16384],
  [1000, 1],
  [1000, 1000],
];
const OPTIONAL = new Set<Kind>(["year", "status", "filter", "framework", "measure", "directions"]);

function argumentsFor(name: string, n: number): unknown[] {
  const signature = SIGNATURES[name];
  // Eight large calls per function that takes ranges: every range argument that large in the first
  // four, one of them in the next four.
  const ranges = signature.flatMap(([, how], i) => (how === RANGE ? [i] : []));
  if (ranges.length > 0 && n < 8) {
    const shape = LARGE[n % LARGE.length];
    const large = n < 4 ? ranges : [ranges[n % ranges.length]];
    // The first two all known names or valid numbers: the work a real range asks for.
    return signature.map(([kind, how], i) =>
      how === SCALAR ? scalar(kind) : range(kind, large.includes(i) ? shape : undefined, n < 2)
    );
  }
  // Arguments that mostly make sense together, so that the answers are reached too.
  if (signature[0][0] === "city" && signature[1]?.[0] === "network" && chance(0.4)) {
    const [cities, networks] = pick(MEMBERSHIPS);
    const rest = signature.slice(2).map(([kind]) => (chance(0.3) ? undefined : scalar(kind)));
    return [chance(0.8) ? pick(cities) : noisy(pick(cities)), pick(networks), ...rest];
  }
  if (name === "networkMatrix" && chance(0.4)) {
    const cities = range("cities", [1, 1 + int(20)]).map((row) =>
      row.map(() => (chance(0.1) ? null : pick(CITY_NAMES)))
    );
    const networks = chance(0.2)
      ? [[""]]
      : [[Array.from({ length: 1 + int(8) }, () => pick(NETWORK_NAMES)).join(pick(SEPARATORS))]];
    return [cities, networks, chance(0.3) ? undefined : pick(WORDS.measure)];
  }
  if (name === "networkWeighted" && chance(0.6)) {
    const length = chance(0.9) ? 1 + int(8) : 1 + int(1000);
    const shape: [number, number] = chance(0.5) ? [1, length] : [length, 1];
    const line = (cell: () => unknown) =>
      shape[0] === 1 ? [Array.from({ length }, cell)] : Array.from({ length }, () => [cell()]);
    const weights = NUMBERS.filter((x) => x >= 0);
    return [
      line(() => (chance(0.8) ? 1 + int(9) / 2 : scalar("scores", 40))),
      line(() => (chance(0.97) ? pick(weights) : scalar("weights", 40))),
      chance(0.5) ? undefined : line(() => (chance(0.95) ? pick(WORDS.direction.slice(0, 4)) : "")),
    ];
  }
  const args = signature.map(([kind, how]) => {
    if (OPTIONAL.has(kind) && chance(0.25)) return undefined;
    // Now and then the other shape: a range where Excel gives a value, or the reverse.
    if (chance(0.03)) return how === RANGE ? scalar(kind) : range(kind, [1 + int(3), 1 + int(3)]);
    return how === RANGE ? range(kind) : scalar(kind);
  });
  // Optional arguments left out entirely, as Excel calls a function with fewer arguments.
  while (args.length > 0 && args[args.length - 1] === undefined && chance(0.5)) args.pop();
  return args;
}

/** Problems with an answer: a non-finite number, a ragged or empty spill, a cell Excel cannot show. */
function answerProblems(value: unknown): string[] {
  const cell = (v: unknown, where: string): string[] => {
    if (typeof v === "number") return Number.isFinite(v) ? [] : [`${where} is ${v}`];
    if (typeof v === "string" || typeof v === "boolean") return [];
    return [`${where} is ${v === null ? "null" : typeof v}`];
  };
  if (!Array.isArray(value)) return cell(value, "the result");
  if (value.length === 0 || !Array.isArray(value[0]) || value[0].length === 0)
    return ["an empty spill"];
  const width = value[0].length;
  const problems: string[] = [];
  value.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== width) problems.push(`row ${i + 1} is ragged`);
    else row.forEach((v, j) => problems.push(...cell(v, `cell ${i + 1},${j + 1}`)));
  });
  return problems.slice(0, 3);
}

function describeArgs(args: unknown[]): string {
  return args
    .map((a) =>
      Array.isArray(a)
        ? `range ${a.length}×${(a[0] as unknown[] | undefined)?.length ?? 0}`
        : typeof a === "string"
          ? JSON.stringify(a.length > 40 ? `${a.slice(0, 40)}…(${a.length})` : a)
          : String(a)
    )
    .join(", ");
}

test("every custom function survives what Excel can pass", async () => {
  const functions = Object.entries(fn).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function"
  );
  // A new function must be added to SIGNATURES, so that it is fuzzed too.
  expect(functions.map(([name]) => name).sort()).toEqual(Object.keys(SIGNATURES).sort());

  const calls: Record<string, number> = {};
  const byFunction: Record<string, Record<string, number>> = {};
  const outcomes: Record<string, number> = {};
  const failures: string[] = [];
  let slowest = { ms: 0, call: "" };
  let inCalls = 0;
  const started = performance.now();

  for (let n = 0; n < CALLS_PER_FUNCTION; n++) {
    for (const [name, call] of functions) {
      const args = argumentsFor(name, n);
      const what = `${name}(${describeArgs(args)})`;
      const t0 = performance.now();
      let outcome = "answer";
      try {
        const value = await call(...args);
        failures.push(...answerProblems(value).map((p) => `${what}: ${p}`));
      } catch (e) {
        if (!(e instanceof CustomFunctions.Error)) {
          outcome = "raw error";
          failures.push(`${what}: threw ${String(e)}`);
        } else {
          outcome = e.code;
          const message = e.message ?? "";
          if (message.length === 0) failures.push(`${what}: ${e.code} without a message`);
          if (message.length > MAX_MESSAGE)
            failures.push(`${what}: a message of ${message.length} characters`);
          // An error the core did not expect is wrapped with this prefix: a bug, not an answer.
          if (message.startsWith("CityNet could not answer"))
            failures.push(`${what}: internal error: ${message.slice(0, 200)}`);
        }
      }
      const ms = performance.now() - t0;
      inCalls += ms;
      if (ms > MAX_MS) failures.push(`${what}: took ${Math.round(ms)} ms`);
      if (ms > slowest.ms) slowest = { ms, call: what };
      calls[name] = (calls[name] ?? 0) + 1;
      byFunction[name] = { ...byFunction[name], [outcome]: (byFunction[name]?.[outcome] ?? 0) + 1 };
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  }

  const summary = {
    seed: SEED,
    calls: Object.values(calls).reduce((a, b) => a + b, 0),
    callsPerFunction: calls,
    outcomes,
    outcomesPerFunction: byFunction,
    failures: failures.length,
    slowestCallMs: Math.round(slowest.ms * 10) / 10,
    slowestCall: slowest.call,
    msInCalls: Math.round(inCalls),
    totalMs: Math.round(performance.now() - started),
  };
  const folder = join(__dirname, "../../test-artifacts");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "fuzz-summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`Fuzz summary\n${JSON.stringify(summary, null, 2)}`);

  expect(failures.slice(0, 20)).toEqual([]);
}, 120_000);
