import type { Lang } from "../model";
import { CRITERIA, LEVELS, type Criterion, type Level, type Localized } from "../scoring/criteria";
import {
  BUILT_IN_FRAMEWORKS,
  DEFAULT_THRESHOLDS,
  type Framework,
  type FrameworkCriterion,
  type Thresholds,
} from "../scoring/frameworks";
import { CURRENCIES, type Currency } from "../scoring/costs";
import type { Rater, Team } from "../scoring/team";
import { MATRIX_VERSION, WRITER } from "./matrix-names";

// A matrix's own settings (format version, language, city, framework), kept as JSON in one cell of a
// hidden row that the name CityNet_settings points at. A workbook is untrusted input: the text is
// checked field by field and never trusted to have the shape CityNet wrote.

export interface MatrixSettings {
  /** Format version: 1 (CityNet 0.1, positions only), 2 (names for every part). */
  version: number;
  /** Which CityNet wrote it, when it says. */
  writer?: string;
  /** The sheet's language; undefined when the settings name one CityNet does not know. */
  lang: Lang | undefined;
  /** The language as written, when it is not one CityNet knows. */
  langFound?: string;
  city: { id?: string; name: string };
  framework: Framework;
  /** A team review's raters and how their scores aggregate. */
  team?: Team;
  /** Format 4: the review's currency (its exchange rates are named cells). */
  currency?: Currency;
}

export type SettingsDetail = "json" | "kind" | "city" | "framework" | "version" | "team";

export type SettingsRead =
  | { ok: true; settings: MatrixSettings }
  | { ok: false; detail: SettingsDetail; city?: { id?: string; name: string } };

/** The settings as written into the sheet. */
export function settingsText(s: {
  lang: Lang;
  city: { id?: string; name: string };
  framework: Framework;
  team?: Team;
  currency?: Currency;
}): string {
  return JSON.stringify({
    v: MATRIX_VERSION,
    kind: "evaluation",
    writer: WRITER,
    lang: s.lang,
    city: s.city,
    framework: s.framework,
    ...(s.team ? { team: s.team } : {}),
    ...(s.currency ? { currency: s.currency } : {}),
  });
}

const LANGS: readonly Lang[] = ["en", "nb", "sv"];
const ID = /^[a-z][a-z0-9_]{0,30}$/;

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === "string" && x.trim().length > 0;
const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Text in the three languages; a missing translation falls back to English, then to `fallback`. */
function localized(x: unknown, fallback?: Localized): Localized | undefined {
  if (!isObject(x)) return fallback;
  const en = isText(x.en) ? x.en : fallback?.en;
  if (en === undefined) return undefined;
  return {
    en,
    nb: isText(x.nb) ? x.nb : (fallback?.nb ?? en),
    sv: isText(x.sv) ? x.sv : (fallback?.sv ?? en),
  };
}

function criterionFrom(x: unknown): Criterion | undefined {
  if (!isObject(x) || typeof x.id !== "string" || !ID.test(x.id)) return undefined;
  const builtIn = (CRITERIA as Record<string, Criterion>)[x.id];
  const direction =
    x.direction === "benefit" || x.direction === "cost" ? x.direction : builtIn?.direction;
  const label = localized(x.label, builtIn?.label);
  const description = localized(x.description, builtIn?.description) ?? label;
  if (!direction || !label || !description) return undefined;
  const rubricIn = isObject(x.rubric) ? x.rubric : {};
  const rubric = {} as Record<Level, Localized>;
  for (const level of LEVELS) {
    const r = localized(rubricIn[String(level)], builtIn?.rubric[level]);
    if (!r) return undefined;
    rubric[level] = r;
  }
  return { id: x.id, label, description, direction, rubric };
}

function thresholdsFrom(x: unknown, fallback: Thresholds): Thresholds {
  const t = isObject(x) ? x : {};
  const pick = (k: keyof Thresholds) => (isFiniteNumber(t[k]) ? (t[k] as number) : fallback[k]);
  return {
    strengthen: pick("strengthen"),
    continue: pick("continue"),
    review: pick("review"),
    join: pick("join"),
  };
}

