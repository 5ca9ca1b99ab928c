import type { Lang } from "../core/model";
import { formatNumber, problemPlace } from "../core/sheet/problems";
import type { ReviewReport } from "../core/sheet/review-report";
import { SHEET_WORDS } from "../core/sheet/strings";
import { BUILT_IN_FRAMEWORKS } from "../core/scoring/frameworks";
import { CRITERIA } from "../core/scoring/criteria";
import { CLI_WORDS, LANGUAGE_NAMES } from "./words";

// `citynet check`: a review report (core/sheet/review-report.ts) as text for a person.

const MAX_PROBLEM_LINES = 200;

function pad(text: string, width: number, right = false): string {
  const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

/** The report as lines of text in the reader's language. */
export function reportText(file: string, report: ReviewReport, lang: Lang): string[] {
  const w = CLI_WORDS[lang];
  const words = SHEET_WORDS[lang];
  const problemCount = report.problems.length + report.problemsOmitted;
  const lines = [w.summary(file, report.matrices.length, problemCount)];
  for (const m of report.matrices) {
    const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === m.framework);
    lines.push(
      "",
      w.matrixLine(
        m.sheet,
        m.city,
        framework ? framework.label[lang] : m.framework,
        LANGUAGE_NAMES[lang][m.language],
        m.rows.length
      )
    );
    if (m.team)
      lines.push(
        `  ${w.raters(m.team.raters.map((r) => (r.source ? words.team.sources(r.name) : r.name)))}`
      );
    const ids = Object.keys(m.weights);
    const disputedColumn = m.team ? `  ${words.team.disputed}` : "";
    const label = (id: string) =>
      (CRITERIA as Record<string, { label: Record<Lang, string> }>)[id]?.label[lang] ?? id;
    const widths = ids.map((id) => Math.min(16, Math.max(3, label(id).length)));
    lines.push(
      `  ${pad(w.organisation, 40)} ${ids.map((id, i) => pad(label(id), widths[i], true)).join(" ")} ${pad(w.value, 6, true)}  ${pad(w.recommendation, 16)}${disputedColumn}`.trimEnd()
    );
    for (const row of m.rows) {
      const scores = ids.map((id, i) => {
        const x = row.scores[id];
        return pad(x === null ? "–" : formatNumber(x, lang), widths[i], true);
      });
      const value =
        row.value === null ? "–" : formatNumber(Math.round(row.value * 100) / 100, lang);
      const recommendation = row.recommendation ? words.recommendations[row.recommendation] : "–";
      lines.push(
        `  ${pad(row.organisation, 40)} ${scores.join(" ")} ${pad(value, 6, true)}  ${pad(recommendation, 16)}${m.team ? `  ${row.disputed ? words.yes : ""}` : ""}`.trimEnd()
      );
    }
  }
  lines.push("");
  if (problemCount === 0) lines.push(w.noProblems);
  else {
    lines.push(w.problems(problemCount));
    for (const p of report.problems.slice(0, MAX_PROBLEM_LINES))
      lines.push(
        `  ${p.sheet === null ? file : problemPlace({ sheet: p.sheet, cell: p.cell ?? undefined })}: ${p.message}`
      );
    const rest = problemCount - Math.min(report.problems.length, MAX_PROBLEM_LINES);
    if (rest > 0) lines.push(`  ${PROBLEM_MORE[lang](rest)}`);
  }
  return lines;
}

const PROBLEM_MORE: Record<Lang, (n: number) => string> = {
  en: (n) => `and ${formatNumber(n, "en")} more`,
  nb: (n) => `og ${formatNumber(n, "nb")} til`,
  sv: (n) => `och ${formatNumber(n, "sv")} till`,
};
