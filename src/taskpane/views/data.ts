import {
  cityProfile,
  networkProfile,
  searchDataset,
  type EventView,
  type MembershipView,
  type SearchHit,
} from "../../core/explore";
import { EVENT_TYPES } from "../../core/model";
import { problemLines } from "../../core/sheet/problems";
import type { DataRowInput } from "../../core/team-data/data-sheet";
import { DATA_FIELDS, DATA_WORDS } from "../../core/team-data/words";
import type { PaneContext, View } from "../context";
import { el, replaceChildren, uid } from "../dom";
import { currentRaterName, rememberRater } from "../rater";

// Data: search the dataset, open a network or a city, every fact with its source.

/** A <dd> with the statement and its citation: a <dl> may hold only dt and dd. */
function quoteBlock(item: EventView): HTMLElement[] {
  return [
    el(
      "dd",
      {},
      item.when ? `${item.when}: ${item.text}` : item.text,
      el("blockquote", {}, item.citation)
    ),
  ];
}

export function membershipDetails(ctx: PaneContext, m: MembershipView, title: string): HTMLElement {
  const t = ctx.t;
  return el(
    "details",
    {},
    el(
      "summary",
      {},
      `${title} `,
      el("span", { class: "status" }, m.status),
      m.since !== "" ? ` ${t.since(m.since)}` : ""
    ),
    el(
      "dl",
      {},
      m.responsible.length > 0 && el("dt", {}, t.responsible),
      ...m.responsible.map((r) => el("dd", {}, r)),
      m.via.length > 0 && el("dt", {}, t.via),
      ...m.via.map((v) => el("dd", {}, v)),
      el("dt", {}, t.history),
      ...m.events.flatMap(quoteBlock),
      m.assessment.length > 0 && el("dt", {}, t.assessment),
      ...m.assessment.flatMap(quoteBlock),
      m.recommendations.length > 0 && el("dt", {}, t.recommendation),
      ...m.recommendations.flatMap(quoteBlock)
    )
  );
}

type Field = {
  key: keyof DataRowInput;
  label: string;
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
};

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
  const field = (label: string, input: Field["input"]) => {
    const fid = uid("f");
    input.id = fid;
    return el("div", { class: "field" }, el("label", { for: fid }, label), input);
  };
  const documentName = el("input", { class: "input", autocomplete: "off" });
  const quote = el("textarea", { class: "input", rows: "2" });
  const by = el("input", { class: "input", autocomplete: "name" });
  by.value = currentRaterName() ?? "";
  const message = el("p", { class: "help", role: "status", id: `${id}-message` });
  const add = el("fluent-button", { id: `${id}-add` }, t.addRow);
  add.addEventListener("click", () => {
    const missing = fields.find((f) => required.includes(f.key) && !f.input.value.trim());
    if (missing) return void (message.textContent = t.needField(missing.label));
    if (quote.value.trim().length < 3) return void (message.textContent = t.needQuote);
    if (by.value.trim()) rememberRater(by.value.trim());
    const row: DataRowInput = { ...fixed };
    for (const f of fields) if (f.input.value.trim()) row[f.key] = f.input.value.trim();
    if (typeof row.year === "string" && /^\d{4}$/.test(row.year)) row.year = Number(row.year);
    Object.assign(row, {
      document: documentName.value.trim() || null,
      quote: quote.value.trim(),
      by: by.value.trim() || null,
      on: new Date().toISOString().slice(0, 10),
    });
    void ctx.addDataRow(row).then(() => ctx.say(t.rowAdded, "success"));
  });
  return el(
    "details",
    { class: "data-form", id },
    el("summary", {}, title),
    ...fields.map((f) => field(f.label, f.input)),
    field(t.documentName, documentName),
    field(t.quoteOrNote, quote),
    field(t.yourName, by),
    add,
    message
  );
}

function select(options: [string, string][]): HTMLSelectElement {
  return el(
    "select",
    { class: "input select" },
    ...options.map(([v, label]) => el("option", { value: v }, label))
  );
}

export class DataView implements View {
  private query = "";
  private opened: SearchHit | null = null;

  constructor(private readonly ctx: PaneContext) {}

