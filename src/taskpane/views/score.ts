import { scoreView, type CriterionControl, type EvidenceLine } from "../../core/pane/score-view";
import { findRater, nextUnscoredFor, teamRaters } from "../../core/pane/team-view";
import { formatShare, formatValue } from "../../core/pane/words";
import type { ReadMatrix } from "../../core/sheet/read-matrix";
import { problemLines } from "../../core/sheet/problems";
import { currentRaterName, rememberRater } from "../rater";
import type { PaneContext, View } from "../context";
import {
  button,
  foldout,
  messageBar,
  radioGroup,
  recommendationBadge,
  statusBadge,
  textArea,
  textField,
} from "../controls";
import { el, replaceChildren } from "../dom";
import { historyContent, organisationCardView } from "./cards";

// Score: follows the selected row of a matrix sheet; one control per criterion with its rubric spelled
// out and the sources' score beside it; every change goes to the sheet at once, and the value and
// recommendation shown are the sheet's. A new row scrolls into view at its name; chosen in the pane
// (Create, Next unscored), it takes focus to its first unassessed criterion.

export function matrixProblem(ctx: PaneContext, panel: HTMLElement): boolean {
  const { t } = ctx;
  if (!ctx.host) {
    replaceChildren(panel, el("p", { class: "notice", role: "status" }, t.notInExcel));
    return true;
  }
  const m = ctx.matrix();
  if (!m) {
    replaceChildren(panel, el("p", { class: "notice", role: "status" }, t.selectRow));
    return true;
  }
  if (!m.read) {
    replaceChildren(panel, messageBar("warning", m.error ?? t.notAMatrix(m.sheet)));
    return true;
  }
  return false;
}

/** The matrix's problems, each with its sheet and cell, the first 20 and a count of the rest. */
export function issuesBar(ctx: PaneContext): HTMLElement | false {
  const read = ctx.matrix()?.read;
  if (!read || read.problems.length === 0) return false;
  const lines = problemLines(read.problems, ctx.lang, 20, read.omittedProblems);
  const errors = read.problems.some((p) => p.severity === "error");
  return messageBar(
    errors ? "warning" : "info",
    el(
      "div",
      {},
      errors ? ctx.t.damaged : ctx.t.readWithNotes,
      el("ul", {}, ...lines.map((line) => el("li", {}, line)))
    ),
    { id: "matrix-issues" }
  );
}

/** The team's figures beside the rater's own: aggregate per criterion, consensus, the others. */
function teamSummary(
  ctx: PaneContext,
  team: NonNullable<ReturnType<typeof scoreView>["team"]>,
  aggregate: "median" | "mean"
): HTMLElement {
  const { t, lang } = ctx;
  const n = (x: number | null) => (x === null ? "–" : formatValue(x, lang).replace(/[.,]00$/, ""));
  return el(
    "section",
    { class: "team", id: "team-summary", "aria-label": t.team(aggregate) },
    el(
      "dl",
      { class: "summary" },
      el("dt", {}, t.yourValue),
      el(
        "dd",
        { id: "own-value" },
        `${formatValue(team.own.value, lang)} `,
        team.own.recommendationKey &&
          recommendationBadge(team.own.recommendationKey, team.own.recommendation)
      ),
      el("dt", {}, t.team(aggregate)),
      el("dd", { id: "team-scores" }, team.aggregate.map(n).join(" · ")),
      el("dt", {}, t.consensus),
      el("dd", {}, team.consensus === null ? "–" : formatShare(team.consensus, lang))
    ),
    team.disputed && messageBar("warning", t.disputed, { id: "disputed" }),
    team.others.length > 0 &&
      foldout(t.otherRaters, [
        el(
          "ul",
          {},
          ...team.others.map((o) => el("li", {}, `${o.name}: ${o.scores.map(n).join(" · ")}`))
        ),
      ])
  );
}

/** "Source: 1 · Team: 3" and the quote: what the documents' words imply, and where the review departs. */
function evidenceBlock(ctx: PaneContext, e: EvidenceLine, criterion: string): HTMLElement {
  const t = ctx.t;
  const parts = [
    t.sourceScore(e.source),
    e.own !== undefined && t.yourScore(e.own),
    e.team !== undefined && t.teamScore(e.team),
  ].filter((x): x is string => typeof x === "string");
  const differs = e.own !== undefined || e.team !== undefined;
  return el(
    "div",
    { class: `evidence${differs ? " differs" : ""}`, "data-evidence": criterion },
    el("p", { class: "evidence-scores" }, parts.join(" · ")),
    el("blockquote", {}, e.citation),
    e.details && el("p", { class: "details" }, e.details)
  );
}

