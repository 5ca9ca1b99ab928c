// Sheet and table names that every spreadsheet accepts, and never one a workbook already uses.

/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts: no \ / ? * [ ] :, no apostrophe at either end, not blank, not the name
 * Excel reserves ("History"), at most 31 characters.
 */
export function validSheetName(preferred: string): string {
  const name = preferred
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/?*[\]:\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^['\s]+|['\s]+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .replace(/['\s]+$/g, "");
  if (!name) return "CityNet";
  return name.toLowerCase() === "history" ? "History (CityNet)" : name;
}

/** Names to try for a new sheet: "Bergen", then "Bergen (2)" … "Bergen (20)", each valid. */
export function candidateSheetNames(preferred: string, max = 20): string[] {
  const base = validSheetName(preferred);
  const names = [base];
  for (let i = 2; i <= max; i++) {
    const suffix = ` (${i})`;
    names.push(`${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`);
  }
  return names;
}

/** The first candidate no sheet has yet (Excel compares sheet names without case); undefined if none. */
export function uniqueSheetName(
  preferred: string,
  taken: Iterable<string>,
  max = 20
): string | undefined {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return candidateSheetNames(preferred, max).find((n) => !used.has(n.toLowerCase()));
}

/**
 * A table name Excel accepts: letters, digits and underscores, starting with a letter, not a cell
 * reference, at most 255 characters. Nordic letters are spelled out ("Tromsø" → "Tromso").
 */
export function validTableName(text: string, prefix = "CityNet_"): string {
  const ascii = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/æ/gi, "ae")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return `${prefix}${ascii || "matrix"}`.slice(0, 200);
}

/** Names to try for a new table: "CityNet_Bergen", then "CityNet_Bergen_2" … */
export function candidateTableNames(base: string, max = 20): string[] {
  return [base, ...Array.from({ length: max - 1 }, (_, i) => `${base}_${i + 2}`)];
}

/** The first candidate no table in the workbook has (table names are unique without case). */
export function uniqueTableName(
  base: string,
  taken: Iterable<string>,
  max = 1000
): string | undefined {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return candidateTableNames(base, max).find((n) => !used.has(n.toLowerCase()));
}

/** Table headings must differ (Excel compares them without case): a repeated one gets " 2", " 3" … */
export function uniqueHeadings(headings: readonly string[]): string[] {
  const seen = new Set<string>();
  return headings.map((h) => {
    const base = h.trim() || "-";
    let name = base;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${base} ${i}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
