import type { Rect } from "../core/sheet/address";
import type { Cell, SheetDescription } from "../core/sheet/description";
import type { PreviewCell, WorkbookState } from "./page-workbook";

// What the preview keeps in the browser between visits: its workbook (sheets, names, tables,
// settings) and which sheet was open, in the page's own storage (localStorage). Stored data is read as
// untrusted: anything that is not the shape written here is refused as a whole, with a message, and the
// page starts empty. A browser without room (quota) or without storage is said, never silent.

export const STORAGE_KEY = "citynet.preview.workbook";
/** Every key CityNet's pages keep (the pane remembers who is scoring under "citynet.rater"). */
export const STORAGE_PREFIX = "citynet.";
const FORMAT = 1;

export interface Kept {
  workbook: WorkbookState;
  /** The sheet that was shown. */
  sheet?: string;
}

/** The part of the Web Storage API used here, so that tests can give their own. */
export type PageStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

class Unreadable extends Error {}

const fail = (what: string): never => {
  throw new Unreadable(what);
};
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function rect(x: unknown, what: string): Rect {
  if (!isObject(x) || ![x.row, x.col, x.rows, x.cols].every(isCount))
    fail(`${what} is not a range`);
  const r = x as unknown as Rect;
  return { row: r.row, col: r.col, rows: r.rows, cols: r.cols };
}

function cell(x: unknown, what: string): PreviewCell {
  if (!isObject(x)) return fail(`${what} is not a cell`);
  if ("format" in x && (typeof x.format !== "string" || x.format.length > 255))
    fail(`${what} has a number format that is not one`);
  const format = typeof x.format === "string" ? { format: x.format } : {};
  if ("formula" in x) {
    if (typeof x.formula !== "string" || !x.formula.startsWith("="))
      fail(`${what} has a formula that is not one`);
    return { formula: x.formula as string, ...format };
  }
  const v = x.value;
  if (
    v !== null &&
    v !== undefined &&
    typeof v !== "string" &&
    typeof v !== "boolean" &&
    !(typeof v === "number" && Number.isFinite(v))
  )
    fail(`${what} holds a value that is not text, a number or a logical value`);
  return { value: (v ?? null) as Cell["value"], ...format };
}

/** The parts of a sheet description the page uses (columns, hidden rows), checked; the rest kept. */
function description(x: unknown, what: string): SheetDescription {
  if (!isObject(x)) return fail(`${what} is not a sheet description`);
  const columns = x.columns;
  if (
    !Array.isArray(columns) ||
    !columns.every(
      (c) =>
        isObject(c) &&
        isCount(c.col) &&
        typeof c.width === "number" &&
        Number.isFinite(c.width) &&
        (c.hidden === undefined || typeof c.hidden === "boolean")
    )
  )
    fail(`${what} has columns that are not columns`);
  if (!Array.isArray(x.hiddenRows) || !x.hiddenRows.every(isCount))
    fail(`${what} has hidden rows that are not rows`);
  for (const list of ["names", "validations", "colorScales", "charts", "inputs"])
    if (x[list] !== undefined && !Array.isArray(x[list])) fail(`${what} is damaged (${list})`);
  const d = x as unknown as SheetDescription;
  return {
    ...d,
    names: d.names ?? [],
    validations: d.validations ?? [],
    colorScales: d.colorScales ?? [],
    charts: d.charts ?? [],
    inputs: d.inputs ?? [],
    blocks: [],
  };
}

