import type { Lang } from "../model";
import type { Evaluation, EvaluationRow } from "../scoring/evaluation";
import { CURRENCIES, type CostSettings, type RowCosts } from "../scoring/costs";
import { raterId, teamScores, type Rater, type Rating, type Team } from "../scoring/team";
import { COST_WORDS } from "./cost-words";
import { a1 } from "./address";
import { formatNumber, problemPlace } from "./problems";
import type { ReadMatrix } from "./read-matrix";

// Workbooks sent round and returned one by one, merged into one review: every rater's scores from
// every copy, side by side. A score given in one copy and blank in another is taken; the same rater
// with different scores for the same cell in two copies is a conflict, reported with both values and
// never resolved here. Merging a copy with itself, or twice, changes nothing.

export interface MergeInput {
  /** Where the matrix comes from, for messages: the file name. */
  file: string;
  read: ReadMatrix;
  /** For a matrix without raters: whose scores they are (default: the file's name). */
  raterName?: string;
}

export interface MergeConflict {
  organisation: string;
  /** What differs: a rater's score or notes, a weight, a threshold, how the team aggregates. */
  what: string;
  /** Each copy's value, where it is. */
  values: { file: string; place: string; value: string }[];
  message: string;
}

export interface MergeResult {
  /** Null when the copies are not of the same review (another city or framework). */
  evaluation: Evaluation | null;
  lang: Lang;
  conflicts: MergeConflict[];
  /** Why nothing could be merged, when evaluation is null. */
  refused?: string;
}

const WORDS: Record<
  Lang,
  {
    notSame: (a: string, b: string) => string;
    conflict: (what: string, organisation: string, values: string) => string;
    score: (rater: string, criterion: string) => string;
    notes: (rater: string) => string;
    weight: (criterion: string) => string;
    threshold: (key: string) => string;
    team: string;
    assigned: string;
    review: string;
    currency: string;
    rate: (currency: string) => string;
  }
> = {
  en: {
    notSame: (a, b) =>
      `${b} is not the same review as ${a} (another city or framework): merge copies of one review.`,
    conflict: (w, o, v) =>
      `${w} for ${o} differs between the copies: ${v}. Decide which is right in one copy, then merge again.`,
    score: (r, c) => `${r}'s score for ${c}`,
    notes: (r) => `${r}'s notes`,
    weight: (c) => `The weight of ${c}`,
    threshold: (k) => `The threshold '${k}'`,
    team: "How the raters' scores are aggregated",
    assigned: "Who is to score",
    review: "the review",
    currency: "The review's currency",
    rate: (c) => `The exchange rate for ${c}`,
  },
  nb: {
    notSame: (a, b) =>
      `${b} er ikke den samme vurderingen som ${a} (en annen by eller et annet rammeverk): slå sammen kopier av én vurdering.`,
    conflict: (w, o, v) =>
      `${w} for ${o} er ulik i kopiene: ${v}. Avgjør hva som er riktig i én kopi, og slå sammen på nytt.`,
    score: (r, c) => `${r}s poeng for ${c}`,
    notes: (r) => `${r}s notater`,
    weight: (c) => `Vekten for ${c}`,
    threshold: (k) => `Terskelen «${k}»`,
    team: "Hvordan vurderernes poeng slås sammen",
    assigned: "Hvem som skal vurdere",
    review: "vurderingen",
    currency: "Gjennomgangens valuta",
    rate: (c) => `Valutakursen for ${c}`,
  },
  sv: {
    notSame: (a, b) =>
      `${b} är inte samma utvärdering som ${a} (en annan stad eller ett annat ramverk): slå ihop kopior av en utvärdering.`,
    conflict: (w, o, v) =>
      `${w} för ${o} skiljer sig mellan kopiorna: ${v}. Avgör vad som är rätt i en kopia och slå ihop igen.`,
    score: (r, c) => `${r}s poäng för ${c}`,
    notes: (r) => `${r}s anteckningar`,
    weight: (c) => `Vikten för ${c}`,
    threshold: (k) => `Tröskeln ”${k}”`,
    team: "Hur bedömarnas poäng slås ihop",
    assigned: "Vem som ska bedöma",
    review: "utvärderingen",
    currency: "Genomgångens valuta",
    rate: (c) => `Växelkursen för ${c}`,
  },
};

/** A matrix's raters and ratings: its team's, or its one set of scores as one rater's. */
function asTeam(input: MergeInput): {
  raters: Rater[];
  ratings: (row: EvaluationRow) => Record<string, Rating>;
} {
  const e = input.read.evaluation;
  if (e.team) return { raters: e.team.raters, ratings: (row) => row.ratings ?? {} };
  const name = input.raterName ?? input.file.replace(/\.xlsx$/i, "");
  const rater = { id: raterId(name), name };
  return {
    raters: [rater],
    ratings: (row) => ({ [rater.id]: { scores: row.scores, notes: row.notes } }),
  };
}

