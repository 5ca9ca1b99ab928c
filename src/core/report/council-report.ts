import type { Dataset } from "../dataset";
import type { Lang } from "../model";
import { membershipCard, organisationCard } from "../pane/fact-card";
import { formatDecimal, formatShare, formatValue } from "../pane/words";
import { costTotals, feeInCurrency, valueForMoney, type RowCosts } from "../scoring/costs";
import {
  evaluateRow,
  teamRowResult,
  type Evaluation,
  type EvaluationRow,
} from "../scoring/evaluation";
import {
  CANDIDATE_RECOMMENDATIONS,
  MEMBERSHIP_RECOMMENDATIONS,
  type Recommendation,
} from "../scoring/recommend";
import { countedRaters } from "../scoring/team";
import { SHEET_WORDS } from "../sheet/strings";
import { sourceName } from "../words/sources";
import { reviewSources } from "./review-sources";
import { REPORT_WORDS } from "./words";

// A draft of the council appendix, as plain data: an introduction naming the framework, its criteria,
// weights and thresholds; one section per organisation in the structure of Bergen's and Stockholm's
// documents (what it is, who follows it up, how the city takes part, the assessment with its value and
// the quotes it rests on, the recommendation in the documents' phrasing); a summary table; the
// sources. src/report/docx.ts writes it as a Word document with Word's own heading styles.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type ReportBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: Run[]; style?: "quote" }
  | { kind: "bullets"; items: Run[][] }
  | { kind: "table"; header: string[]; rows: string[][]; numeric: boolean[] };

export interface CouncilReport {
  lang: Lang;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
}

export interface ReportInput {
  /** The sheet the review was read from, named in the subtitle. */
  sheet: string;
  evaluation: Evaluation;
  /** The date the draft is made, as the reader writes it (the CLI and pane pass today's). */
  date: string;
}

const plain = (text: string): Run[] => [{ text }];
const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", runs: plain(text) });
const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ kind: "heading", level, text });

