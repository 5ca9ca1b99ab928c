import { scoreView } from "../../core/pane/score-view";
import { findRater, nextUnscoredFor, teamRaters } from "../../core/pane/team-view";
import { formatNumber } from "../../core/sheet/problems";
import type { ReadMatrix } from "../../core/sheet/read-matrix";
import { currentRaterName, rememberRater } from "../rater";
import { problemLines } from "../../core/sheet/problems";
import type { PaneContext, View } from "../context";
import { el, replaceChildren, uid } from "../dom";
import { membershipDetails } from "./data";

// Score: follows the selected row of a matrix sheet; one control per criterion with its rubric spelled
// out; every change goes to the sheet at once, and the value and recommendation shown are the sheet's.

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
    replaceChildren(
      panel,
      el("fluent-message-bar", { intent: "warning" }, m.error ?? t.notAMatrix(m.sheet))
    );
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
  return el(
    "fluent-message-bar",
    { intent: errors ? "warning" : "info", id: "matrix-issues" },
    el(
      "div",
      {},
      errors ? ctx.t.damaged : ctx.t.readWithNotes,
      el("ul", {}, ...lines.map((line) => el("li", {}, line)))
    )
  );
}

/** The team's figures beside the rater's own: aggregate per criterion, consensus, the others. */
function teamSummary(
  ctx: PaneContext,
  team: NonNullable<ReturnType<typeof scoreView>["team"]>,
  aggregate: "median" | "mean"
): HTMLElement {
  const { t } = ctx;
  const n = (x: number | null) =>
    x === null ? "–" : formatNumber(Math.round(x * 100) / 100, ctx.lang);
  return el(
    "section",
    { class: "team", id: "team-summary", "aria-label": t.team(aggregate) },
    el(
      "dl",
      { class: "summary" },
      el("dt", {}, t.yourValue),
      el("dd", { id: "own-value" }, `${n(team.own.value)} ${team.own.recommendation}`.trim()),
      el("dt", {}, t.team(aggregate)),
      el("dd", { id: "team-scores" }, team.aggregate.map(n).join(" · ")),
      el("dt", {}, t.consensus),
      el("dd", {}, team.consensus === null ? "–" : `${Math.round(team.consensus * 100)} %`)
    ),
    team.disputed && el("fluent-message-bar", { intent: "warning", id: "disputed" }, t.disputed),
    team.others.length > 0 &&
      el(
        "details",
        {},
        el("summary", {}, t.otherRaters),
        el(
          "ul",
          {},
          ...team.others.map((o) => el("li", {}, `${o.name}: ${o.scores.map(n).join(" · ")}`))
        )
      )
  );
}

export class ScoreView implements View {
  /** The pane asks who is scoring (again, after "Change"). */
  private choosing = false;

  constructor(private readonly ctx: PaneContext) {}

  /** Who is scoring: one of the workbook's raters, remembered on this computer. */
  private renderRaterChoice(panel: HTMLElement, read: ReadMatrix, current?: string): void {
    const { t } = this.ctx;
    const name = uid("rater");
    const choices = teamRaters(read).map((r) => {
      const id = uid("r");
      const radio = el("input", { type: "radio", name, id, value: r.name });
      radio.checked = r.name === current;
      return {
        radio,
        row: el("div", { class: "choice" }, radio, el("label", { for: id }, r.name)),
      };
    });
    const confirm = el("fluent-button", { appearance: "primary", id: "choose-rater" }, t.iAmRater);
    confirm.addEventListener("click", () => {
      const picked = choices.find((c) => c.radio.checked);
      if (!picked) return;
      rememberRater(picked.radio.value);
      this.choosing = false;
      this.render(panel);
    });
    const newId = uid("me");
    const newName = el("input", { id: newId, class: "input", autocomplete: "name" });
    newName.value = currentRaterName() ?? "";
    const addMe = el("fluent-button", { id: "add-me" }, t.addMe);
    addMe.addEventListener("click", () => {
      if (!newName.value.trim()) return;
      this.choosing = false;
      void this.ctx.addRater(newName.value);
    });
    replaceChildren(
      panel,
      el(
        "fieldset",
        { class: "group", id: "rater-choice" },
        el("legend", {}, t.whoIsScoring),
        el("p", { class: "help" }, t.whoIsScoringHelp),
        ...choices.map((c) => c.row)
      ),
      confirm,
      el("label", { for: newId, class: "label" }, t.notListed),
      el("div", { class: "row" }, newName, addMe)
    );
  }

