// Text that CityNet writes into a cell must arrive as exactly that text. Excel reads what it is given
// the way it reads typing: "=HYPERLINK(…)" becomes a formula, "1-2" a date, "50%" a number, "TRUE" a
// logical value, "00123" the number 123, and a leading apostrophe is swallowed as the "this is text"
// mark. These helpers say what to send so that none of that happens.

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;
/** Marks text that was cut to fit a cell; the same in every language. */
export const CUT_MARKER = " […]";

/** Text cut to what a cell holds, with a visible marker; shorter text is returned as it is. */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - CUT_MARKER.length;
  // Never split a surrogate pair (an emoji, a rare letter).
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + CUT_MARKER;
}

// Words Excel turns into logical values or errors, in the languages of its users and in English.
const LITERAL_WORDS = new Set([
  "true",
  "false",
  "sann",
  "usann",
  "sant",
  "falskt",
  "wahr",
  "falsch",
  "vrai",
  "faux",
]);

/**
 * True when Excel would not store this text as it is: it starts with a formula or text-prefix sign, it
 * holds a digit (numbers, dates, times, percentages, fractions, currency all need one), or it is a
 * logical value or error word. Erring towards true costs nothing: the prefix is not part of the value.
 */
export function excelWouldReinterpret(text: string): boolean {
  if (/^[\s]*[=+\-@'#]/.test(text)) return true;
  if (/\d/.test(text)) return true;
  return LITERAL_WORDS.has(text.trim().toLowerCase());
}

/**
 * What to send to Excel (Range.values or Range.formulas) so the cell holds exactly `text`: the text,
 * after an apostrophe where Excel would otherwise reinterpret it. Excel drops that one apostrophe and
 * keeps the rest as text, so "'s-Hertogenbosch" is sent as "''s-Hertogenbosch".
 */
export function excelTextInput(text: string): string {
  const fitted = fitCellText(text);
  return excelWouldReinterpret(fitted) ? `'${fitted}` : fitted;
}
