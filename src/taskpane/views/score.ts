import { nextUnscored, scoreView } from "../../core/pane/score-view";
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

export function issuesBar(ctx: PaneContext): HTMLElement | false {
  const issues = ctx.matrix()?.read?.issues ?? [];
  return (
    issues.length > 0 &&
    el(
      "fluent-message-bar",
      { intent: "warning", id: "matrix-issues" },
      el(
        "div",
        {},
        ctx.t.damaged,
        el(
          "ul",
          {},
          ...issues.map((i) => el("li", {}, i.cell ? `${i.cell}: ${i.message}` : i.message))
        )
      )
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
          radio.addEventListener(
            "change",
            () => void ctx.write(m.sheet, c.cell.row, c.cell.col, [[o.level]])
          );
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
    saveNotes.addEventListener(
      "click",
      () => void ctx.write(m.sheet, v.notesCell.row, v.notesCell.col, [[notes.value || null]])
    );
    const next = el(
      "fluent-button",
      { appearance: "primary", id: "next-unscored" },
      t.nextUnscored
    );
    next.addEventListener("click", () => {
      const i = nextUnscored(read, m.row);
      if (i < 0) return ctx.say(t.allScored, "success");
      const target = scoreView(ctx.ds, read, i, ctx.lang).criteria.find((c) => c.score === null)!;
      void ctx.host!.select({ sheet: m.sheet, row: target.cell.row, col: target.cell.col });
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