export class ScoreView implements View {
  /** The pane asks who is scoring (again, after "Change"). */
  private choosing = false;
  /** The row drawn last, to know when the selection moved to another. */
  private shownRow: string | null = null;

  constructor(private readonly ctx: PaneContext) {}

  /** Who is scoring: one of the workbook's raters, remembered on this computer. */
  private renderRaterChoice(panel: HTMLElement, read: ReadMatrix, current?: string): void {
    const { t } = this.ctx;
    const choice = radioGroup({
      legend: t.whoIsScoring,
      id: "rater-group",
      help: t.whoIsScoringHelp,
      attrs: { id: "rater-choice" },
      choices: teamRaters(read).map((r) => ({
        value: r.name,
        label: r.name,
        key: `rater-${r.name}`,
        checked: r.name === current,
      })),
    });
    const error = el("p", { class: "field-error", id: "choose-rater-error", hidden: "" });
    const confirm = button(
      t.iAmRater,
      { id: "choose-rater", "aria-describedby": error.id },
      () => {
        const picked = choice.group.value;
        if (!picked) {
          error.hidden = false;
          error.textContent = t.chooseYourself;
          this.ctx.say(t.chooseYourself, "warning");
          return;
        }
        rememberRater(picked);
        this.choosing = false;
        this.ctx.say("");
        this.ctx.focusNextRow();
        void this.ctx.refresh();
      },
      true
    );
    const newName = textField({
      label: t.notListed,
      key: "new-rater",
      autocomplete: "name",
      value: currentRaterName() ?? "",
    });
    const addMe = button(t.addMe, { id: "add-me" }, () => {
      if (!newName.value().trim()) return newName.setError(t.needName);
      this.choosing = false;
      this.ctx.focusNextRow();
      void this.ctx.addRater(newName.value());
    });
    replaceChildren(
      panel,
      choice.root,
      el("div", { class: "actions" }, confirm),
      error,
      newName.root,
      el("div", { class: "actions" }, addMe)
    );
  }

