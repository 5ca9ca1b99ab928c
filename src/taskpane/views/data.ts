import { searchDataset, type SearchHit } from "../../core/search";
import { cityCard, organisationCard } from "../../core/pane/fact-card";
import { EVENT_WORDS } from "../../core/pane/words";
import { EVENT_TYPES } from "../../core/model";
import { problemLines } from "../../core/sheet/problems";
import type { DataRowInput } from "../../core/team-data/data-sheet";
import { DATA_FIELDS, DATA_WORDS } from "../../core/team-data/words";
import type { PaneContext, View } from "../context";
import { button, foldout, messageBar, selectField, textArea, textField } from "../controls";
import { el, replaceChildren } from "../dom";
import { currentRaterName, rememberRater } from "../rater";
import { cityCardView, organisationCardView } from "./cards";

// Data: search the dataset ("did you mean" as the functions suggest), open an organisation as a fact
// card (the facts a reviewer needs first, each once with its sources folded behind it, then the
// histories) or a city; add the team's own rows to the workbook's CityNet data sheet.

type Field = {
  key: keyof DataRowInput;
  label: string;
  value(): string;
  root: HTMLElement;
  setError?(message: string | null): void;
};

function textInput(label: string, key: string, inputmode?: string): Omit<Field, "key"> {
  const f = textField({ label, key, ...(inputmode ? { inputmode } : {}) });
  return { label, value: f.value, root: f.root, setError: f.setError };
}

function choice(
  label: string,
  key: string,
  choices: readonly (readonly [string, string])[]
): Omit<Field, "key"> {
  const f = selectField({ label, key, choices, value: choices[0]?.[0] });
  return { label, value: () => f.dropdown.value ?? "", root: f.root };
}

/**
 * A form that adds one row to the workbook's CityNet data sheet: what the row states, its source (a
 * document and a quote or note, required), who enters it and when. Messages stay beside the form.
 */
function dataForm(
  ctx: PaneContext,
  id: string,
  title: string,
  fields: Field[],
  fixed: DataRowInput,
  required: (keyof DataRowInput)[]
): HTMLElement {
  const t = ctx.t;
  const documentName = textField({ label: t.documentName, key: `${id}-document` });
  const quote = textArea({ label: t.quoteOrNote, key: `${id}-quote` });
  const by = textField({
    label: t.yourName,
    key: `${id}-by`,
    autocomplete: "name",
    value: currentRaterName() ?? "",
  });
  const message = el("p", { class: "field-error", role: "status", id: `${id}-message` });
  const add = button(t.addRow, { id: `${id}-add`, "aria-describedby": message.id }, () => {
    for (const f of fields) f.setError?.(null);
    message.textContent = "";
    const missing = fields.find((f) => required.includes(f.key) && !f.value().trim());
    if (missing) {
      missing.setError?.(t.needField(missing.label));
      message.textContent = t.needField(missing.label);
      return;
    }
    if (quote.value().trim().length < 3) {
      message.textContent = t.needQuote;
      return;
    }
    if (by.value().trim()) rememberRater(by.value().trim());
    const row: DataRowInput = { ...fixed };
    for (const f of fields) if (f.value().trim()) row[f.key] = f.value().trim();
    if (typeof row.year === "string" && /^\d{4}$/.test(row.year)) row.year = Number(row.year);
    Object.assign(row, {
      document: documentName.value().trim() || null,
      quote: quote.value().trim(),
      by: by.value().trim() || null,
      on: new Date().toISOString().slice(0, 10),
    });
    void ctx.addDataRow(row).then(() => ctx.say(t.rowAdded, "success"));
  });
  return foldout(
    title,
    [
      ...fields.map((f) => f.root),
      documentName.root,
      quote.root,
      by.root,
      el("div", { class: "actions" }, add),
      message,
    ],
    { id, class: "foldout data-form" }
  );
}

export class DataView implements View {
  private query = "";
  private opened: SearchHit | null = null;

  constructor(private readonly ctx: PaneContext) {}

