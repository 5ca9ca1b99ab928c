import type { Lang } from "../core/model";
import type { Recommendation } from "../core/scoring/recommend";
import type { Status } from "../core/status";
import { el, uid } from "./dom";

// The pane's controls, built from Fluent UI web components with the pane's own conventions: every
// control has a visible label, a stable data-key (so that focus survives a redraw), its help and its
// error next to it and named by aria-describedby, and nothing from a workbook becomes markup.

/** The Fluent text input's own <input>, inside its shadow root. */
type FluentTextInput = HTMLElement & { value: string; control?: HTMLInputElement };
type FluentTextarea = HTMLElement & { value: string; controlEl?: HTMLTextAreaElement };
export type FluentCheckable = HTMLElement & { checked: boolean; value: string; disabled: boolean };

export interface TextField {
  /** The field: label, input, help and error, in that order. */
  root: HTMLElement;
  input: FluentTextInput;
  value(): string;
  /** Shows an error under the input (and names it in aria-describedby), or clears it. */
  setError(message: string | null): void;
}

/**
 * A labelled text field: Fluent's text input with its label in its own slot (so that the inner
 * <input> is labelled for screen readers), its help and its error under it. `key` keeps focus and
 * what was typed across redraws.
 */
export function textField(options: {
  label: string;
  key: string;
  value?: string;
  help?: string;
  placeholder?: string;
  autocomplete?: string;
  inputmode?: string;
  type?: "text" | "url";
  id?: string;
}): TextField {
  const id = options.id ?? uid("field");
  const input = el(
    "fluent-text-input",
    {
      id,
      "data-key": options.key,
      appearance: "outline",
      autocomplete: options.autocomplete ?? "off",
      ...(options.placeholder ? { placeholder: options.placeholder } : {}),
      ...(options.inputmode ? { inputmode: options.inputmode } : {}),
      ...(options.type ? { type: options.type } : {}),
    },
    options.label
  ) as FluentTextInput;
  input.setAttribute("value", options.value ?? "");
  const help = options.help ? el("p", { class: "help", id: `${id}-help` }, options.help) : null;
  const error = el("p", { class: "field-error", id: `${id}-error`, hidden: "" });
  describe(input, help?.id);
  input.addEventListener("input", () => (input.dataset.dirty = "1"));
  return {
    root: el("div", { class: "field" }, input, help, error),
    input,
    value: () => input.value ?? "",
    setError: (message) => setError(input, error, help?.id, message),
  };
}

/** A labelled multi-line text field (Fluent textarea). */
export function textArea(options: { label: string; key: string; value?: string; id?: string }): {
  root: HTMLElement;
  input: FluentTextarea;
  value(): string;
} {
  const id = options.id ?? uid("area");
  const input = el(
    "fluent-textarea",
    { id, "data-key": options.key, resize: "vertical", appearance: "outline" },
    el("span", { slot: "label" }, options.label)
  ) as FluentTextarea;
  setFieldValue(input, options.value ?? "");
  input.addEventListener("input", () => (input.dataset.dirty = "1"));
  return { root: el("div", { class: "field" }, input), input, value: () => input.value ?? "" };
}

/**
 * Sets what a text field holds. A Fluent textarea takes its value from its text content once its
 * slot is read (a moment after it is connected), so that content is set too.
 */