  render(panel: HTMLElement): void {
    const t = this.ctx.t;
    const inputId = uid("search");
    const input = el("input", {
      id: inputId,
      type: "search",
      class: "input",
      autocomplete: "off",
      placeholder: "UBC, Gøteborg, climate",
      "aria-describedby": `${inputId}-help`,
    });
    input.value = this.query;
    const results = el("ul", { class: "results", "aria-label": t.search });
    const details = el("section", { "aria-live": "polite" });
    const update = () => {
      this.query = input.value;
      const hits = searchDataset(this.ctx.ds, input.value);
      if (input.value.trim() && hits.length === 0)
        replaceChildren(results, el("li", {}, t.nothingFound(input.value)));
      else
        replaceChildren(
          results,
          ...hits.map((hit) => {
            const button = el(
              "button",
              { type: "button", class: "result" },
              hit.name,
              el("span", { class: "kind" }, `${hit.type} · ${hit.detail}`)
            );
            button.addEventListener("click", () => {
              this.opened = hit;
              this.showDetails(details);
            });
            return el("li", {}, button);
          })
        );
    };
    input.addEventListener("input", update);
    const words = DATA_WORDS[this.ctx.lang];
    const problems = this.ctx.dataProblems;
    replaceChildren(
      panel,
      el("label", { for: inputId, class: "label" }, t.search),
      input,
      el("p", { id: `${inputId}-help`, class: "help" }, t.searchHelp),
      results,
      details,
      problems.length > 0 &&
        el(
          "fluent-message-bar",
          { intent: "warning", id: "data-problems" },
          el(
            "div",
            {},
            t.dataProblems,
            el("ul", {}, ...problemLines(problems, this.ctx.lang, 10).map((l) => el("li", {}, l)))
          )
        ),
      this.ctx.host &&
        dataForm(
          this.ctx,
          "add-organisation",
          t.addOrganisation,
          [
            {
              key: "organisation",
              label: t.organisationName,
              input: el("input", { class: "input" }),
            },
            { key: "value", label: t.acronym, input: el("input", { class: "input" }) },
          ],
          { kind: words.kinds.organisation },
          ["organisation"]
        )
    );
    if (this.query) update();
    if (this.opened) this.showDetails(details);
  }

  /** Corrections for an organisation: a fact, or a city's membership event. */
  private forms(organisation: string): (HTMLElement | false)[] {
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
            key: "what",
            label: t.fact,
            input: select(DATA_FIELDS.map((f) => [words.fields[f], words.fields[f]])),
          },
          { key: "value", label: t.factValue, input: el("input", { class: "input" }) },
          {
            key: "year",
            label: t.year,
            input: el("input", { class: "input", inputmode: "numeric" }),
          },
        ],
        { kind: words.kinds.fact, organisation },
        ["what", "value"]
      ),
      dataForm(
        ctx,
        "record-event",
        t.recordEvent,
        [
          { key: "city", label: t.eventCity, input: el("input", { class: "input" }) },
          {
            key: "what",
            label: t.event,
            input: select(EVENT_TYPES.map((e) => [words.events[e], words.events[e]])),
          },
          {
            key: "year",
            label: t.year,
            input: el("input", { class: "input", inputmode: "numeric" }),
          },
        ],
        { kind: words.kinds.event, organisation },
        ["city", "what"]
      ),
    ];
  }

  private showDetails(target: HTMLElement): void {
    const { ds, t } = this.ctx;
    const hit = this.opened!;
    if (hit.type === "network") {
      const p = networkProfile(ds, ds.orgById.get(hit.id)!, this.ctx.lang);
      replaceChildren(
        target,
        el("h2", {}, p.name),
        el("p", {}, [p.acronym, p.kind, p.parent].filter(Boolean).join(" · ")),
        p.otherNames.length > 0 &&
          el("p", { class: "help" }, `${t.alsoKnownAs}: ${p.otherNames.join("; ")}`),
        p.note && el("p", { class: "help" }, p.note),
        el("h3", {}, t.facts),
        p.facts.length === 0
          ? el("p", {}, t.noFacts)
          : el(
              "dl",
              {},
              ...p.facts.flatMap((f) => [
                el(
                  "dt",
                  {},
                  this.ctx.t.fields[f.field as keyof typeof this.ctx.t.fields] ?? f.field
                ),
                el(
                  "dd",
                  {},
                  `${String(f.value)}${f.note ? ` (${f.note})` : ""}`,
                  el("blockquote", {}, f.citation)
                ),
              ])
            ),
        el("h3", {}, t.members(p.members.length)),
        ...p.members.map((m) => membershipDetails(this.ctx, m, m.city)),
        ...this.forms(p.name)
      );
    } else {
      const p = cityProfile(ds, ds.placeById.get(hit.id)!, this.ctx.lang);
      replaceChildren(
        target,
        el("h2", {}, p.name),
        el("p", {}, `${p.kind} · ${p.country}`),
        p.otherNames.length > 0 &&
          el("p", { class: "help" }, `${t.alsoKnownAs}: ${p.otherNames.join("; ")}`),
        el("h3", {}, t.networks(p.memberships.length)),
        ...p.memberships.map((m) => membershipDetails(this.ctx, m, m.network)),
        p.partners.length > 0 && el("h3", {}, t.partners),
        p.partners.length > 0 && el("dl", {}, ...p.partners.flatMap(quoteBlock))
      );
    }
  }
}