  render(panel: HTMLElement): HTMLElement | void {
    const { ctx } = this;
    const { t, lang } = ctx;
    if (matrixProblem(ctx, panel)) return;
    const m = ctx.matrix()!;
    const read = m.read!;
    if (m.row < 0) {
      replaceChildren(
        panel,
        issuesBar(ctx),
        el("p", { class: "notice", role: "status" }, t.selectRow)
      );
      return;
    }
    // A team review: the controls write into the current rater's columns; first, who is that?
    const team = read.evaluation.team;
    const rater = team ? findRater(read, currentRaterName()) : undefined;
    if (team && (!rater || this.choosing)) {
      this.renderRaterChoice(panel, read, rater?.name);
      return;
    }
    const v = scoreView(ctx.ds, read, m.row, lang, rater?.id);
    const r = v.result;
    const rowKey = `${m.sheet}|${v.key}`;
    const newRow = rowKey !== this.shownRow;
    this.shownRow = rowKey;
    const summary = el(
      "dl",
      { class: "summary", id: "score-summary" },
      el("dt", {}, t.value),
      el("dd", { id: "score-value" }, formatValue(r.value, lang)),
      el("dt", {}, t.coverage),
      el("dd", { id: "score-coverage" }, formatShare(r.coverage, lang)),
      el("dt", {}, t.recommendation),
      el(
        "dd",
        {},
        recommendationBadge(r.recommendation, v.recommendation, { id: "score-recommendation" })
      )
    );
    const criteria = v.criteria.map((c) => this.criterion(c, v.evidence, m.sheet));
    const notes = textArea({ label: t.notes, key: "notes", value: v.notes, id: "notes" });
    const notesCell = v.notesCell;
    const saveNotes = button(t.saveNotes, { id: "save-notes" }, () => {
      if (notesCell) void ctx.write(m.sheet, [{ ...notesCell, values: [[notes.value() || null]] }]);
    });
    if (!notesCell) saveNotes.setAttribute("disabled", "");
    const next = button(
      t.nextUnscored,
      { id: "next-unscored" },
      () => {
        const i = nextUnscoredFor(read, m.row, rater?.id);
        if (i < 0) return ctx.say(t.allScored, "success");
        const target = scoreView(ctx.ds, read, i, lang, rater?.id).criteria.find(
          (c) => c.score === null && c.cell
        )?.cell;
        ctx.focusNextRow();
        void ctx.host!.select({
          sheet: m.sheet,
          ...(target ?? { row: read.evaluation.rows[i].sheetRow, col: 0 }),
        });
      },
      true
    );
    const change = button(
      t.changeRater,
      { id: "change-rater", appearance: "transparent", size: "small" },
      () => {
        this.choosing = true;
        this.render(panel);
        (panel.querySelector("#rater-group") as HTMLElement | null)?.focus();
      }
    );
    const heading = el("h2", { id: "score-title", tabindex: "-1" }, v.name);
    replaceChildren(
      panel,
      issuesBar(ctx),
      rater && el("p", { class: "help", id: "scoring-as" }, t.scoringAs(rater.name), " · ", change),
      heading,
      el(
        "p",
        { class: "row-status" },
        v.statusKey !== null || v.status
          ? statusBadge(v.statusKey, v.status, { id: "score-status" })
          : null,
        v.since !== "" ? ` ${t.since(v.since)}` : "",
        v.responsible ? ` · ${v.responsible}` : ""
      ),
      summary,
      v.team && teamSummary(ctx, v.team, team!.aggregate),
      r.fragile && messageBar("warning", t.fragile, { id: "fragile" }),
      ...criteria,
      notes.root,
      el("div", { class: "actions" }, saveNotes, next),
      v.evidenceText && foldout(t.evidence, [el("pre", { class: "evidence" }, v.evidenceText)]),
      v.card &&
        foldout(t.facts, [organisationCardView(ctx, v.card, { heading: "h3", members: false })], {
          id: "score-facts",
        }),
      v.history && foldout(t.history, [historyContent(ctx, v.history)], { id: "score-history" })
    );
    const chosenHere = ctx.takeRowFocus();
    if (!newRow && !chosenHere) return;
    // A new row: its name at the top of the pane, focus on what to score first. Inside Excel the
    // pane's focus waits there until the reader comes to the pane; on a page shared with the sheet
    // (the preview) it does not take focus from a field the reader is typing in.
    heading.scrollIntoView({ block: "start" });
    const active = document.activeElement;
    const typingElsewhere =
      active instanceof HTMLElement &&
      !panel.parentElement?.contains(active) &&
      active.matches("input, textarea, select, [contenteditable]");
    if (!chosenHere && typingElsewhere) return;
    const first = v.criteria.findIndex((c) => c.score === null && c.cell);
    const group = panel.querySelectorAll<HTMLElement>("fluent-radio-group")[first < 0 ? 0 : first];
    return group ?? heading;
  }

  /** One criterion: its rubric as radios, what is wrong with its cell, the sources' score. */
  private criterion(c: CriterionControl, evidence: EvidenceLine[], sheet: string): HTMLElement {
    const { ctx } = this;
    const { t } = ctx;
    const errorId = `problem-${c.id}`;
    const choices = [
      { level: null as number | null, text: t.notAssessed },
      ...c.levels.map((l) => ({ level: l.level as number | null, text: l.text })),
    ];
    const cell = c.cell;
    const { root, group } = radioGroup({
      legend: `${c.label} (${c.direction === "cost" ? t.cost : t.benefit})`,
      id: `criterion-${c.id}`,
      help: c.description,
      className: "criterion",
      attrs: { "data-criterion": c.id },
      choices: choices.map((o) => ({
        value: o.level === null ? "" : String(o.level),
        label: o.level === null ? o.text : `${o.level} · ${o.text}`,
        key: `score-${c.id}-${o.level ?? "none"}`,
        checked: c.score === o.level && !c.problem,
        // Its column was deleted: the problem says so.
        disabled: !cell,
      })),
      onChange: (value) => {
        if (!cell) return;
        void ctx.write(sheet, [{ ...cell, values: [[value === "" ? null : Number(value)]] }]);
      },
    });
    if (c.problem) {
      // "3,5 is not a whole number …", next to the criterion and named by its group.
      root.append(el("p", { class: "field-error", id: errorId }, c.problem));
      group.setAttribute(
        "aria-describedby",
        `${group.getAttribute("aria-describedby") ?? ""} ${errorId}`.trim()
      );
    }
    const line = evidence.find((e) => e.criterion === c.label);
    if (line) root.append(evidenceBlock(ctx, line, c.id));
    return root;
  }
}