/** Merges copies of one review (same city and framework). Problems reported in `lang`. */
export function mergeReviews(inputs: readonly MergeInput[], lang: Lang = "en"): MergeResult {
  const say = WORDS[lang];
  const first = inputs[0];
  const base = first.read.evaluation;
  const sameReview = (m: ReadMatrix) =>
    m.evaluation.framework.id === base.framework.id &&
    (m.evaluation.city.id ?? m.evaluation.city.name) === (base.city.id ?? base.city.name);
  const other = inputs.find((x) => !sameReview(x.read));
  if (other)
    return {
      evaluation: null,
      lang,
      conflicts: [],
      refused: say.notSame(
        `${first.file} (${base.city.name})`,
        `${other.file} (${other.read.evaluation.city.name})`
      ),
    };
  const conflicts: MergeConflict[] = [];
  const criteria = base.framework.criteria;
  const labels = criteria.map((c) => c.criterion.label[lang]);

  /** Takes the value every copy that gives one agrees on; a disagreement is a conflict. */
  function agree<T>(
    what: string,
    organisation: string,
    given: { file: string; place: string; value: T | null }[],
    show: (v: T) => string
  ): T | null {
    const present = given.filter((g) => g.value !== null && g.value !== "");
    const distinct = [...new Set(present.map((g) => show(g.value as T)))];
    if (distinct.length > 1) {
      const values = present.map((g) => ({
        file: g.file,
        place: g.place,
        value: show(g.value as T),
      }));
      conflicts.push({
        organisation,
        what,
        values,
        message: say.conflict(
          what,
          organisation,
          values.map((v) => `${v.value} (${v.file}, ${v.place})`).join("; ")
        ),
      });
      return null;
    }
    return present.length ? (present[0].value as T) : null;
  }
  const number = (x: number) => formatNumber(x, lang);

  // Settings every copy must share: weights, thresholds, the team's aggregation.
  const weights = criteria.map(
    (c, i) =>
      agree(
        say.weight(c.criterion.label[lang]),
        say.review,
        inputs.map((x) => {
          const at = x.read.layout.weightCells[i];
          return {
            file: x.file,
            place: at
              ? problemPlace({ sheet: x.read.sheet, cell: a1(at.row, at.col) })
              : x.read.sheet,
            value: x.read.evaluation.weights[i],
          };
        }),
        number
      ) ?? base.weights[i]
  );
  const thresholds = { ...base.thresholds };
  for (const key of ["strengthen", "continue", "review", "join"] as const)
    thresholds[key] =
      agree(
        say.threshold(key),
        say.review,
        inputs.map((x) => ({
          file: x.file,
          place: x.read.sheet,
          value: x.read.evaluation.thresholds[key],
        })),
        number
      ) ?? base.thresholds[key];

  const teams = inputs.map(asTeam);
  const raters: Rater[] = [];
  for (const t of teams)
    for (const r of t.raters) if (!raters.some((x) => x.id === r.id)) raters.push(r);
  // The team's raters first, in the order they appear; the sources' after them.
  raters.sort((a, b) => Number(a.source ?? false) - Number(b.source ?? false));
  const teamSettings = inputs.map((x) => x.read.evaluation.team).filter((t): t is Team => !!t);
  const aggregation =
    agree(
      say.team,
      say.review,
      inputs
        .filter((x) => x.read.evaluation.team)
        .map((x) => ({
          file: x.file,
          place: x.read.sheet,
          value: `${x.read.evaluation.team!.aggregate}${x.read.evaluation.team!.includeSources ? " + sources" : ""}`,
        })),
      (v) => v
    ) ??
    (teamSettings[0]
      ? `${teamSettings[0].aggregate}${teamSettings[0].includeSources ? " + sources" : ""}`
      : "median");
  const team: Team = {
    raters,
    aggregate: aggregation.startsWith("mean") ? "mean" : "median",
    includeSources: aggregation.endsWith("+ sources"),
  };

  // Costs (format 4): the review's currency and rates, from the copies that have them.
  const withCosts = inputs.filter((x) => x.read.evaluation.costs);
  let costs: CostSettings | undefined;
  if (withCosts.length > 0) {
    const currency =
      agree(
        say.currency,
        say.review,
        withCosts.map((x) => ({
          file: x.file,
          place: x.read.sheet,
          value: x.read.evaluation.costs!.currency,
        })),
        (v) => v
      ) ?? withCosts[0].read.evaluation.costs!.currency;
    const rates = { ...withCosts[0].read.evaluation.costs!.rates };
    for (const c of CURRENCIES)
      rates[c] = agree(
        say.rate(c),
        say.review,
        withCosts.map((x) => {
          const at = x.read.layout.costs?.rates[c];
          return {
            file: x.file,
            place: problemPlace({
              sheet: x.read.sheet,
              cell: at ? a1(at.row, at.col) : undefined,
            }),
            value: x.read.evaluation.costs!.rates[c],
          };
        }),
        number
      );
    costs = { currency, rates };
  }
  const costWords = COST_WORDS[lang];

  // Rows: the first copy's order, then rows the others add.
  const keys: string[] = [];
  for (const x of inputs)
    for (const row of x.read.evaluation.rows) if (!keys.includes(row.key)) keys.push(row.key);
  const rows: EvaluationRow[] = keys.map((key) => {
    const copies = inputs
      .map((x, k) => ({ x, k, row: x.read.evaluation.rows.find((r) => r.key === key) }))
      .filter(
        (c): c is { x: MergeInput; k: number; row: (typeof c.x.read.evaluation.rows)[number] } =>
          !!c.row
      );
    const template = copies[0].row;
    const organisation = template.name;
    const ratings: Record<string, Rating> = {};
    for (const rater of raters) {
      const given = copies
        .map((c) => ({ c, rating: teams[c.k].ratings(c.row)[rater.id] }))
        .filter((g) => g.rating !== undefined);
      const raterName = rater.name;
      const columns = (c: (typeof copies)[number]) => {
        const t = c.x.read.layout.team;
        const k = t ? c.x.read.evaluation.team!.raters.findIndex((r) => r.id === rater.id) : -1;
        return t && k >= 0 ? t.raters[k].scores : c.x.read.layout.scoreColumns;
      };
      ratings[rater.id] = {
        scores: criteria.map((_, i) =>
          agree(
            say.score(raterName, labels[i]),
            organisation,
            given.map((g) => {
              const col = columns(g.c)[i];
              return {
                file: g.c.x.file,
                place: problemPlace({
                  sheet: g.c.x.read.sheet,
                  cell: col === undefined ? undefined : a1(g.c.row.sheetRow, col),
                }),
                value: g.rating!.scores[i],
              };
            }),
            number
          )
        ),
        notes:
          agree(
            say.notes(raterName),
            organisation,
            given.map((g) => ({
              file: g.c.x.file,
              place: g.c.x.read.sheet,
              value: g.rating!.notes,
            })),
            (v) => v
          ) ?? "",
      };
    }
    const assigned =
      agree(
        say.assigned,
        organisation,
        copies.map((c) => ({ file: c.x.file, place: c.x.read.sheet, value: c.row.assigned ?? "" })),
        (v) => v
      ) ?? "";
    const notes =
      agree(
        say.notes(say.review),
        organisation,
        copies
          .filter((c) => c.x.read.evaluation.team)
          .map((c) => ({ file: c.x.file, place: c.x.read.sheet, value: c.row.notes })),
        (v) => v
      ) ?? "";
    const rowCosts: RowCosts | undefined = costs
      ? (() => {
          const typed = copies.filter((c) => c.row.costs && c.x.read.layout.costs);
          const field = <K extends keyof RowCosts>(
            key: K,
            label: string,
            show: (v: NonNullable<RowCosts[K]>) => string
          ) =>
            agree(
              label,
              organisation,
              typed.map((c) => {
                const col = c.x.read.layout.costs!.columns[key];
                return {
                  file: c.x.file,
                  place: problemPlace({
                    sheet: c.x.read.sheet,
                    cell: col === undefined ? undefined : a1(c.row.sheetRow, col),
                  }),
                  value: c.row.costs![key] as NonNullable<RowCosts[K]> | null,
                };
              }),
              show
            );
          return {
            fee: field("fee", costWords.fee, number),
            currency: field("currency", costWords.currency, (v) => v),
            staffDays: field("staffDays", costWords.staffDays, number),
            trips: field("trips", costWords.trips, number),
          };
        })()
      : undefined;
    const { sheetRow: _row, outsideTable: _outside, ...plain } = template;
    void _row;
    void _outside;
    return {
      ...plain,
      notes,
      ratings,
      assigned,
      scores: teamScores(team, ratings, criteria.length).scores,
      ...(rowCosts ? { costs: rowCosts } : {}),
    };
  });

  // Copies of a review without raters, all one person's: it stays a review without raters.
  const single = teamSettings.length === 0 && raters.length === 1;
  return {
    evaluation: {
      city: base.city,
      framework: base.framework,
      weights,
      thresholds,
      rows: single
        ? rows.map(({ ratings, assigned: _a, ...row }) => {
            void _a;
            const only = ratings![raters[0].id];
            return { ...row, scores: only.scores, notes: only.notes };
          })
        : rows,
      ...(single ? {} : { team }),
      ...(costs ? { costs } : {}),
    },
    lang: first.read.lang,
    conflicts,
  };
}
