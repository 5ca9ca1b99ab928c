import type { Place } from "../../core/dataset";
import { CityNetError } from "../../core/errors";
import { compareNames } from "../../core/format";
import { buildEvaluation } from "../../core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../core/scoring/frameworks";
import { evaluationSheet } from "../../core/sheet/evaluation-sheet";
import { SHEET_WORDS } from "../../core/sheet/strings";
import { valueMatrixSheet } from "../../core/sheet/value-matrix-sheet";
import { raterProgress } from "../../core/pane/team-view";
import { currentRaterName } from "../rater";
import type { ImportOutcome, PaneContext, View } from "../context";
import { el, replaceChildren, uid } from "../dom";

// Evaluate: choose a city, a framework and the organisations, then create the matrix sheet; or build
// the value matrix across several cities.

/**
 * For the matrix selected: how far each rater has come ("Anne: 12 of 14 scored"), and a form to add a
 * rater (to a matrix with one set of scores too, which then becomes a team review).
 */
function progress(ctx: PaneContext, imports: ImportState): HTMLElement | false {
  const { t } = ctx;
  const read = ctx.matrix()?.read;
  if (!read) return false;
  const team = read.evaluation.team;
  const nameId = uid("rater-name");
  const name = el("input", { id: nameId, class: "input", autocomplete: "off" });
  const firstId = uid("first-rater");
  const first = el("input", { id: firstId, class: "input", autocomplete: "off" });
  first.value = currentRaterName() ?? "";
  const add = el("fluent-button", { id: "add-rater" }, t.addRater);
  add.addEventListener("click", () => void ctx.addRater(name.value, first.value || name.value));
  return el(
    "section",
    { id: "rater-progress", "aria-label": t.teamProgress },
    team && el("h2", {}, t.teamProgress),
    team &&
      el(
        "ul",
        {},
        ...raterProgress(read).map((p) => el("li", {}, t.progress(p.rater.name, p.scored, p.rows)))
      ),
    el(
      "details",
      { id: "add-rater-form" },
      el("summary", {}, t.addRater),
      el("p", { class: "help" }, t.addRaterHelp),
      el("label", { for: nameId, class: "label" }, t.raterName),
      name,
      !team && el("label", { for: firstId, class: "label" }, t.firstRater),
      !team && first,
      add
    ),
    importForm(ctx, imports)
  );
}

/**
 * The last import's outcome, kept by the view: the import writes into the workbook, so the view is
 * redrawn meanwhile and a message drawn into the old one would be lost.
 */
export interface ImportState {
  outcome?: ImportOutcome | { busy: string };
  open: boolean;
  redraw(): void;
}

/** A colleague's copy of this review: the file picker and, after, what was imported and what not. */
function importForm(ctx: PaneContext, state: ImportState): HTMLElement {
  const { t } = ctx;
  const fileId = uid("import");
  const file = el("input", { id: fileId, type: "file", accept: ".xlsx", class: "input" });
  const outcome = state.outcome;
  const report = el(
    "div",
    { id: "import-result", "aria-live": "polite" },
    outcome &&
      ("busy" in outcome
        ? el("p", { class: "help" }, outcome.busy)
        : el(
            "fluent-message-bar",
            { intent: outcome.intent },
            el(
              "div",
              {},
              outcome.message,
              outcome.details.length > 0 &&
                el("ul", {}, ...outcome.details.map((d) => el("li", {}, d)))
            )
          ))
  );
  file.addEventListener("change", () => {
    const chosen = (file as HTMLInputElement).files?.[0];
    if (!chosen) return;
    state.outcome = { busy: t.importing(chosen.name) };
    state.redraw();
    void chosen
      .arrayBuffer()
      .then((buffer) => ctx.importWorkbook(chosen.name, new Uint8Array(buffer)))
      .catch((error): ImportOutcome => ({
        message: t.importUnreadable(
          chosen.name,
          String((error as { message?: unknown })?.message ?? error)
        ),
        intent: "error",
        details: [],
      }))
      .then((result) => {
        state.outcome = result;
        state.redraw();
      });
  });
  const details = el(
    "details",
    { id: "import-form", ...(state.open ? { open: "" } : {}) },
    el("summary", {}, t.importScores),
    el("p", { class: "help", id: `${fileId}-help` }, t.importHelp),
    el("label", { for: fileId, class: "label" }, t.importScores),
    file,
    report
  );
  details.addEventListener("toggle", () => (state.open = (details as HTMLDetailsElement).open));
  return details;
}

export class EvaluateView implements View {
  private cityText = "";
  private place: Place | null = null;
  private frameworkId = BUILT_IN_FRAMEWORKS[0].id;
  private excluded = new Set<string>();
  private candidates: string[] = [];
  private citiesText = "";
  private ratersText = "";
  private aggregate: "median" | "mean" = "median";
  private includeSources = false;
  private readonly imports: ImportState = {
    open: false,
    // Through the pane, so that only the view on show is drawn.
    redraw: () => void this.ctx.refresh(),
  };

