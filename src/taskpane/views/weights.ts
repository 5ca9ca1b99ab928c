import { weightsView } from "../../core/pane/score-view";
import { checkThreshold, checkWeight, type ThresholdProblem } from "../../core/pane/validate";
import { formatDecimal, formatLimit, formatValue, recommendationWord } from "../../core/pane/words";
import type { Thresholds } from "../../core/scoring/frameworks";
import type { Recommendation } from "../../core/scoring/recommend";
import type { PaneContext, View } from "../context";
import { recommendationBadge, textField, type TextField } from "../controls";
import { el, replaceChildren } from "../dom";
import { issuesBar, matrixProblem } from "./score";

// Weights: edit the matrix's weights and thresholds (in the sheet), each checked at its field before
// it is written; see every value and recommendation, and in words which single weight would change a
// recommendation, and at what weight.

/** The recommendation each threshold gives from its value up. */
const THRESHOLD_OF: Record<keyof Thresholds, Recommendation> = {
  strengthen: "Strengthen",
  continue: "Continue",
  review: "Review",
  join: "Join",
};

/** A number as the field shows it: up to six decimals, the reader's decimal sign. */
const shown = (x: number, lang: PaneContext["lang"]) => formatDecimal(x, lang, 6);

export class WeightsView implements View {
  constructor(private readonly ctx: PaneContext) {}

  render(panel: HTMLElement): void {
    const { ctx } = this;
    const { t, lang } = ctx;
    if (matrixProblem(ctx, panel)) return;
    const m = ctx.matrix()!;
    const read = m.read!;
    const v = weightsView(read, lang);
    const weights = read.evaluation.weights;
    const thresholds = read.evaluation.thresholds;

    /** Writes a checked value, or names the problem at the field (and in the status line). */
    const commit = (
      field: TextField,
      cell: { row: number; col: number } | undefined,
      check: () => { value: number } | { problem: string }
    ) => {
      const result = check();
      if ("problem" in result) {
        field.setError(result.problem);
        ctx.say(result.problem, "error");
        return;
      }
      field.setError(null);
      delete field.input.dataset.dirty;
      if (cell) void ctx.write(m.sheet, [{ ...cell, values: [[result.value]] }]);
    };

    const weightFields = v.criteria.map((c, i) => {
      const field = textField({
        label: c.label,
        key: `weight-${c.id}`,
        id: `weight-${c.id}`,
        value: shown(c.weight, lang),
        inputmode: "decimal",
      });
      field.input.addEventListener("change", () =>
        commit(field, c.cell, () => {
          const r = checkWeight(field.value(), lang, i, weights);
          return r.problem ? { problem: t.weightProblem(r.problem, c.label) } : { value: r.value! };
        })
      );
      return field.root;
    });

    const thresholdFields = v.thresholds.map((x) => {
      const field = textField({
        label: x.label,
        key: `threshold-${x.key}`,
        id: `threshold-${x.key}`,
        value: shown(x.value, lang),
        inputmode: "decimal",
      });
      field.input.addEventListener("change", () =>
        commit(field, x.cell, () => {
          const r = checkThreshold(field.value(), lang, x.key, thresholds);
          return r.problem
            ? { problem: this.thresholdProblem(r.problem, x.key) }
            : { value: r.value! };
        })
      );
      return field.root;
    });

    const steady = v.rows.filter((r) => r.tips.length === 0 && r.recommendation).length;
    replaceChildren(
      panel,
      issuesBar(ctx),
      el("h2", {}, t.weights),
      el("p", { class: "help" }, t.weightsHelp),
      el("div", { class: "grid" }, ...weightFields),
      el("h2", {}, t.thresholds),
      el("p", { class: "help" }, t.thresholdsHelp),
      el("div", { class: "grid" }, ...thresholdFields),
      el("h2", {}, t.whatChanges),
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
            el("th", { scope: "col" }, t.recommendation)
          )
        ),
        ...v.rows.map((r) =>
          el(
            "tbody",
            { class: r.fragile ? "fragile" : "" },
            el(
              "tr",
              {},
              el("th", { scope: "row" }, r.name),
              el("td", { class: "num" }, formatValue(r.value, lang)),
              el(
                "td",
                {},
                recommendationBadge(r.recommendationKey, r.recommendation),
                r.fragile &&
                  el(
                    "fluent-badge",
                    {
                      appearance: "outline",
                      color: "informative",
                      class: "badge",
                      "data-fragile": "",
                    },
                    t.fragileShort
                  )
              )
            ),
            r.tips.length > 0 &&
              el(
                "tr",
                { class: "tips" },
                el(
                  "td",
                  { colspan: "3" },
                  el(
                    "ul",
                    {},
                    ...r.tips.map((tip) =>
                      el(
                        "li",
                        {},
                        t.tip({
                          from: tip.fromText,
                          to: tip.toText,
                          criterion: tip.criterion,
                          when: tip.when,
                          limit: formatLimit(tip.limit, tip.when, lang),
                          now: shown(tip.weight, lang),
                        })
                      )
                    )
                  )
                )
              )
          )
        )
      ),
      steady > 0 &&
        el("p", { class: "help", id: "steady" }, t.noSingleWeight(steady, v.rows.length))
    );
  }

  /** What is wrong with a threshold, each threshold named by its recommendation ("above Continue (3)"). */
  private thresholdProblem(p: ThresholdProblem, key: keyof Thresholds): string {
    const { t, lang } = this.ctx;
    const name = (k: keyof Thresholds) => recommendationWord(THRESHOLD_OF[k], lang);
    const label = name(key);
    switch (p.kind) {
      case "empty":
        return t.thresholdEmpty(label);
      case "not-a-number":
        return t.thresholdNotNumber(label);
      case "out-of-scale":
        return t.thresholdScale(label);
      case "order":
        return t.thresholdOrder(
          label,
          p.above && { label: name(p.above.key), value: shown(p.above.value, lang) },
          p.below && { label: name(p.below.key), value: shown(p.below.value, lang) }
        );
    }
  }
}