/** Reads what the page kept; throws Unreadable saying what is wrong. */
export function parseKept(text: string): Kept {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail("it is not complete JSON");
  }
  if (!isObject(data)) return fail("it is not a kept workbook");
  if (data.format !== FORMAT) fail(`it is in another format (${String(data.format).slice(0, 20)})`);
  const wb = data.workbook;
  if (!isObject(wb) || !Array.isArray(wb.sheets) || !Array.isArray(wb.settings))
    fail("it has no sheets or settings");
  const w = wb as { sheets: unknown[]; settings: unknown[] };
  const names = new Set<string>();
  const sheets = w.sheets.map((s, i) => {
    if (!isObject(s) || typeof s.name !== "string" || s.name === "" || s.name.length > 31)
      return fail(`sheet ${i + 1} has no name`);
    if (names.has(s.name.toLowerCase())) fail(`two sheets are named '${s.name}'`);
    names.add(s.name.toLowerCase());
    const what = `sheet '${s.name}'`;
    if (!Array.isArray(s.cells) || !Array.isArray(s.names) || !Array.isArray(s.tables))
      fail(`${what} is incomplete`);
    const cells = (s.cells as unknown[]).map((entry): [string, PreviewCell] => {
      if (!Array.isArray(entry) || typeof entry[0] !== "string" || !/^\d+,\d+$/.test(entry[0]))
        return fail(`${what} has a cell without a place`);
      return [entry[0], cell(entry[1], `${what}, cell ${entry[0]}`)];
    });
    const sheetNames = (s.names as unknown[]).map((entry): [string, Rect] => {
      if (!Array.isArray(entry) || typeof entry[0] !== "string")
        return fail(`${what} has a name without a name`);
      return [entry[0], rect(entry[1], `${what}, name ${entry[0]}`)];
    });
    const tables = (s.tables as unknown[]).map((t) => {
      if (!isObject(t) || typeof t.name !== "string") return fail(`${what} has a damaged table`);
      return { name: t.name, range: rect(t.range, `${what}, table ${t.name}`) };
    });
    return {
      name: s.name,
      cells,
      names: sheetNames,
      tables,
      ...(s.description !== undefined
        ? { description: description(s.description, `${what}'s description`) }
        : {}),
    };
  });
  const settings = w.settings.map((entry): [string, string] => {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || typeof entry[1] !== "string")
      return fail("a setting is damaged");
    return [entry[0], entry[1]];
  });
  const sheet =
    typeof data.sheet === "string" && names.has(data.sheet.toLowerCase()) ? data.sheet : undefined;
  return { workbook: { sheets, settings }, ...(sheet ? { sheet } : {}) };
}

const megabytes = (chars: number) => `${((chars * 2) / 1e6).toFixed(1)} MB`;

/** A browser's "no room left" error, by its name or its legacy codes (Chrome 22, Firefox 1014). */
function isQuotaError(e: unknown): boolean {
  const x = e as { name?: unknown; code?: unknown };
  return (
    x?.name === "QuotaExceededError" ||
    x?.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    x?.code === 22 ||
    x?.code === 1014
  );
}

export class KeptWorkbook {
  /** `storage` is the page's localStorage, or null where the browser refuses it. */
  constructor(private readonly storage: PageStorage | null) {}

  /** What the page kept, or nothing; a problem reading it is said and nothing is used. */
  load(): { kept?: Kept; problem?: string } {
    if (!this.storage)
      return {
        problem:
          "This browser does not let the page keep anything: sheets and settings are lost when the page is reloaded.",
      };
    let text: string | null;
    try {
      text = this.storage.getItem(STORAGE_KEY);
    } catch (e) {
      return { problem: `The kept workbook could not be read (${String(e).slice(0, 80)}).` };
    }
    if (text === null) return {};
    try {
      return { kept: parseKept(text) };
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
      return {
        problem: `The workbook this browser kept could not be read (${e.message}), so the page starts empty. Your next change replaces it; Reset clears it now.`,
      };
    }
  }

  /** Keeps the workbook; returns what went wrong, or null. */
  save(kept: Kept): string | null {
    if (!this.storage) return null; // said once, at load
    const text = JSON.stringify({ format: FORMAT, ...kept });
    try {
      this.storage.setItem(STORAGE_KEY, text);
      return null;
    } catch (e) {
      if (isQuotaError(e))
        return `This browser has no room to keep the workbook (about ${megabytes(text.length)}): the page will open as it was last kept. Reset clears what it keeps.`;
      return `The workbook could not be kept (${String(e).slice(0, 80)}): the page will open as it was last kept.`;
    }
  }

  /** Forgets everything CityNet's pages keep in this browser: the workbook, its settings, the rater. */
  clear(): void {
    if (!this.storage) return;
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i);
      if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
    }
    for (const k of keys) this.storage.removeItem(k);
  }
}

/** The page's localStorage, or null where the browser refuses it (a locked-down profile). */
export function pageStorage(): PageStorage | null {
  try {
    const s = window.localStorage;
    s.getItem(STORAGE_KEY);
    return s;
  } catch {
    return null;
  }
}