  constructor(private readonly ctx: PaneContext) {}

  render(panel: HTMLElement): void {
    const { t, lang, ds } = this.ctx;
    const cityId = uid("city");
    const city = el("input", {
      id: cityId,
      class: "input",
      autocomplete: "off",
      "aria-describedby": `${cityId}-help`,
    });
    city.value = this.cityText;
    const load = el("fluent-button", { appearance: "primary", id: "load-city" }, t.loadCity);
    const orgs = el("div", { class: "orgs" });
    const showCity = () => {
      this.cityText = city.value.trim();
      this.place = this.cityText ? (ds.placeNames.find(this.cityText) ?? null) : null;
      this.renderOrganisations(orgs);
    };
    load.addEventListener("click", showCity);
    city.addEventListener("keydown", (e) => e.key === "Enter" && showCity());

    const frameworks = el(
      "fieldset",
      { class: "group" },
      el("legend", {}, t.framework),
      ...BUILT_IN_FRAMEWORKS.map((f) => {
        const id = uid("fw");
        const radio = el("input", { type: "radio", name: "framework", id, value: f.id });
        radio.checked = f.id === this.frameworkId;
        radio.addEventListener("change", () => (this.frameworkId = f.id));
        return el(
          "div",
          { class: "choice" },
          radio,
          el(
            "label",
            { for: id },
            el("strong", {}, f.label[lang]),
            el("span", { class: "help" }, ` ${f.description[lang]}`)
          )
        );
      })
    );

    const ratersId = uid("raters");
    const raters = el("input", {
      id: ratersId,
      class: "input",
      autocomplete: "off",
      placeholder: "Anne, Per",
      "aria-describedby": `${ratersId}-help`,
    });
    raters.value = this.ratersText;
    raters.addEventListener("input", () => (this.ratersText = raters.value));
    // How the team's scores combine: asked with the raters, kept in the matrix's settings.
    const combine = el(
      "fieldset",
      { class: "group", id: "team-options" },
      el("legend", {}, t.aggregate),
      ...(["median", "mean"] as const).map((how) => {
        const id = uid("agg");
        const radio = el("input", { type: "radio", name: "aggregate", id, value: how });
        radio.checked = how === this.aggregate;
        radio.addEventListener("change", () => (this.aggregate = how));
        return el(
          "div",
          { class: "choice" },
          radio,
          el("label", { for: id }, how === "median" ? t.aggregateMedian : t.aggregateMean)
        );
      }),
      (() => {
        const id = uid("count-sources");
        const box = el("input", {
          type: "checkbox",
          id,
          "aria-describedby": `${id}-help`,
        });
        box.checked = this.includeSources;
        box.addEventListener("change", () => (this.includeSources = box.checked));
        return el(
          "div",
          { class: "choice" },
          box,
          el("label", { for: id }, t.countSources),
          el("p", { id: `${id}-help`, class: "help" }, t.countSourcesHelp)
        );
      })()
    );
    const create = el(
      "fluent-button",
      { appearance: "primary", id: "create-matrix" },
      t.createMatrix
    );
    create.addEventListener("click", () => void this.createMatrix());

    const citiesId = uid("cities");
    const cities = el("input", {
      id: citiesId,
      class: "input",
      placeholder: "Bergen, Oslo, Stockholm",
    });
    cities.value = this.citiesText;
    cities.addEventListener("input", () => (this.citiesText = cities.value));
    const createValues = el("fluent-button", { id: "create-value-matrix" }, t.createValueMatrix);
    createValues.addEventListener("click", () => void this.createValueMatrix());

    replaceChildren(
      panel,
      el("label", { for: cityId, class: "label" }, t.city),
      el("div", { class: "row" }, city, load),
      el("p", { id: `${cityId}-help`, class: "help" }, t.cityHelp),
      orgs,
      frameworks,
      el("label", { for: ratersId, class: "label" }, t.raters),
      raters,
      el("p", { id: `${ratersId}-help`, class: "help" }, t.ratersHelp),
      combine,
      create,
      progress(this.ctx, this.imports),
      el("fluent-divider", {}),
      el("h2", {}, t.valueMatrix),
      el("label", { for: citiesId, class: "label" }, t.valueMatrixCities),
      el("div", { class: "row" }, cities, createValues)
    );
    if (this.cityText) this.renderOrganisations(orgs);
  }

