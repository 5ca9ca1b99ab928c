import type {
  CardFact,
  CityCard,
  MembershipCard,
  OrganisationCard,
  Statement,
} from "../../core/pane/fact-card";
import type { PaneContext } from "../context";
import { foldout, statusBadge } from "../controls";
import { el } from "../dom";

// The Data view's cards, drawn: an organisation's facts first, each once with its sources folded
// behind it, then the histories; a city's memberships. Shared with the Score view.

/** One statement: when and what, the curators' note, the quote with its source, the file. */
export function statement(s: Statement): HTMLElement {
  return el(
    "li",
    { class: "statement" },
    (s.when || s.text) && el("p", { class: "what" }, [s.when, s.text].filter(Boolean).join(": ")),
    s.note && el("p", { class: "help note" }, s.note),
    el("blockquote", {}, s.citation),
    s.details && el("p", { class: "details" }, s.details)
  );
}

function statements(list: Statement[]): HTMLElement {
  return el("ul", { class: "statements" }, ...list.map(statement));
}

/** "since 2002" after a status, when the sources give the year. */
function since(ctx: PaneContext, year: number | ""): string {
  return year === "" ? "" : ` ${ctx.t.since(year)}`;
}

/** A membership's history: who is responsible, how the city takes part, events, assessment, decisions. */
export function historyContent(ctx: PaneContext, m: MembershipCard): HTMLElement {
  const t = ctx.t;
  return el(
    "div",
    { class: "history" },
    m.responsible.length > 0 &&
      el("p", {}, el("strong", {}, `${t.responsible}: `), m.responsible.join("; ")),
    m.via.length > 0 && el("p", {}, el("strong", {}, `${t.via}: `), m.via.join("; ")),
    el("h4", {}, t.events),
    statements(m.events),
    m.assessment.length > 0 && el("h4", {}, t.assessment),
    m.assessment.length > 0 && statements(m.assessment),
    m.recommendations.length > 0 && el("h4", {}, t.decisions),
    m.recommendations.length > 0 && statements(m.recommendations)
  );
}

/** A membership folded under its title and status badge. */
export function membershipFoldout(
  ctx: PaneContext,
  m: MembershipCard,
  title: string,
  attrs: Record<string, string> = {},
  open = false
): HTMLElement {
  return foldout(
    el(
      "span",
      { class: "fold-title" },
      `${title} `,
      statusBadge(m.status, m.statusText),
      since(ctx, m.since)
    ),
    [historyContent(ctx, m)],
    { class: "foldout membership", ...attrs },
    open
  );
}

function factRow(ctx: PaneContext, f: CardFact): HTMLElement[] {
  const t = ctx.t;
  return [
    el("dt", {}, t.fields[f.field]),
    el(
      "dd",
      { "data-fact": f.field },
      el("span", { class: "fact-value" }, f.value),
      foldout(t.sources(f.sources.length), [statements(f.sources)], { class: "foldout sources" })
    ),
  ];
}

/** An organisation's card: what it is, the reader's city in it, its facts, the Nordic members. */
export function organisationCardView(
  ctx: PaneContext,
  card: OrganisationCard,
  options: { heading?: "h2" | "h3"; members?: boolean } = {}
): HTMLElement {
  const t = ctx.t;
  const identity = [
    card.kind,
    card.acronym && card.acronym !== card.name ? card.acronym : "",
    card.parent && t.partOf(card.parent),
  ].filter(Boolean);
  return el(
    "article",
    { class: "card", "data-organisation": card.id },
    el(options.heading ?? "h2", { class: "card-title" }, card.name),
    el("p", { class: "kind" }, identity.join(" · ")),
    card.otherNames.length > 0 &&
      el("p", { class: "help" }, `${t.alsoKnownAs}: ${card.otherNames.join("; ")}`),
    card.note && el("p", { class: "help" }, card.note),
    el(
      "dl",
      { class: "facts" },
      card.city && el("dt", {}, card.city.city),
      card.city &&
        el(
          "dd",
          { "data-fact": "city" },
          statusBadge(card.city.status, card.city.statusText),
          since(ctx, card.city.since)
        ),
      ...card.facts.flatMap((f) => factRow(ctx, f)),
      card.nordic.length > 0 && el("dt", {}, t.nordicMembers),
      card.nordic.length > 0 &&
        el(
          "dd",
          { "data-fact": "nordic" },
          el(
            "ul",
            { class: "nordic" },
            ...card.nordic.map((n) =>
              el("li", {}, `${n.city} `, statusBadge(n.status, n.statusText), since(ctx, n.since))
            )
          )
        )
    ),
    card.facts.length === 0 && el("p", {}, t.noFacts),
    options.members !== false && card.city && el("h3", {}, t.yourHistory(card.city.city)),
    options.members !== false &&
      card.city &&
      membershipFoldout(ctx, card.city, card.city.city, { id: "city-history" }, true),
    options.members !== false && el("h3", {}, t.members(card.members.length)),
    ...(options.members !== false
      ? card.members
          .filter((m) => m.cityId !== card.city?.cityId)
          .map((m) => membershipFoldout(ctx, m, m.city))
      : [])
  );
}

/** A city's card: its memberships, each with its history, and its partners. */
export function cityCardView(ctx: PaneContext, card: CityCard): HTMLElement {
  const t = ctx.t;
  return el(
    "article",
    { class: "card", "data-place": card.id },
    el("h2", { class: "card-title" }, card.name),
    el("p", { class: "kind" }, `${card.kind} · ${card.country}`),
    card.otherNames.length > 0 &&
      el("p", { class: "help" }, `${t.alsoKnownAs}: ${card.otherNames.join("; ")}`),
    el("h3", {}, t.networks(card.memberships.length)),
    ...card.memberships.map((m) => membershipFoldout(ctx, m, m.network)),
    card.partners.length > 0 && el("h3", {}, t.partners),
    card.partners.length > 0 && statements(card.partners)
  );
}
