import type { Organisation, Place } from "../../core/dataset";
import { compareNames } from "../../core/format";
import { statusWord } from "../../core/pane/words";
import { raterProgress } from "../../core/pane/team-view";
import { buildEvaluation } from "../../core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../core/scoring/frameworks";
import { evaluationSheet } from "../../core/sheet/evaluation-sheet";
import { valueMatrixSheet } from "../../core/sheet/value-matrix-sheet";
import { resultSection, workbookMatrices } from "./result";
import { foldText } from "../../core/normalize";
import { currentRaterName } from "../rater";
import type { ImportOutcome, PaneContext, View } from "../context";
import {
  button,
  checkbox,
  describe,
  foldout,
  messageBar,
  radioGroup,
  setError,
  statusBadge,
  textField,
} from "../controls";
import { el, replaceChildren, uid } from "../dom";

// Evaluate: choose a city, a framework and the organisations, then create the matrix sheet; or build
// the value matrix across several cities. One primary action: Create evaluation matrix.

/**
 * For the matrix selected: how far each rater has come ("Anne: 12 of 14 scored"), and a form to add a
 * rater (to a matrix with one set of scores too, which then becomes a team review).
 */
function progress(ctx: PaneContext, imports: ImportState): HTMLElement | false {
  const { t } = ctx;
  const read = ctx.matrix()?.read;
  if (!read) return false;
  const team = read.evaluation.team;
  const name = textField({ label: t.raterName, key: "rater-name", id: "rater-name" });
  const first = textField({
    label: t.firstRater,
    key: "first-rater",
    id: "first-rater",
    value: currentRaterName() ?? "",
  });
  const add = button(t.addRater, { id: "add-rater" }, () => {
    if (!name.value().trim()) return name.setError(t.needName);
    name.setError(null);
    void ctx.addRater(name.value(), first.value() || name.value());
  });
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
    foldout(
      t.addRater,
      [
        el("p", { class: "help" }, t.addRaterHelp),
        name.root,
        !team && first.root,
        el("div", { class: "actions" }, add),
      ],
      { id: "add-rater-form" }
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
  const file = el("input", {
    id: fileId,
    type: "file",
    accept: ".xlsx",
    class: "file",
    "aria-describedby": `${fileId}-help`,
  });
  const outcome = state.outcome;
  const report = el(
    "div",
    { id: "import-result", "aria-live": "polite" },
    outcome &&
      ("busy" in outcome
        ? el("p", { class: "help" }, outcome.busy)
        : messageBar(
            outcome.intent,
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
  const fold = foldout(
    t.importScores,
    [
      el("p", { class: "help", id: `${fileId}-help` }, t.importHelp),
      el("label", { for: fileId, class: "label" }, t.importScores),
      file,
      report,
    ],
    { id: "import-form" },
    state.open
  );
  fold.addEventListener("change", () => {
    const item = fold.querySelector("fluent-accordion-item") as
      (HTMLElement & { expanded?: boolean }) | null;
    state.open = !!item?.expanded;
  });
  return fold;
}

export class EvaluateView implements View {
  private cityText = "";
  private place: Place | null = null;
  private frameworkId = BUILT_IN_FRAMEWORKS[0].id;
  private excluded = new Set<string>();
  private filter = "";
  /** Candidates as the reader typed them, shown by the names they resolve to. */
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
    const city = textField({
      label: t.city,
      key: "city",
      id: "city",
      help: t.cityHelp,
      value: this.cityText,
    });
    const orgs = el("div", { class: "orgs", id: "organisations" });
    const showCity = () => {
      this.cityText = city.value().trim();
      this.place = this.cityText ? (ds.placeNames.find(this.cityText) ?? null) : null;
      this.ctx.chooseCity(this.place?.id);
      this.excluded.clear();
      this.filter = "";
      this.renderOrganisations(orgs);
    };
    const load = button(t.loadCity, { id: "load-city" }, showCity);
    city.input.addEventListener("keydown", (e) => e.key === "Enter" && showCity());

    const frameworks = radioGroup({
      legend: t.framework,
      id: "framework",
      choices: BUILT_IN_FRAMEWORKS.map((f) => ({
        value: f.id,
        key: `framework-${f.id}`,
        checked: f.id === this.frameworkId,
        label: el(
          "span",
          {},
          el("strong", {}, f.label[lang]),
          el("span", { class: "help" }, ` ${f.description[lang]}`)
        ),
      })),
      onChange: (id) => (this.frameworkId = id),
    });

    const raters = textField({
      label: t.raters,
      key: "raters",
      id: "raters",
      help: t.ratersHelp,
      placeholder: "Anne, Per",
      value: this.ratersText,
    });
    raters.input.addEventListener("input", () => (this.ratersText = raters.value()));
    // How the team's scores combine: asked with the raters, kept in the matrix's settings.
    const combine = radioGroup({
      legend: t.aggregate,
      id: "aggregate",
      choices: (["median", "mean"] as const).map((how) => ({
        value: how,
        key: `aggregate-${how}`,
        checked: how === this.aggregate,
        label: how === "median" ? t.aggregateMedian : t.aggregateMean,
      })),
      onChange: (how) => (this.aggregate = how as "median" | "mean"),
    });
    const sourcesHelp = el("p", { id: "count-sources-help", class: "help" }, t.countSourcesHelp);
    const sources = checkbox({
      label: t.countSources,
      key: "count-sources",
      id: "count-sources",
      checked: this.includeSources,
      describedBy: sourcesHelp.id,
      onChange: (checked) => (this.includeSources = checked),
    });

    const createError = el("p", { class: "field-error", id: "create-error", hidden: "" });
    const create = button(
      t.createMatrix,
      { id: "create-matrix", "aria-describedby": createError.id },
      () => void this.createMatrix(create, createError),
      true
    );

    const cities = textField({
      label: t.valueMatrixCities,
      key: "value-cities",
      id: "value-cities",
      help: t.valueMatrixHelp,
      placeholder: "Bergen, Oslo, Stockholm",
      value: this.citiesText,
    });
    cities.input.addEventListener("input", () => (this.citiesText = cities.value()));
    const createValues = button(
      t.createValueMatrix,
      { id: "create-value-matrix" },
      () => void this.createValueMatrix(cities)
    );

    replaceChildren(
      panel,
      city.root,
      el("div", { class: "actions" }, load),
      orgs,
      frameworks.root,
      el(
        "section",
        { class: "group", id: "team-options", "aria-label": t.teamOptions },
        raters.root,
        combine.root,
        sources.root,
        sourcesHelp
      ),
      el("div", { class: "actions" }, create),
      createError,
      progress(this.ctx, this.imports),
      resultSection(this.ctx),
      el("fluent-divider", {}),
      el("h2", {}, t.valueMatrix),
      cities.root,
      el("div", { class: "actions" }, createValues)
    );
    if (this.cityText) this.renderOrganisations(orgs);
  }

  /** The organisation a candidate resolves to, if the dataset knows it. */
  private resolved(text: string): Organisation | undefined {
    return this.ctx.ds.orgNames.find(text);
  }

  private renderOrganisations(target: HTMLElement): void {
    const { t, ds, lang } = this.ctx;
    if (!this.cityText) return replaceChildren(target);
    const memberships = this.place
      ? (ds.membershipsByPlace.get(this.place.id) ?? [])
          .slice()
          .sort((a, b) => compareNames(a.org.name, b.org.name))
      : [];
    const suggestions = this.place ? [] : ds.placeNames.suggest(this.cityText);
    const redraw = () => {
      this.renderOrganisations(target);
    };
    const selected = () => memberships.filter((m) => !this.excluded.has(m.org.id)).length;
    const legend = el("span", {}, t.organisations(selected(), memberships.length));
    const boxes = memberships.map((m) => {
      const { root } = checkbox({
        key: `org-${m.org.id}`,
        value: m.org.id,
        checked: !this.excluded.has(m.org.id),
        label: el(
          "span",
          { class: "org-label" },
          `${m.org.name} `,
          statusBadge(m.current.status, statusWord(m.current.status, lang))
        ),
        onChange: (checked) => {
          if (checked) this.excluded.delete(m.org.id);
          else this.excluded.add(m.org.id);
          legend.textContent = t.organisations(selected(), memberships.length);
        },
      });
      root.dataset.name = foldText(`${m.org.name} ${m.org.acronym ?? ""}`);
      root.hidden = !this.matches(root.dataset.name);
      return root;
    });
    const filter = textField({
      label: t.filterOrganisations,
      key: "org-filter",
      id: "org-filter",
      value: this.filter,
    });
    filter.input.addEventListener("input", () => {
      this.filter = filter.value();
      for (const b of boxes) b.hidden = !this.matches(b.dataset.name ?? "");
    });
    const setAll = (on: boolean) => {
      // Only the organisations the filter shows: "select none" after filtering "climate" unticks those.
      for (const m of memberships) {
        const box = boxes[memberships.indexOf(m)];
        if (box.hidden) continue;
        if (on) this.excluded.delete(m.org.id);
        else this.excluded.add(m.org.id);
      }
      redraw();
    };
    const candidate = textField({
      label: t.candidate,
      key: "candidate",
      id: "candidate",
      help: t.candidateHelp,
    });
    const addCandidate = () => {
      const text = candidate.value().trim();
      if (!text) return candidate.setError(t.needCandidate);
      const org = this.resolved(text);
      const key = org?.id ?? foldText(text);
      const taken = this.candidates.some((c) => (this.resolved(c)?.id ?? foldText(c)) === key);
      const member = org && memberships.some((m) => m.org.id === org.id);
      if (member) return candidate.setError(t.alreadyListed(org.name));
      if (!taken) this.candidates.push(text);
      const near = org ? [] : ds.orgNames.suggest(text);
      this.ctx.say(t.candidateAdded(org?.name ?? text, near), "success");
      redraw();
      (target.querySelector("#candidate") as HTMLElement | null)?.focus();
    };
    const add = button(t.addCandidate, { id: "add-candidate" }, addCandidate);
    candidate.input.addEventListener("keydown", (e) => e.key === "Enter" && addCandidate());
    replaceChildren(
      target,
      !this.place && el("p", { class: "notice", role: "status" }, t.newCity(this.cityText)),
      suggestions.length > 0 &&
        el(
          "p",
          { class: "did-you-mean" },
          `${t.didYouMean} `,
          ...suggestions.map((s) => {
            const b = el(
              "fluent-button",
              { appearance: "transparent", class: "link", "data-key": `city-${s}` },
              s
            );
            b.addEventListener("click", () => {
              this.cityText = s;
              this.place = ds.placeNames.find(s) ?? null;
              this.ctx.chooseCity(this.place?.id);
              void this.ctx.refresh();
            });
            return b;
          })
        ),
      el(
        "fieldset",
        { class: "group", id: "organisation-picker" },
        el("legend", {}, legend),
        memberships.length === 0 && this.place && el("p", { class: "help" }, t.noMemberships),
        memberships.length > 0 && filter.root,
        memberships.length > 0 &&
          el(
            "div",
            { class: "actions" },
            button(t.selectAll, { id: "select-all", appearance: "subtle" }, () => setAll(true)),
            button(t.selectNone, { id: "select-none", appearance: "subtle" }, () => setAll(false))
          ),
        el("div", { class: "checklist" }, ...boxes),
        this.candidates.length > 0 && el("h3", {}, t.candidates(this.candidates.length)),
        this.candidates.length > 0 &&
          el(
            "ul",
            { class: "candidates", id: "candidates" },
            ...this.candidates.map((text) => {
              const name = this.resolved(text)?.name ?? text;
              const remove = button(
                t.remove,
                {
                  appearance: "subtle",
                  "aria-label": t.removeCandidate(name),
                  id: `remove-${foldText(text)}`,
                },
                () => {
                  this.candidates = this.candidates.filter((c) => c !== text);
                  this.ctx.say(t.candidateRemoved(name), "info");
                  redraw();
                  (target.querySelector("#candidate") as HTMLElement | null)?.focus();
                }
              );
              return el(
                "li",
                { class: "candidate" },
                el("span", {}, `${name} `),
                statusBadge("Candidate", statusWord("Candidate", lang)),
                remove
              );
            })
          )
      ),
      candidate.root,
      el("div", { class: "actions" }, add)
    );
  }

  private matches(name: string): boolean {
    const f = foldText(this.filter.trim());
    return f === "" || name.includes(f);
  }

  private framework() {
    return BUILT_IN_FRAMEWORKS.find((f) => f.id === this.frameworkId)!;
  }

  private async createMatrix(create: HTMLElement, error: HTMLElement): Promise<void> {
    const { ctx } = this;
    const fail = (message: string) => {
      // Next to the button, and in the status line for screen readers.
      setError(create, error, undefined, message);
      ctx.say(message, "error");
    };
    setError(create, error, undefined, null);
    describe(create, error.id);
    if (!ctx.host) return fail(ctx.t.notInExcel);
    if (!this.cityText) return fail(ctx.t.needCity);
    try {
      const memberships = this.place ? (ctx.ds.membershipsByPlace.get(this.place.id) ?? []) : [];
      const include = memberships.filter((m) => !this.excluded.has(m.org.id)).map((m) => m.org.id);
      if (include.length === 0 && this.candidates.length === 0)
        return fail(ctx.t.nothingToEvaluate);
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
      if (e.rows.length === 0) return fail(ctx.t.nothingToEvaluate);
      const description = evaluationSheet(e, ctx.lang);
      const sheet = await ctx.host.createSheet(description);
      ctx.say(ctx.t.created(sheet), "success");
      // Start scoring at once: select the first row's first score (the pane follows the selection)
      // and take focus there.
      const first = description.validations[0]?.range;
      ctx.focusNextRow();
      if (first) await ctx.host.select({ sheet, row: first.row, col: first.col });
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
  }

  private async createValueMatrix(cities: ReturnType<typeof textField>): Promise<void> {
    const { ctx } = this;
    const fail = (message: string) => {
      cities.setError(message);
      ctx.say(message, "error");
    };
    cities.setError(null);
    if (!ctx.host) return fail(ctx.t.notInExcel);
    try {
      // The same splitting as NETWORK_MATRIX: ";", "," or line breaks, a name with a comma kept whole.
      const names = ctx.ds.placeNames.splitNames(this.citiesText);
      if (names.length === 0) return fail(ctx.t.needCities);
      const unknown = names.find((c) => !ctx.ds.placeNames.find(c));
      if (unknown) return fail(ctx.t.unknownCity(unknown, ctx.ds.placeNames.suggest(unknown)));
      // Each city's values from its matrix in this workbook, where it has one.
      const matrices = await workbookMatrices(ctx.host);
      const sheet = await ctx.host.createSheet(
        valueMatrixSheet(ctx.ds, names, this.framework(), ctx.lang, [], matrices)
      );
      // A value matrix is read, not scored: say what it is for.
      ctx.say(ctx.t.createdValueMatrix(sheet), "success");
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
  }
}