export function councilReport(ds: Dataset, input: ReportInput, lang: Lang): CouncilReport {
  const w = REPORT_WORDS[lang];
  const sw = SHEET_WORDS[lang];
  const e = input.evaluation;
  const num = (x: number, digits = 2) => formatDecimal(x, lang, digits);
  const criteria = e.framework.criteria;
  const totalWeight = e.weights.reduce((a, b) => a + b, 0);
  const results = e.rows.map((r) => evaluateRow(e, r));
  const blocks: ReportBlock[] = [];

  // Introduction: the framework, its criteria and weights, the thresholds, the team, the currency.
  blocks.push(
    heading(1, w.introduction),
    paragraph(w.intro(e.city.name, e.rows.length)),
    paragraph(w.framework(e.framework.label[lang], e.framework.description[lang])),
    heading(2, w.criteria),
    {
      kind: "table",
      header: [w.criterion, w.weight, w.share, w.direction],
      rows: criteria.map((c, i) => [
        c.criterion.label[lang],
        num(e.weights[i]),
        formatShare(totalWeight > 0 ? e.weights[i] / totalWeight : 0, lang),
        c.criterion.direction === "cost" ? w.cost : w.benefit,
      ]),
      numeric: [false, true, true, false],
    },
    paragraph(
      w.thresholds({
        strengthen: num(e.thresholds.strengthen),
        continue: num(e.thresholds.continue),
        review: num(e.thresholds.review),
        join: num(e.thresholds.join),
      })
    )
  );
  if (e.team) {
    const names = countedRaters(e.team)
      .filter((r) => !r.source)
      .map((r) => r.name);
    blocks.push(paragraph(w.team(listOf(names, lang), e.team.aggregate, e.team.includeSources)));
  }
  if (e.costs) blocks.push(paragraph(w.currency(e.costs.currency)));

  // One section per organisation.
  blocks.push(heading(1, w.organisations));
  e.rows.forEach((row, i) => blocks.push(...organisationSection(ds, e, row, i)));

  // Summary: counts per recommendation, one line per organisation, the costs in all.
  const order: Recommendation[] = [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS];
  const counts = order
    .map((rec) => ({ rec, n: results.filter((r) => r.recommendation === rec).length }))
    .filter((c) => c.n > 0)
    .map((c) => w.count(c.n, sw.recommendations[c.rec]));
  const hasCosts = e.costs !== undefined;
  blocks.push(heading(1, w.summary));
  if (counts.length > 0) blocks.push(paragraph(w.counts(counts.join(", "))));
  blocks.push({
    kind: "table",
    header: [
      w.organisation,
      sw.headers.value,
      sw.headers.recommendation,
      ...(e.team ? [w.disputedColumn] : []),
      ...(hasCosts ? [w.feeColumn(e.costs!.currency)] : []),
    ],
    rows: e.rows.map((row, i) => {
      const team = e.team ? teamRowResult(e, row, results[i].value) : undefined;
      const fee = hasCosts && row.costs ? feeInCurrency(row.costs, e.costs!) : null;
      return [
        row.name,
        formatValue(results[i].value, lang),
        results[i].recommendation ? sw.recommendations[results[i].recommendation!] : "–",
        ...(e.team ? [team?.disputed ? w.yes : ""] : []),
        ...(hasCosts ? [fee === null ? "" : num(fee, 0)] : []),
      ];
    }),
    numeric: [false, true, false, ...(e.team ? [false] : []), ...(hasCosts ? [true] : [])],
  });
  if (hasCosts) {
    const all = costTotals(
      e.rows.map((row, i) => ({ costs: row.costs, recommendation: results[i].recommendation })),
      [],
      e.costs!
    )[0];
    if (all.fees > 0 || all.staffDays > 0 || all.trips > 0)
      blocks.push(
        paragraph(
          w.totalCosts(
            num(all.fees, 0),
            e.costs!.currency,
            num(all.staffDays, 1),
            num(all.trips, 1)
          )
        )
      );
  }

  // The documents the review quotes.
  const sources = reviewSources(
    ds,
    e.city.id,
    e.rows.map((r) => r.key)
  );
  if (sources.length > 0)
    blocks.push(heading(1, w.sources), paragraph(w.sourcesIntro), {
      kind: "bullets",
      items: sources.map((s) => plain(sourceName(s, lang))),
    });

  return {
    lang,
    title: sw.title(e.city.name),
    subtitle: w.subtitle(input.sheet, input.date),
    blocks,
  };

  /** An organisation: what it is, follow-up, participation, assessment, recommendation. */
  function organisationSection(
    dataset: Dataset,
    ev: Evaluation,
    row: EvaluationRow,
    i: number
  ): ReportBlock[] {
    const out: ReportBlock[] = [];
    const org = dataset.orgById.get(row.key);
    const card = org ? organisationCard(dataset, org, lang, ev.city.id) : undefined;
    const acronym = card?.acronym && card.acronym !== row.name ? card.acronym : "";
    out.push(heading(2, acronym ? `${row.name} (${acronym})` : row.name));

    // What it is.
    out.push(heading(3, w.about));
    if (card) {
      out.push(paragraph(w.kindOf(card.kind, card.parent)));
      const description = card.facts.find((f) => f.field === "description");
      if (description) out.push(paragraph(description.value));
      const facts: [string, string][] = [
        ["founded", w.founded],
        ["members", w.members],
        ["secretariat", w.secretariat],
        ["president", w.president],
      ];
      const items = facts.flatMap(([field, label]) => {
        const f = card.facts.find((x) => x.field === field);
        return f ? [[{ text: `${label}: `, bold: true }, { text: f.value }]] : [];
      });
      if (items.length > 0) out.push({ kind: "bullets", items });
    } else out.push(paragraph(w.nothingKnown));

    // Who follows it up.
    out.push(heading(3, w.followUp));
    const responsible = row.responsible || card?.city?.responsible.join("; ") || "";
    out.push(paragraph(responsible ? w.responsible(responsible) : w.noResponsible));
    if (row.assigned) out.push(paragraph(w.assigned(row.assigned)));

    // How the city takes part: its status, history and earlier decisions.
    out.push(heading(3, w.participation));
    const membership = card?.city;
    if (row.type === "Candidate" && !membership) out.push(paragraph(w.candidate(ev.city.name)));
    else {
      const status =
        row.status === null
          ? (row.statusText ?? "")
          : (sw.statuses[row.status] ?? String(row.status));
      out.push(
        paragraph(w.status(ev.city.name, status, row.since === "" ? "" : String(row.since)))
      );
    }
    if (membership) {
      const full = org
        ? dataset.membershipsByPlace.get(ev.city.id ?? "")?.find((m) => m.org.id === org.id)
        : undefined;
      const history = full ? membershipCard(dataset, full, lang) : membership;
      if (history.events.length > 0)
        out.push(paragraph(`${w.history}:`), {
          kind: "bullets",
          items: history.events.map((s) => [
            { text: `${s.when}: `, bold: true },
            { text: s.text ? `${sentence(s.text)} ` : "" },
            { text: s.citation, italic: true },
          ]),
        });
      if (history.recommendations.length > 0)
        out.push(paragraph(`${w.decisions}:`), {
          kind: "bullets",
          items: history.recommendations.map((s) => [
            { text: `${s.when}: `, bold: true },
            { text: `${sentence(s.text)} ` },
            { text: s.citation, italic: true },
          ]),
        });
    }

    // The assessment: each criterion's score and what it means, the value, the team, the quotes.
    out.push(heading(3, w.assessment));
    out.push({
      kind: "table",
      header: [w.criterion, w.score, w.level],
      rows: criteria.map((c, k) => {
        const s = row.scores[k];
        const level = s === null ? null : Math.round(s);
        return [
          c.criterion.label[lang],
          s === null ? "–" : num(s),
          level !== null && level >= 1 && level <= 5
            ? c.criterion.rubric[level as 1 | 2 | 3 | 4 | 5][lang]
            : w.notAssessed,
        ];
      }),
      numeric: [false, true, false],
    });
    const result = results[i];
    out.push(
      paragraph(
        result.value === null
          ? w.noValue
          : w.value(formatValue(result.value, lang), formatShare(result.coverage, lang))
      )
    );
    if (result.fragile) out.push(paragraph(w.fragile));
    const team = ev.team ? teamRowResult(ev, row, result.value) : undefined;
    if (ev.team && team) {
      const list = team.raters
        .filter((r) => r.value !== null)
        .map((r) => {
          const rater = ev.team!.raters.find((x) => x.id === r.id)!;
          return `${rater.name} ${formatValue(r.value, lang)}${r.recommendation ? ` (${sw.recommendations[r.recommendation]})` : ""}`;
        });
      if (list.length > 0) out.push(paragraph(w.raters(listOf(list, lang))));
      if (team.consensus !== null)
        out.push(
          paragraph(
            `${w.consensus(formatShare(team.consensus, lang))} ${team.disputed ? w.disputed : w.settled}`
          )
        );
    }
    const evidence = row.evidence
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (evidence.length > 0)
      out.push(
        paragraph(w.restsOn),
        ...evidence.map((l): ReportBlock => ({ kind: "paragraph", runs: plain(l), style: "quote" }))
      );
    if (row.notes.trim())
      out.push({
        kind: "paragraph",
        runs: [{ text: `${w.teamNotes} `, bold: true }, { text: row.notes.trim() }],
      });
    for (const rater of ev.team?.raters ?? []) {
      const notes = row.ratings?.[rater.id]?.notes.trim();
      if (notes)
        out.push({
          kind: "paragraph",
          runs: [{ text: `${w.notes(rater.name)} `, bold: true }, { text: notes }],
        });
    }
    if (ev.costs && row.costs) {
      const parts = costParts(row.costs, result.value);
      if (parts.length > 0) out.push(paragraph(w.costs(parts.join("; "))));
    }

    // The recommendation, as the documents phrase it.
    out.push(heading(3, w.recommendation));
    out.push({
      kind: "paragraph",
      runs: [
        {
          text: result.recommendation ? w.phrase[result.recommendation] : w.notScored,
          bold: true,
        },
      ],
    });
    return out;

    function costParts(c: RowCosts, value: number | null): string[] {
      const own = ev.costs!.currency;
      const parts: string[] = [];
      if (c.fee !== null) parts.push(w.fee(num(c.fee, 0), c.currency ?? own));
      if (c.staffDays !== null) parts.push(w.staffDays(num(c.staffDays, 1)));
      if (c.trips !== null) parts.push(w.trips(num(c.trips, 1)));
      const money = valueForMoney(value, c, ev.costs!);
      if (money.perTenThousand !== null)
        parts.push(w.perTenThousand(num(money.perTenThousand), own));
      if (money.perStaffDay !== null) parts.push(w.perStaffDay(num(money.perStaffDay)));
      return parts;
    }
  }
}

/** The date as the reader writes it: "22 November 2026", "22. november 2026", "22 november 2026". */
export function longDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat({ en: "en-GB", nb: "nb-NO", sv: "sv-SE" }[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A text ending in one full stop. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "Anne, Per and Kari" in the reader's language. */
function listOf(items: readonly string[], lang: Lang): string {
  const and = { en: "and", nb: "og", sv: "och" }[lang];
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
