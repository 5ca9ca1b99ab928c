// A number as a cell's number format shows it, for the few formats CityNet's sheets use ("0",
// "0.00", "0.##", "0.0#", "#,##0", "#,##0.##", "0%"). The preview draws what Excel would: a value of
// 5 in a "0.00" cell is "5.00". Any other format is not guessed at: the caller shows the number plainly.

const SIMPLE = /^(#,##)?0(?:\.(0*)(#*))?(%?)$/;
const formatters = new Map<string, Intl.NumberFormat | null>();

function formatterOf(format: string): Intl.NumberFormat | null {
  let f = formatters.get(format);
  if (f !== undefined) return f;
  const m = SIMPLE.exec(format);
  f = m
    ? new Intl.NumberFormat("en-US", {
        style: m[4] ? "percent" : "decimal",
        useGrouping: m[1] !== undefined,
        minimumFractionDigits: (m[2] ?? "").length,
        maximumFractionDigits: (m[2] ?? "").length + (m[3] ?? "").length,
      })
    : null;
  formatters.set(format, f);
  return f;
}

/** The number as the format shows it, or undefined for a format this does not know. */
export function formatNumber(n: number, format: string): string | undefined {
  const f = formatterOf(format);
  if (!f) return undefined;
  // "0.##" shows 5 as "5." in Excel; the preview leaves the lone point out, as most readers expect.
  return f.format(n);
}
