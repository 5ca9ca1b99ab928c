// Failures the core reports. The edges map them: custom functions to #N/A or #VALUE! with the message,
// the task pane to a readable notice.

export type CityNetErrorKind =
  /** A name that matches nothing known: #N/A. */
  | "not-found"
  /** An argument of the wrong type, empty, or outside what is accepted: #VALUE!. */
  | "invalid"
  /** A valid question the sources do not answer: #N/A. */
  | "no-data";

export class CityNetError extends Error {
  readonly kind: CityNetErrorKind;
  readonly suggestions: readonly string[];

  constructor(kind: CityNetErrorKind, message: string, suggestions: readonly string[] = []) {
    super(message);
    this.name = "CityNetError";
    this.kind = kind;
    this.suggestions = suggestions;
  }
}

/** "a, b or c": lists of accepted values and suggestions in messages. */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