  render(panel: HTMLElement): void {
    const { ctx } = this;
    const { t } = ctx;
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
    const v = scoreView(ctx.ds, read, m.row, ctx.lang, rater?.id);
    const r = v.result;
    const summary = el(
      "dl",
      { class: "summary", id: "score-summary" },
      el("dt", {}, t.value),
      el("dd", { id: "score-value" }, r.value === null ? "–" : r.value.toFixed(2)),
      el("dt", {}, t.coverage),
      el("dd", {}, `${Math.round(r.coverage * 100)} %`),
      el("dt", {}, t.recommendation),
      el("dd", { id: "score-recommendation" }, v.recommendation || "–")
    );
    const criteria = v.criteria.map((c) => {
      const name = uid("crit");
      const options = [
        { level: null as number | null, text: t.notAssessed },
        ...c.levels.map((l) => ({ level: l.level as number | null, text: l.text })),
      ];
      return el(
        "fieldset",
        { class: "group criterion", "data-criterion": c.id },
        el("legend", {}, `${c.label} (${c.direction === "cost" ? t.cost : t.benefit})`),
        el("p", { class: "help" }, c.description),
        ...options.map((o) => {
          const id = uid("lvl");
          const radio = el("input", {
            type: "radio",
            name,
            id,
            value: o.level === null ? "" : String(o.level),
          });
          radio.checked = c.score === o.level;
          const cell = c.cell;
          if (cell)
            radio.addEventListener(
              "change",
              () => void ctx.write(m.sheet, [{ ...cell, values: [[o.level]] }])
            );
          else radio.disabled = true; // its column was deleted: the problem says so

          return el(
            "div",
            { class: "choice" },
            radio,
            el("label", { for: id }, o.level === null ? o.text : `${o.level} · ${o.text}`)
          );
        })
      );
    });
    const notesId = uid("notes");
    const notes = el("textarea", { id: notesId, class: "input", rows: "3", "data-key": "notes" });
    notes.value = v.notes;
    const saveNotes = el("fluent-button", { id: "save-notes" }, t.saveNotes);
    const notesCell = v.notesCell;
    if (notesCell)
      saveNotes.addEventListener(
        "click",
        () => void ctx.write(m.sheet, [{ ...notesCell, values: [[notes.value || null]] }])
      );
    else saveNotes.setAttribute("disabled", "");
    const next = el(
      "fluent-button",
      { appearance: "primary", id: "next-unscored" },
      t.nextUnscored
    );
    next.addEventListener("click", () => {
      const i = nextUnscoredFor(read, m.row, rater?.id);
      if (i < 0) return ctx.say(t.allScored, "success");
      const target = scoreView(ctx.ds, read, i, ctx.lang, rater?.id).criteria.find(
        (c) => c.score === null && c.cell
      )?.cell;
      void ctx.host!.select({
        sheet: m.sheet,
        ...(target ?? { row: read.evaluation.rows[i].sheetRow, col: 0 }),
      });
    });
    const change = el(
      "button",
      { type: "button", class: "link", id: "change-rater" },
      t.changeRater
    );
    change.addEventListener("click", () => {
      this.choosing = true;
      this.render(panel);
    });
    replaceChildren(
      panel,
      issuesBar(ctx),
      rater && el("p", { class: "help", id: "scoring-as" }, t.scoringAs(rater.name), " · ", change),
      el("h2", { id: "score-title" }, v.name),
      el(
        "p",
        {},
        [v.status, v.since !== "" ? t.since(v.since) : "", v.responsible]
          .filter(Boolean)
          .join(" · ")
      ),
      summary,
      v.team && teamSummary(ctx, v.team, team!.aggregate),
      r.fragile && el("fluent-message-bar", { intent: "warning" }, t.fragile),
      ...criteria,
      el("label", { for: notesId, class: "label" }, t.notes),
      notes,
      el("div", { class: "row" }, saveNotes, next),
      v.evidence &&
        el(
          "details",
          {},
          el("summary", {}, t.evidence),
          el("pre", { class: "evidence" }, v.evidence)
        ),
      v.history && membershipDetails(ctx, v.history, t.history),
      v.facts.length > 0 &&
        el(
          "details",
          {},
          el("summary", {}, t.facts),
          el(
            "dl",
            {},
            ...v.facts.flatMap((f) => [
              el("dt", {}, t.fields[f.field as keyof typeof t.fields] ?? f.field),
              el("dd", {}, String(f.value), el("blockquote", {}, f.citation)),
            ])
          )
        )
    );
  }
}
