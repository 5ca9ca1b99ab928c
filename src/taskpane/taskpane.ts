import {
  cityProfile,
  networkProfile,
  searchDataset,
  type EventView,
  type MembershipView,
  type SearchHit,
} from "../core/explore";
import { buildDataset } from "../core/dataset";
import { RAW_DATASET } from "../data";
import { el, replaceChildren } from "./dom";

// The Data view: search the bundled dataset and read every fact with its source. It needs no Excel API,
// so it also works when the page is opened outside Office (with a notice saying so).

const dataset = buildDataset(RAW_DATASET);

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The task pane page is missing #${id}.`);
  return node as T;
}

function quoteBlock(item: EventView): HTMLElement[] {
  return [
    el("dd", {}, item.when ? `${item.when}: ${item.text}` : item.text),
    el("blockquote", {}, item.citation),
  ];
}

function membershipDetails(m: MembershipView, title: string): HTMLElement {
  return el(
    "details",
    {},
    el(
      "summary",
      {},
      `${title} `,
      el("span", { class: "status" }, m.status),
      m.since !== "" ? ` since ${m.since}` : ""
    ),
    el(
      "dl",
      {},
      m.responsible.length > 0 && el("dt", {}, "Responsible"),
      ...m.responsible.map((r) => el("dd", {}, r)),
      m.via.length > 0 && el("dt", {}, "Takes part through"),
      ...m.via.map((v) => el("dd", {}, v)),
      el("dt", {}, "History"),
      ...m.events.flatMap(quoteBlock),
      m.assessment.length > 0 && el("dt", {}, "Assessment"),
      ...m.assessment.flatMap(quoteBlock),
      m.recommendations.length > 0 && el("dt", {}, "Recommendation"),
      ...m.recommendations.flatMap(quoteBlock)
    )
  );
}

function showNetwork(id: string): void {
  const org = dataset.orgById.get(id);
  if (!org) return;
  const p = networkProfile(dataset, org);
  replaceChildren(
    byId("details"),
    el("h2", {}, p.name),
    el("p", {}, [p.acronym, p.kind, p.parent && `part of ${p.parent}`].filter(Boolean).join(" · ")),
    p.otherNames.length > 0 && el("p", { class: "help" }, `Also: ${p.otherNames.join("; ")}`),
    p.note && el("p", { class: "help" }, p.note),
    el("h3", {}, "Facts"),
    p.facts.length === 0
      ? el("p", {}, "The sources give no facts about this organisation beyond its name.")
      : el(
          "dl",
          {},
          ...p.facts.flatMap((f) => [
            el("dt", {}, f.field),
            el("dd", {}, `${String(f.value)}${f.note ? ` (${f.note})` : ""}`),
            el("blockquote", {}, f.citation),
          ])
        ),
    el("h3", {}, `Members in the sources (${p.members.length})`),
    ...p.members.map((m) => membershipDetails(m, m.city))
  );
}

function showCity(id: string): void {
  const place = dataset.placeById.get(id);
  if (!place) return;
  const p = cityProfile(dataset, place);
  replaceChildren(
    byId("details"),
    el("h2", {}, p.name),
    el("p", {}, `${p.kind} · ${p.country}`),
    p.otherNames.length > 0 && el("p", { class: "help" }, `Also: ${p.otherNames.join("; ")}`),
    el("h3", {}, `Networks and organisations (${p.memberships.length})`),
    ...p.memberships.map((m) => membershipDetails(m, m.network)),
    p.partners.length > 0 && el("h3", {}, "Twin cities and partners"),
    p.partners.length > 0 && el("dl", {}, ...p.partners.flatMap(quoteBlock))
  );
}

function renderResults(hits: SearchHit[], query: string): void {
  const list = byId<HTMLUListElement>("results");
  if (query.trim() && hits.length === 0) {
    replaceChildren(
      list,
      el("li", {}, `Nothing matches '${query}'. Try an acronym (UBC) or a city (Bergen).`)
    );
    return;
  }
  replaceChildren(
    list,
    ...hits.map((hit) => {
      const button = el(
        "button",
        { type: "button" },
        hit.name,
        el("span", { class: "kind" }, `${hit.type} · ${hit.detail}`)
      );
      button.addEventListener("click", () =>
        hit.type === "network" ? showNetwork(hit.id) : showCity(hit.id)
      );
      return el("li", {}, button);
    })
  );
}

function start(host: Office.HostType | null): void {
  // Compared by value: outside Office the Office namespace (and its enums) may not exist.
  if (String(host) !== "Excel") {
    const notice = byId("host-notice");
    notice.textContent =
      "CityNet is not running inside Excel: the dataset can be searched here, but the CITYNET functions need Excel.";
    notice.hidden = false;
  }
  const input = byId<HTMLInputElement>("search");
  input.addEventListener("input", () =>
    renderResults(searchDataset(dataset, input.value), input.value)
  );
  renderResults([], "");
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => start(info.host));
} else {
  // Office.js could not load (offline, or blocked): the dataset still works.
  document.addEventListener("DOMContentLoaded", () => start(null));
}
