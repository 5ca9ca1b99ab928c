// The Fluent UI web components the pane uses, registered once; the light or dark Fluent theme (the
// high-contrast one is the system's, through forced colours); and their roles and states written out
// as attributes where Fluent keeps them only in ElementInternals.
import "@fluentui/web-components/accordion/define.js";
import "@fluentui/web-components/accordion-item/define.js";
import "@fluentui/web-components/badge/define.js";
import "@fluentui/web-components/button/define.js";
import "@fluentui/web-components/checkbox/define.js";
import "@fluentui/web-components/divider/define.js";
import "@fluentui/web-components/dropdown/define.js";
import "@fluentui/web-components/field/define.js";
import "@fluentui/web-components/listbox/define.js";
import "@fluentui/web-components/message-bar/define.js";
import "@fluentui/web-components/option/define.js";
import "@fluentui/web-components/radio/define.js";
import "@fluentui/web-components/radio-group/define.js";
import "@fluentui/web-components/tab/define.js";
import "@fluentui/web-components/tablist/define.js";
import "@fluentui/web-components/text-input/define.js";
import "@fluentui/web-components/textarea/define.js";
import { setTheme } from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { Observable } from "@microsoft/fast-element";

/** Dark when Office's (or the browser's) background is dark. */
export function applyTheme(backgroundColor?: string): void {
  let dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(backgroundColor ?? "");
  if (m) {
    const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
    dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  setTheme(dark ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

/** Elements whose role and state Fluent sets in ElementInternals, and the state to mirror. */
const MIRRORED: Record<string, { role: string; state?: { property: string; attribute: string } }> =
  {
    "FLUENT-RADIO": { role: "radio", state: { property: "checked", attribute: "aria-checked" } },
    "FLUENT-CHECKBOX": {
      role: "checkbox",
      state: { property: "checked", attribute: "aria-checked" },
    },
    "FLUENT-OPTION": {
      role: "option",
      state: { property: "selected", attribute: "aria-selected" },
    },
    "FLUENT-RADIO-GROUP": { role: "radiogroup" },
    "FLUENT-LISTBOX": { role: "listbox" },
    "FLUENT-BUTTON": { role: "button" },
  };

const mirrored = new WeakSet<Element>();

/**
 * Writes a Fluent element's role and checked/selected state as attributes and keeps them in step.
 * Assistive technology reads ElementInternals, but accessibility checkers (axe-core) and test tools
 * read attributes only; the two say the same.
 */
function mirror(element: Element): void {
  const spec = MIRRORED[element.tagName];
  if (!spec || mirrored.has(element)) return;
  mirrored.add(element);
  if (!element.hasAttribute("role")) element.setAttribute("role", spec.role);
  const state = spec.state;
  if (!state) return;
  const source = element as unknown as Record<string, unknown>;
  const write = () => element.setAttribute(state.attribute, String(!!source[state.property]));
  write();
  Observable.getNotifier(element).subscribe({ handleChange: write }, state.property);
}

/**
 * A Fluent text field's own <input> (or <textarea>) is inside its shadow root, where the ids in the
 * host's aria-describedby cannot reach: it gets the described elements by reference.
 */
function linkDescriptions(element: Element): void {
  const ids = (element as HTMLElement).dataset.describedby;
  if (ids === undefined) return;
  const inner =
    (element as unknown as { control?: Element; controlEl?: Element }).control ??
    (element as unknown as { controlEl?: Element }).controlEl;
  if (!inner) return;
  const root = element.getRootNode() as Document | ShadowRoot;
  (inner as Element & { ariaDescribedByElements: Element[] | null }).ariaDescribedByElements = ids
    .split(" ")
    .filter(Boolean)
    .map((id) => root.getElementById?.(id) ?? document.getElementById(id))
    .filter((x): x is HTMLElement => x !== null);
}

/**
 * A dropdown's label names its own button (the combobox), which Fluent puts in the light DOM once the
 * dropdown is connected; until it is first opened, the button says it is collapsed.
 */
function labelDropdown(element: Element): void {
  const dropdown =
    element.tagName === "FLUENT-DROPDOWN"
      ? element
      : element.getAttribute("slot") === "control" &&
          element.parentElement?.tagName === "FLUENT-DROPDOWN"
        ? element.parentElement
        : null;
  const control = (dropdown as unknown as { control?: Element } | null)?.control;
  const label = dropdown?.getAttribute("aria-labelledby");
  if (!control || !label) return;
  control.setAttribute("aria-labelledby", label);
  if (!control.hasAttribute("aria-expanded")) control.setAttribute("aria-expanded", "false");
}

function wireOne(element: Element): void {
  mirror(element);
  linkDescriptions(element);
  labelDropdown(element);
}

function wire(node: Node): void {
  if (!(node instanceof Element)) return;
  wireOne(node);
  for (const child of node.querySelectorAll(
    "fluent-radio, fluent-checkbox, fluent-option, fluent-radio-group, fluent-listbox, fluent-button, fluent-dropdown, [slot=control], [data-describedby]"
  ))
    wireOne(child);
}

/** Keeps the pane's Fluent elements' roles, states and descriptions readable as it is redrawn. */
export function wireAccessibility(root: HTMLElement): void {
  wire(root);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") linkDescriptions(r.target as Element);
      else r.addedNodes.forEach(wire);
    }
  }).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-describedby"],
  });
}