  private renderOrganisations(target: HTMLElement): void {
    const { t, ds } = this.ctx;
    if (!this.cityText) return replaceChildren(target);
    const memberships = this.place
      ? (ds.membershipsByPlace.get(this.place.id) ?? [])
          .slice()
          .sort((a, b) => compareNames(a.org.name, b.org.name))
      : [];
    const suggestions = this.place ? [] : ds.placeNames.suggest(this.cityText);
    const candidateId = uid("candidate");
    const candidate = el("input", {
      id: candidateId,
      class: "input",
      "aria-describedby": `${candidateId}-help`,
    });
    const add = el("fluent-button", { id: "add-candidate" }, t.addCandidate);
    const addCandidate = () => {
      const name = candidate.value.trim();
      if (!name) return;
      if (!this.candidates.includes(name)) this.candidates.push(name);
      this.ctx.say(t.candidateAdded(ds.orgNames.find(name)?.name ?? name), "success");
      this.renderOrganisations(target);
    };
    add.addEventListener("click", addCandidate);
    candidate.addEventListener("keydown", (e) => e.key === "Enter" && addCandidate());
    replaceChildren(
      target,
      !this.place && el("p", { class: "notice", role: "status" }, t.newCity(this.cityText)),
      ...suggestions.map((s) => {
        const b = el("button", { type: "button", class: "link" }, `→ ${s}`);
        b.addEventListener("click", () => {
          this.cityText = s;
          this.place = ds.placeNames.find(s) ?? null;
          this.ctx.refresh();
        });
        return b;
      }),
      el(
        "fieldset",
        { class: "group" },
        el(
          "legend",
          {},
          t.organisations(memberships.length - this.excluded.size + this.candidates.length)
        ),
        memberships.length === 0 && this.place && el("p", { class: "help" }, t.noMemberships),
        ...memberships.map((m) => {
          const id = uid("org");
          const box = el("input", { type: "checkbox", id, value: m.org.id });
          box.checked = !this.excluded.has(m.org.id);
          box.addEventListener("change", () =>
            box.checked ? this.excluded.delete(m.org.id) : this.excluded.add(m.org.id)
          );
          return el(
            "div",
            { class: "choice" },
            box,
            el(
              "label",
              { for: id },
              `${m.org.name} `,
              el("span", { class: "status" }, SHEET_WORDS[this.ctx.lang].statuses[m.current.status])
            )
          );
        }),
        ...this.candidates.map((name) => el("div", { class: "choice candidate" }, `+ ${name}`))
      ),
      el("label", { for: candidateId, class: "label" }, t.candidate),
      el("div", { class: "row" }, candidate, add),
      el("p", { id: `${candidateId}-help`, class: "help" }, t.candidateHelp)
    );
  }

  private framework() {
    return BUILT_IN_FRAMEWORKS.find((f) => f.id === this.frameworkId)!;
  }

  private async createMatrix(): Promise<void> {
    const { ctx } = this;
    if (!ctx.host) return ctx.say(ctx.t.notInExcel, "warning");
    try {
      const memberships = this.place ? (ctx.ds.membershipsByPlace.get(this.place.id) ?? []) : [];
      const include = memberships.filter((m) => !this.excluded.has(m.org.id)).map((m) => m.org.id);
      const e = buildEvaluation(ctx.ds, this.cityText, this.framework(), {
        include,
        candidates: this.candidates,
        allowNewCity: true,
        raters: this.ratersText
          .split(/[,;\n]/)
          .map((r) => r.trim())
          .filter(Boolean),
        aggregate: this.aggregate,
        includeSources: this.includeSources,
      });
      if (e.rows.length === 0) return ctx.say(ctx.t.nothingToEvaluate, "warning");
      const description = evaluationSheet(e, ctx.lang);
      const sheet = await ctx.host.createSheet(description);
      ctx.say(ctx.t.created(sheet), "success");
      // Start scoring at once: select the first row's first score (the pane follows the selection).
      const first = description.validations[0]?.range;
      if (first) await ctx.host.select({ sheet, row: first.row, col: first.col });
    } catch (error) {
      ctx.say(error instanceof Error ? error.message : String(error), "error");
    }
  }

  private async createValueMatrix(): Promise<void> {
    const { ctx } = this;
    if (!ctx.host) return ctx.say(ctx.t.notInExcel, "warning");
    try {
      // The same splitting as NETWORK_MATRIX: ";", "," or line breaks, a name with a comma kept whole.
      const cities = ctx.ds.placeNames.splitNames(this.citiesText);
      if (cities.length === 0) throw new CityNetError("invalid", ctx.t.valueMatrixCities);
      const unknown = cities.find((c) => !ctx.ds.placeNames.find(c));
      if (unknown)
        return ctx.say(ctx.t.unknownCity(unknown, ctx.ds.placeNames.suggest(unknown)), "error");
      const sheet = await ctx.host.createSheet(
        valueMatrixSheet(ctx.ds, cities, this.framework(), ctx.lang)
      );
      ctx.say(ctx.t.created(sheet), "success");
    } catch (error) {
      ctx.say(error instanceof Error ? error.message : String(error), "error");
    }
  }
}
