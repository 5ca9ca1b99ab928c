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

/** The longest message an error may carry: Excel shows it in a tooltip, where more is unreadable. */
export const MAX_MESSAGE_LENGTH = 300;

/** Characters of user input a message quotes, quotes and ellipsis included. */
const QUOTE_LENGTH = 60;

/**
 * User input quoted for a message: 'Bergn', or its first 57 characters and an ellipsis when longer,
 * so that a 32,767-character cell does not become a 32,767-character message. Line breaks and other
 * control characters become spaces (a tooltip shows one line); an emoji is never cut in half.
 */
export function quoteInput(text: string): string {
  const room = QUOTE_LENGTH - 2;
  let shown = text.length <= room ? text : text.slice(0, room - 1);
  // A cut between the two halves of a surrogate pair would leave half an emoji.
  if (shown.length < text.length && /[\uD800-\uDBFF]$/.test(shown)) shown = shown.slice(0, -1);
  shown = shown.replace(/[\p{Cc}\u2028\u2029]/gu, " ");
  return shown.length < text.length ? `'${shown}…'` : `'${shown}'`;
}
