import {
  cityProfile,
  networkProfile,
  searchDataset,
  type EventView,
  type MembershipView,
  type SearchHit,
} from "../../core/explore";
import type { PaneContext, View } from "../context";
import { el, replaceChildren, uid } from "../dom";

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
    replaceChildren(
      panel,
      el("label", { for: inputId, class: "label" }, t.search),
      input,
      el("p", { id: `${inputId}-help`, class: "help" }, t.searchHelp),
      results,
      details
    );
    if (this.query) update();
    if (this.opened) this.showDetails(details);
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
        ...p.members.map((m) => membershipDetails(this.ctx, m, m.city))
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
