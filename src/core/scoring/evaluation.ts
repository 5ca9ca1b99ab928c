import { joinedYear, membershipKey, type Dataset, type Membership } from "../dataset";
import { CityNetError } from "../errors";
import { compareNames, shortPublisher } from "../format";
import { nameKey } from "../normalize";
import { findMembership, resolveCity } from "../queries";
import { requireText } from "../resolver";
import type { Status } from "../status";
import { evidenceText } from "../words/evidence";
import { sourceEvidence, type SourceEvidence } from "./evidence";
import {
  costSettingsFor,
  defaultCurrency,
  type CostSettings,
  type Currency,
  type RowCosts,
} from "./costs";
import type { Framework, Thresholds } from "./frameworks";
import type { Recommendation } from "./recommend";
import { sensitivity, type WeightRange } from "./sensitivity";
import {
  raterId,
  teamResult,
  teamScores,
  type Rater,
  type Rating,
  type Team,
  type TeamResult,
} from "./team";
import type { WeightedCriterion } from "./value";

// An evaluation matrix as plain data: one city, one framework, a row per membership or candidate.
// The sheet description is built from it, and a matrix read back from a workbook becomes one again.

export type RowType = "Membership" | "Candidate";

export interface EvaluationRow {
  /** Dataset organisation id, or "candidate:<name>" for an organisation typed in by the user. */
  key: string;
  name: string;
  type: RowType;
  /**
   * Status in the dataset; "Candidate" for a typed-in organisation; null when a sheet holds a status
   * CityNet does not know (then statusText keeps what was typed).
   */
  status: Status | "Candidate" | null;
  statusText?: string;
  since: number | "";
  responsible: string;
  /**
   * One per framework criterion, in its order; null = not assessed. In a team review, the aggregate
   * of the counted raters' scores (teamScores), never typed directly.
   */
  scores: (number | null)[];
  /** Where the prefilled scores come from: quotes, one line per criterion. */
  evidence: string;
  /**
   * The sources' scores behind `evidence` (a matrix being made): a sheet writes the evidence from them
   * in its own language (words/evidence.ts). Absent for a row read back from a sheet.
   */
  sourceEvidence?: SourceEvidence[];
  notes: string;
  /** Team reviews: each rater's scores and notes, by rater id. */
  ratings?: Record<string, Rating>;
  /** Team reviews: who is to score this row (a rater's name, or a body such as a department). */
  assigned?: string;
  /** What the membership costs, as the team typed it (absent: a matrix from before costs). */
  costs?: RowCosts;
}

export interface Evaluation {
  city: { id?: string; name: string };
  framework: Framework;
  /** Per criterion, in the framework's order (the sheet's weights row). */
  weights: number[];
  thresholds: Thresholds;
  rows: EvaluationRow[];
  /** Several raters (absent: one set of scores, typed into the criterion columns). */
  team?: Team;
  /** The review's currency and exchange rates (absent: a matrix from before costs, format 3 or older). */
  costs?: CostSettings;
}

export interface RowResult {
  value: number | null;
  coverage: number;
  recommendation: Recommendation | null;
  fragile: boolean;
  ranges: WeightRange[];
}

const CANDIDATE_STATUSES = new Set<string>([
  "Joining",
  "Under consideration",
  "Former member",
  "Not a member",
  "Candidate",
]);

export function rowTypeFor(status: Status | "Candidate"): RowType {
  return CANDIDATE_STATUSES.has(status) ? "Candidate" : "Membership";
}

export function weightedCriteria(
  framework: Framework,
  /** Weights from a sheet; the framework's own where missing. */
  weights: readonly number[] = []
): WeightedCriterion[] {
  return framework.criteria.map((c, i) => ({
    direction: c.criterion.direction,
    weight: weights[i] ?? c.weight,
  }));
}

