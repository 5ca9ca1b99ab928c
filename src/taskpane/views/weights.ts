import { weightsView } from "../../core/pane/score-view";
import type { PaneContext, View } from "../context";
import { el, replaceChildren, uid } from "../dom";
import { issuesBar, matrixProblem } from "./score";

// Weights: edit the matrix's weights and thresholds (in the sheet), see every value and recommendation
// change, and which recommendations are fragile.

export class WeightsView implements View {
  constructor(private readonly ctx: PaneContext) {}

  render(panel: HTMLElement): void {
    const { ctx } = this;
    const { t } = ctx;
    if (matrixProblem(ctx, panel)) return;
    const m = ctx.matrix()!;
    const v = weightsView(m.read!, ctx.lang);
    const number = (
      label: string,
      value: number,
      cell: { row: number; col: number } | undefined,
      step: string
    ) => {
      const id = uid("w");
      const input = el("input", {
        id,
        type: "number",
        class: "input number",
        min: "0",
        step,
        value: String(value),
      });
      input.addEventListener("change", () => {
        const x = Number(input.value);
        if (input.value.trim() === "" || !Number.isFinite(x) || x < 0) {
          ctx.say(`${label}: ${input.value}`, "error");
          input.value = String(value);
          return;
        }
        if (cell) void ctx.write(m.sheet, [{ ...cell, values: [[x]] }]);
      });
      return el("div", { class: "field" }, el("label", { for: id }, label), input);
    };
    replaceChildren(
      panel,
      issuesBar(ctx),
      el("h2", {}, t.weights),
      el(
        "div",
        { class: "grid" },
        ...v.criteria.map((c) => number(c.label, c.weight, c.cell, "0.1"))
      ),
      el("h2", {}, t.thresholds),
      el(
        "div",
        { class: "grid" },
        ...v.thresholds.map((x) => number(x.label, x.value, x.cell, "0.05"))
      ),
      el(
        "table",
        { class: "values", id: "weights-table" },
        el("caption", {}, m.sheet),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col" }, t.organisation),
            el("th", { scope: "col" }, t.value),
            el("th", { scope: "col" }, t.recommendation),
            el("th", { scope: "col" }, t.limits)
          )
        ),
        el(
          "tbody",
          {},
          ...v.rows.map((r) =>
            el(
              "tr",
              { class: r.fragile ? "fragile" : "" },
              el("th", { scope: "row" }, r.name),
              el("td", {}, r.value === null ? "–" : r.value.toFixed(2)),
              el(
                "td",
                {},
                r.recommendation,
                r.fragile ? el("span", { class: "badge", title: t.fragile }, " ⚠") : ""
              ),
              el("td", { class: "help" }, r.limits)
            )
          )
        )
      )
    );
  }
}