/** A framework as stored in settings, checked; built-in criteria fill what a damaged copy lacks. */
export function frameworkFrom(x: unknown): Framework | undefined {
  if (!isObject(x) || typeof x.id !== "string" || !ID.test(x.id)) return undefined;
  const builtIn = BUILT_IN_FRAMEWORKS.find((f) => f.id === x.id);
  if (!Array.isArray(x.criteria) || x.criteria.length === 0) return undefined;
  const criteria: FrameworkCriterion[] = [];
  const seen = new Set<string>();
  for (const item of x.criteria) {
    if (!isObject(item)) return undefined;
    const criterion = criterionFrom(item.criterion);
    if (!criterion || seen.has(criterion.id)) return undefined;
    seen.add(criterion.id);
    const weight = isFiniteNumber(item.weight) && item.weight >= 0 ? item.weight : 1;
    criteria.push({ criterion, weight });
  }
  const label = localized(x.label, builtIn?.label) ?? { en: x.id, nb: x.id, sv: x.id };
  return {
    id: x.id,
    label,
    description: localized(x.description, builtIn?.description) ?? label,
    criteria,
    thresholds: thresholdsFrom(x.thresholds, builtIn?.thresholds ?? DEFAULT_THRESHOLDS),
  };
}

/** The team as stored; raters with an unusable id or name are left out (the reader says so). */
function teamFrom(x: unknown): Team | undefined {
  if (!isObject(x) || !Array.isArray(x.raters)) return undefined;
  const raters: Rater[] = [];
  for (const r of x.raters) {
    if (!isObject(r) || typeof r.id !== "string" || !ID.test(r.id) || !isText(r.name)) continue;
    if (raters.some((o) => o.id === r.id)) continue;
    raters.push({
      id: r.id,
      name: r.name.slice(0, 80),
      ...(r.source === true ? { source: true } : {}),
    });
  }
  if (raters.length === 0) return undefined;
  return {
    raters,
    aggregate: x.aggregate === "mean" ? "mean" : "median",
    includeSources: x.includeSources === true,
  };
}

function cityFrom(x: unknown): { id?: string; name: string } | undefined {
  if (!isObject(x) || !isText(x.name)) return undefined;
  return typeof x.id === "string" && /^[a-z0-9-]{1,80}$/.test(x.id)
    ? { id: x.id, name: x.name }
    : { name: x.name };
}

/**
 * Reads the settings cell. Version 1 (CityNet 0.1) has the same fields and is read the same way;
 * a newer version is read as far as its known fields go.
 */
export function parseSettings(raw: unknown): SettingsRead {
  if (typeof raw !== "string" || raw.length > 40000) return { ok: false, detail: "json" };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, detail: "json" };
  }
  if (!isObject(json)) return { ok: false, detail: "json" };
  if (json.kind !== "evaluation") return { ok: false, detail: "kind" };
  const city = cityFrom(json.city);
  if (!city) return { ok: false, detail: "city" };
  if (!(isFiniteNumber(json.v) && Number.isInteger(json.v) && json.v >= 1))
    return { ok: false, detail: "version", city };
  const framework = frameworkFrom(json.framework);
  if (!framework) return { ok: false, detail: "framework", city };
  const lang = LANGS.find((l) => l === json.lang);
  // A team's aggregate columns read as typed scores would be wrong: a damaged team is a damaged matrix.
  const team = json.team === undefined ? undefined : teamFrom(json.team);
  if (json.team !== undefined && !team) return { ok: false, detail: "team", city };
  return {
    ok: true,
    settings: {
      version: json.v,
      writer: isText(json.writer) ? json.writer.slice(0, 60) : undefined,
      lang,
      langFound: lang ? undefined : String(json.lang ?? "").slice(0, 20),
      city,
      framework,
      team,
      // An unknown currency is no currency: the reader says so where it reads the costs.
      currency: CURRENCIES.find((c) => c === json.currency),
    },
  };
}