  render(panel: HTMLElement): void {
    const { t, ds } = this.ctx;
    const search = textField({
      label: t.search,
      key: "search",
      id: "data-search",
      help: t.searchHelp,
      placeholder: "UBC, Göteborg, Eurocities",
      value: this.query,
    });
    const results = el("ul", { class: "results", id: "search-results", "aria-label": t.search });
    const details = el("section", { id: "data-details", "aria-live": "polite" });
    const update = () => {
      this.query = search.value();
      const q = this.query.trim();
      const hits = searchDataset(ds, q);
      if (q && hits.length === 0) {
        // The same suggestions as the functions' "Did you mean …?".
        const suggestions = [
          ...new Set([...ds.orgNames.suggest(q), ...ds.placeNames.suggest(q)]),
        ].slice(0, 5);
        replaceChildren(
          results,
          el("li", { class: "nothing" }, t.nothingFound(q)),
          suggestions.length > 0 &&
            el(
              "li",
              { class: "did-you-mean" },
              `${t.didYouMean} `,
              ...suggestions.map((s) => {
                const b = el(
                  "fluent-button",
                  { appearance: "transparent", class: "link", "data-key": `dym-${s}` },
                  s
                );
                b.addEventListener("click", () => {
                  this.query = s;
                  this.opened = null;
                  this.render(panel);
                  (panel.querySelector("#search-results .result") as HTMLElement | null)?.focus();
                });
                return b;
              })
            )
        );
      } else
        replaceChildren(
          results,
          ...hits.map((hit) => {
            const b = el(
              "button",
              { type: "button", class: "result", "data-key": `hit-${hit.type}-${hit.id}` },
              hit.name,
              el("span", { class: "kind" }, this.hitDetail(hit))
            );
            b.addEventListener("click", () => {
              this.opened = hit;
              this.showDetails(details);
            });
            return el("li", {}, b);
          })
        );
    };
    search.input.addEventListener("input", update);
    const problems = this.ctx.dataProblems;
    const words = DATA_WORDS[this.ctx.lang];
    replaceChildren(
      panel,
      search.root,
      results,
      details,
      problems.length > 0 &&
        messageBar(
          "warning",
          el(
            "div",
            {},
            t.dataProblems,
            el("ul", {}, ...problemLines(problems, this.ctx.lang, 10).map((l) => el("li", {}, l)))
          ),
          { id: "data-problems" }
        ),
      this.ctx.host &&
        dataForm(
          this.ctx,
          "add-organisation",
          t.addOrganisation,
          [
            { ...textInput(t.organisationName, "new-org-name"), key: "organisation" },
            { ...textInput(t.acronym, "new-org-acronym"), key: "value" },
          ],
          { kind: words.kinds.organisation },
          ["organisation"]
        )
    );
    if (this.query) update();
    if (this.opened) this.showDetails(details);
  }

  /** Under a search hit: what it is, in the reader's words, once ("network · EUROCITIES"). */
  private hitDetail(hit: SearchHit): string {
    const { ds, lang } = this.ctx;
    if (hit.type === "network") {
      const card = organisationCard(ds, ds.orgById.get(hit.id)!, lang);
      return [card.kind, card.acronym && card.acronym !== card.name ? card.acronym : ""]
        .filter(Boolean)
        .join(" · ");
    }
    const card = cityCard(ds, ds.placeById.get(hit.id)!, lang);
    return `${card.kind} · ${card.country}`;
  }

  /** Corrections for an organisation: a fact, or a city's membership event. */
  private forms(organisation: string): HTMLElement[] {
    const { ctx } = this;
    const { t } = ctx;
    if (!ctx.host) return [];
    const words = DATA_WORDS[ctx.lang];
    return [
      dataForm(
        ctx,
        "correct-fact",
        t.correctFact,
        [
          {
            ...choice(
              t.fact,
              "fact-what",
              DATA_FIELDS.map((f) => [words.fields[f], words.fields[f]] as const)
            ),
            key: "what",
          },
          { ...textInput(t.factValue, "fact-value"), key: "value" },
          { ...textInput(t.year, "fact-year", "numeric"), key: "year" },
        ],
        { kind: words.kinds.fact, organisation },
        ["what", "value"]
      ),
      dataForm(
        ctx,
        "record-event",
        t.recordEvent,
        [
          { ...textInput(t.eventCity, "event-city"), key: "city" },
          {
            ...choice(
              t.event,
              "event-what",
              // The data sheet's words for the event (what its reader accepts), shown as the pane says it.
              EVENT_TYPES.map((e) => [words.events[e], EVENT_WORDS[ctx.lang][e]] as const)
            ),
            key: "what",
          },
          { ...textInput(t.year, "event-year", "numeric"), key: "year" },
        ],
        { kind: words.kinds.event, organisation },
        ["city", "what"]
      ),
    ];
  }

  private showDetails(target: HTMLElement): void {
    const { ds, lang } = this.ctx;
    const hit = this.opened!;
    if (hit.type === "network") {
      const card = organisationCard(ds, ds.orgById.get(hit.id)!, lang, this.ctx.readerCity());
      replaceChildren(target, organisationCardView(this.ctx, card), ...this.forms(card.name));
    } else {
      replaceChildren(
        target,
        cityCardView(this.ctx, cityCard(ds, ds.placeById.get(hit.id)!, lang))
      );
    }
  }
}