export function setFieldValue(field: HTMLElement, value: string): void {
  if (field.tagName === "FLUENT-TEXTAREA") {
    for (const node of [...field.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
    field.append(value);
  }
  (field as HTMLElement & { value: string }).value = value;
}

/** Names an error (or clears it) under a control, in aria-describedby with its help. */
export function setError(
  control: HTMLElement,
  error: HTMLElement,
  helpId: string | undefined,
  message: string | null
): void {
  error.textContent = message ?? "";
  error.hidden = !message;
  control.toggleAttribute("aria-invalid", !!message);
  if (message) control.setAttribute("aria-invalid", "true");
  describe(control, helpId, message ? error.id : undefined);
}

/**
 * aria-describedby on the control, and on the <input> inside a Fluent text field too (an id cannot
 * reach into a shadow root; an element reference can): what screen readers read after the label.
 */
export function describe(control: HTMLElement, ...ids: (string | undefined)[]): void {
  const list = ids.filter((x): x is string => !!x);
  if (list.length > 0) control.setAttribute("aria-describedby", list.join(" "));
  else control.removeAttribute("aria-describedby");
  control.dataset.describedby = list.join(" ");
}

/** A checkbox with its label after it (Fluent field). */
export function checkbox(options: {
  label: string | Node;
  key: string;
  checked: boolean;
  value?: string;
  id?: string;
  describedBy?: string;
  onChange?: (checked: boolean) => void;
}): { root: HTMLElement; box: FluentCheckable } {
  const id = options.id ?? uid("check");
  const box = el("fluent-checkbox", {
    slot: "input",
    id,
    "data-key": options.key,
    value: options.value ?? "on",
    ...(options.checked ? { checked: "" } : {}),
    ...(options.describedBy ? { "aria-describedby": options.describedBy } : {}),
  }) as FluentCheckable;
  if (options.onChange) box.addEventListener("change", () => options.onChange!(box.checked));
  const label = el("label", { slot: "label", for: id });
  label.append(options.label);
  return { root: el("fluent-field", { "label-position": "after" }, label, box), box };
}

export interface RadioChoice {
  value: string;
  label: string | Node;
  key: string;
  checked: boolean;
  disabled?: boolean;
}

/**
 * A group of radios under a visible legend (fieldset), the group named by it. Arrow keys move and
 * choose, as in every radio group; `onChange` gets the value chosen.
 */
export function radioGroup(options: {
  legend: string | Node;
  choices: RadioChoice[];
  name?: string;
  id?: string;
  help?: string;
  className?: string;
  attrs?: Record<string, string>;
  onChange?: (value: string) => void;
}): { root: HTMLElement; group: HTMLElement & { value: string | null } } {
  const id = options.id ?? uid("group");
  const legendId = `${id}-legend`;
  const helpId = options.help ? `${id}-help` : undefined;
  const group = el(
    "fluent-radio-group",
    {
      id,
      name: options.name ?? id,
      orientation: "vertical",
      "aria-labelledby": legendId,
      ...(helpId ? { "aria-describedby": helpId } : {}),
    },
    ...options.choices.map((c) => {
      const rid = uid("radio");
      const radio = el("fluent-radio", {
        slot: "input",
        id: rid,
        value: c.value,
        "data-key": c.key,
        ...(c.checked ? { checked: "" } : {}),
        ...(c.disabled ? { disabled: "" } : {}),
      });
      const label = el("label", { slot: "label", for: rid });
      label.append(c.label);
      return el("fluent-field", { "label-position": "after" }, label, radio);
    })
  ) as HTMLElement & { value: string | null };
  if (options.onChange)
    group.addEventListener("change", (e) => {
      // A radio raises change when it becomes checked (by click, Space or an arrow key).
      const radio = e.target as FluentCheckable;
      if (radio !== group && radio.tagName === "FLUENT-RADIO" && radio.checked)
        options.onChange!(radio.value);
    });
  const legend = el("legend", { id: legendId });
  legend.append(options.legend);
  return {
    root: el(
      "fieldset",
      { class: `group ${options.className ?? ""}`.trim(), ...(options.attrs ?? {}) },
      legend,
      options.help ? el("p", { class: "help", id: helpId! }, options.help) : null,
      group
    ),
    group,
  };
}

/** A Fluent button; `primary` for the one main action of a view. */
export function button(
  label: string,
  attrs: Record<string, string>,
  onClick: () => void,
  primary = false
): HTMLElement {
  const b = el(
    "fluent-button",
    { ...(primary ? { appearance: "primary" } : {}), ...attrs, "data-key": attrs.id ?? label },
    label
  );
  b.addEventListener("click", onClick);
  return b;
}

/** A folded section (Fluent accordion item) with a heading button; `open` starts it unfolded. */
export function foldout(
  heading: string | Node,
  content: (Node | string | null | false | undefined)[],
  attrs: Record<string, string> = {},
  open = false
): HTMLElement {
  const head = el("span", { slot: "heading" });
  head.append(heading);
  return el(
    "fluent-accordion",
    { class: "foldout", ...attrs },
    el(
      "fluent-accordion-item",
      { "heading-level": "3", ...(open ? { expanded: "" } : {}) },
      head,
      ...content
    )
  );
}

/** A message bar; multiline so that long messages wrap in a narrow pane. */
export function messageBar(
  intent: "info" | "success" | "warning" | "error",
  content: Node | string,
  attrs: Record<string, string> = {}
): HTMLElement {
  return el("fluent-message-bar", { intent, layout: "multiline", ...attrs }, content);
}

type BadgeColor =
  "brand" | "danger" | "important" | "informative" | "severe" | "subtle" | "success" | "warning";

/** Each status its own colour; the text always says it too. */
const STATUS_COLOURS: Record<Status | "Candidate", BadgeColor> = {
  Member: "success",
  "Associate member": "brand",
  Joining: "important",
  "Under consideration": "warning",
  Leaving: "severe",
  "Former member": "subtle",
  "Not a member": "informative",
  Candidate: "informative",
};

const RECOMMENDATION_COLOURS: Record<Recommendation, BadgeColor> = {
  Strengthen: "success",
  Continue: "brand",
  Review: "warning",
  Leave: "danger",
  Join: "success",
  "Do not join": "danger",
};

function badge(text: string, color: BadgeColor, attrs: Record<string, string>): HTMLElement {
  return el(
    "fluent-badge",
    { appearance: "tint", shape: "rounded", color, class: "badge", ...attrs },
    text
  );
}

/** A status as a coloured badge with its words. */
export function statusBadge(
  status: Status | "Candidate" | null,
  text: string,
  attrs: Record<string, string> = {}
): HTMLElement {
  return badge(text, status ? STATUS_COLOURS[status] : "informative", {
    "data-status": status ?? "",
    ...attrs,
  });
}

/** A recommendation as a coloured badge with its words. */
export function recommendationBadge(
  rec: Recommendation | null,
  text: string,
  attrs: Record<string, string> = {}
): HTMLElement {
  return badge(text || "–", rec ? RECOMMENDATION_COLOURS[rec] : "subtle", {
    "data-recommendation": rec ?? "",
    ...attrs,
  });
}

/** The page's language for screen readers and hyphenation. */
export function setDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = { en: "en", nb: "nb", sv: "sv" }[lang];
}

/**
 * A labelled select (Fluent dropdown): the label names the dropdown's own button, which is the
 * control screen readers meet.
 */
export function selectField(options: {
  label: string;
  key: string;
  choices: readonly (readonly [value: string, label: string])[];
  value?: string;
  id?: string;
  className?: string;
}): { root: HTMLElement; dropdown: HTMLElement & { value: string | null } } {
  const id = options.id ?? uid("select");
  const labelId = `${id}-label`;
  const dropdown = el(
    "fluent-dropdown",
    { id, "data-key": options.key, "aria-labelledby": labelId, appearance: "outline" },
    el(
      "fluent-listbox",
      {},
      ...options.choices.map(([value, label]) =>
        el("fluent-option", { value, ...(value === options.value ? { selected: "" } : {}) }, label)
      )
    )
  ) as HTMLElement & { value: string | null };
  return {
    root: el(
      "div",
      { class: `field ${options.className ?? ""}`.trim() },
      el("label", { id: labelId, class: "label", for: id }, options.label),
      dropdown
    ),
    dropdown,
  };
}