/** Value, coverage, recommendation and fragility of one row. */
export function evaluateRow(
  e: Pick<Evaluation, "framework" | "weights" | "thresholds">,
  row: Pick<EvaluationRow, "scores" | "type">
): RowResult {
  const s = sensitivity(
    weightedCriteria(e.framework, e.weights),
    row.scores,
    e.thresholds,
    row.type === "Candidate"
  );
  return {
    value: s.value,
    coverage: s.coverage,
    recommendation: s.recommendation,
    fragile: s.fragile,
    ranges: s.ranges,
  };
}

/** A team row: the raters' spread per criterion, consensus, each rater's own result, disputed. */
export function teamRowResult(
  e: Evaluation,
  row: EvaluationRow,
  value: number | null = evaluateRow(e, row).value
): (TeamResult & { spread: (number | null)[] }) | undefined {
  if (!e.team) return undefined;
  const criteria = weightedCriteria(e.framework, e.weights);
  const ratings = row.ratings ?? {};
  const { spread } = teamScores(e.team, ratings, criteria.length);
  return {
    ...teamResult(e.team, criteria, e.thresholds, row.type === "Candidate", ratings, value, spread),
    spread,
  };
}

/** The scores a membership's documents imply for a framework's criteria, and the quotes behind them. */
export function sourceScoresFor(
  ds: Dataset,
  m: Membership,
  framework: Framework
): { scores: (number | null)[]; evidence: string; items: SourceEvidence[] } {
  const items = sourceEvidence(ds, m, framework);
  const scores = framework.criteria.map(
    ({ criterion }) => items.find((x) => x.criterion.id === criterion.id)?.score ?? null
  );
  return { scores, evidence: evidenceText(items, "en"), items };
}

function rowFor(ds: Dataset, m: Membership, framework: Framework, prefill: boolean): EvaluationRow {
  const { scores, evidence, items } = prefill
    ? sourceScoresFor(ds, m, framework)
    : { scores: framework.criteria.map(() => null), evidence: "", items: [] };
  const responsible = m.responsible[m.responsible.length - 1];
  return {
    key: m.org.id,
    name: m.org.name,
    type: rowTypeFor(m.current.status),
    status: m.current.status,
    since: joinedYear(m),
    responsible: responsible ? responsible.value : "",
    scores,
    evidence,
    ...(items.length > 0 ? { sourceEvidence: items } : {}),
    notes: "",
  };
}

export interface EvaluationOptions {
  /** Organisations to include (names or ids); default: all the city's recorded memberships. */
  include?: readonly string[];
  /** Candidates to add: dataset organisations or names typed in. */
  candidates?: readonly string[];
  /** Fill scores the documents imply (default true). */
  prefill?: boolean;
  /** Accept a city that is not in the dataset (all its rows are candidates). */
  allowNewCity?: boolean;
  /**
   * Raters' names: a team review. Their scores start blank; the documents' scores become a rater of
   * their own ("Sources: Bergen kommune, c. 2020–2021"), left out of the aggregate.
   */
  raters?: readonly string[];
  /** How the raters' scores combine: median (default) or mean. */
  aggregate?: "median" | "mean";
  /** Count the sources' scores in the aggregate like a rater's (default: shown beside, not counted). */
  includeSources?: boolean;
  /** The review's currency; default: the city's country's (NOK, SEK), else EUR. */
  currency?: Currency;
}

/** The sources' rater: named by the documents the scores come from. */
function sourcesRater(ds: Dataset, e: Evaluation, taken: string[]): Rater | undefined {
  const ids = new Set<string>();
  for (const row of e.rows) {
    const m = e.city.id ? ds.memberships.get(membershipKey(e.city.id, row.key)) : undefined;
    for (const s of m ? (ds.sourceScores.get(membershipKey(m.place.id, m.org.id)) ?? []) : [])
      if (e.framework.criteria.some((c) => c.criterion.id === s.criterion)) ids.add(s.source);
  }
  if (ids.size === 0) return undefined;
  const names = [...ids]
    .map((id) => ds.sources.get(id))
    .filter((x) => x !== undefined)
    .map((src) => `${shortPublisher(src!)}, ${src!.dateText}`);
  // Named by the documents; the sheet says "Sources (…)" in its own language (raterLabel).
  return { id: raterId("sources", taken), name: names.join("; "), source: true };
}

