import { nextUnscored, scoreView } from "../../core/pane/score-view";
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

export class ScoreView implements View {
  constructor(private readonly ctx: PaneContext) {}

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
    const v = scoreView(ctx.ds, read, m.row, ctx.lang);
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
      const i = nextUnscored(read, m.row);
      if (i < 0) return ctx.say(t.allScored, "success");
      const target = scoreView(ctx.ds, read, i, ctx.lang).criteria.find(
        (c) => c.score === null && c.cell
      )?.cell;
      void ctx.host!.select({
        sheet: m.sheet,
        ...(target ?? { row: read.evaluation.rows[i].sheetRow, col: 0 }),
      });
    });
    replaceChildren(
      panel,
      issuesBar(ctx),
      el("h2", { id: "score-title" }, v.name),
      el(
        "p",
        {},
        [v.status, v.since !== "" ? t.since(v.since) : "", v.responsible]
          .filter(Boolean)
          .join(" · ")
      ),
      summary,
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