/** Makes an evaluation a team review: blank ratings for each rater, the prefilled scores as the sources'. */
export function withTeam(
  ds: Dataset,
  e: Evaluation,
  names: readonly string[],
  how: { aggregate?: "median" | "mean"; includeSources?: boolean } = {}
): Evaluation {
  const raters: Rater[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed || raters.some((r) => r.name.toLowerCase() === trimmed.toLowerCase())) continue;
    raters.push({
      id: raterId(
        trimmed,
        raters.map((r) => r.id)
      ),
      name: trimmed,
    });
  }
  if (raters.length === 0)
    throw new CityNetError("invalid", "A team review needs at least one rater's name.");
  const sources = sourcesRater(
    ds,
    e,
    raters.map((r) => r.id)
  );
  const team: Team = {
    raters: sources ? [...raters, sources] : raters,
    aggregate: how.aggregate ?? "median",
    includeSources: how.includeSources ?? false,
  };
  const n = e.framework.criteria.length;
  const rows = e.rows.map((row) => {
    const ratings: Record<string, Rating> = {};
    for (const r of raters) ratings[r.id] = { scores: Array(n).fill(null), notes: "" };
    if (sources) ratings[sources.id] = { scores: [...row.scores], notes: "" };
    return { ...row, ratings, assigned: "", scores: teamScores(team, ratings, n).scores };
  });
  return { ...e, team, rows };
}

/** Builds the evaluation of a city's memberships (and candidates) with a framework. */
export function buildEvaluation(
  ds: Dataset,
  cityArg: unknown,
  framework: Framework,
  options: EvaluationOptions = {}
): Evaluation {
  const prefill = options.prefill ?? true;
  let city: Evaluation["city"];
  const cityText = requireText(cityArg, "city", "the name of a city");
  const place = ds.placeNames.find(cityText);
  if (place) city = { id: place.id, name: place.name };
  else if (options.allowNewCity) city = { name: cityText };
  else city = resolveCity(ds, cityText); // throws "Unknown city … Did you mean …"

  const memberships = city.id ? (ds.membershipsByPlace.get(city.id) ?? []) : [];
  const chosen = options.include
    ? options.include.map((n) => {
        const org = ds.orgNames.resolve(n, "network");
        const m = memberships.find((x) => x.org.id === org.id);
        if (!m)
          throw new CityNetError(
            "no-data",
            `The sources record no membership of ${city.name} in ${org.name}: add it as a candidate instead.`
          );
        return m;
      })
    : memberships;
  const rows = [...chosen]
    .sort((a, b) => compareNames(a.org.name, b.org.name))
    .map((m) => rowFor(ds, m, framework, prefill));

  for (const text of options.candidates ?? []) {
    const name = requireText(text, "candidate", "the name of an organisation");
    const org = ds.orgNames.find(name);
    if (org && rows.some((r) => r.key === org.id)) continue;
    const m = org && city.id ? findMembership(ds, ds.placeById.get(city.id)!, org) : undefined;
    if (m) {
      rows.push({ ...rowFor(ds, m, framework, prefill), type: "Candidate" });
      continue;
    }
    const key = org ? org.id : `candidate:${nameKey(name)}`;
    if (rows.some((r) => r.key === key)) continue;
    rows.push({
      key,
      name: org ? org.name : name,
      type: "Candidate",
      status: org ? "Not a member" : "Candidate",
      since: "",
      responsible: "",
      scores: framework.criteria.map(() => null),
      evidence: "",
      notes: "",
    });
  }

  const country = city.id ? ds.placeById.get(city.id)?.country : undefined;
  const e: Evaluation = {
    city,
    framework,
    weights: framework.criteria.map((c) => c.weight),
    thresholds: { ...framework.thresholds },
    rows: rows.map((r) => ({
      ...r,
      costs: { fee: null, currency: null, staffDays: null, trips: null },
    })),
    costs: costSettingsFor(options.currency ?? defaultCurrency(country)),
  };
  return options.raters && options.raters.length > 0 ? withTeam(ds, e, options.raters, options) : e;
}
