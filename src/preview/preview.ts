import { columnLetter } from "../core/sheet/address";
import { getDataset } from "../functions/dataset";
import { standaloneAssociations } from "../functions/standalone-runtime";
import { readMatricesFrom } from "../functions/workbook";
import { Pane } from "../taskpane/app";
import { el, replaceChildren } from "../taskpane/dom";
import { guardStartup } from "../taskpane/fallback";
import { applyTheme } from "../taskpane/fluent";
import { languageFor } from "../taskpane/i18n";
import { formulaProblem, FormulaError, type Value } from "../core/formula/evaluate";
import { callRegistered, functionId } from "./functions";
import { PageWorkbook } from "./page-workbook";
import { formatNumber } from "./number-format";
import { KeptWorkbook, pageStorage } from "./storage";

// The preview: CityNet's real task pane beside an in-page workbook, for machines without Excel.
// Cells show calculated values; the cell box edits the selected cell (a formula is calculated, or
// refused with a message); the formula box evaluates =CITYNET.… with the real custom functions. The
// workbook and its settings are kept in the browser until Reset.

const HIDDEN = "hidden";
/** Width in pixels of a column `chars` characters wide, as Excel draws Calibri 11 (8.43 → 64 px). */
const columnPixels = (chars: number) => Math.round(chars * 7 + 5);
const DEFAULT_COLUMN = 64;
/** The row numbers' column (preview.css). */
const ROW_HEADER = 40;
/** The cells' left and right padding (preview.css), which spilled text does not cover. */
const CELL_PADDING = 12;
const SAVE_DELAY_MS = 250;

/** A value as a cell shows it: a number in the cell's number format where it has one the page knows. */
function show(v: Value, format?: string): string {
  if (v instanceof FormulaError) return v.message ? `${v.code} ${v.message}` : v.code;
  if (Array.isArray(v)) return v.map((row) => row.map((x) => show(x)).join("\t")).join("\n");
  if (typeof v === "number") {
    const formatted = format === undefined ? undefined : formatNumber(v, format);
    return formatted ?? (Number.isInteger(v) ? String(v) : v.toFixed(2));
  }
  return String(v);
}

/** What is typed into a cell, as Excel takes it: a formula, text (a leading ' keeps it text), a number. */
type Typed = { formula: string } | { value: string | number | null };

function typedInto(raw: string): Typed {
  const text = raw.trim();
  if (text === "") return { value: null };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  const number = Number(text.replace(",", "."));
  return Number.isFinite(number) && /^-?[\d.,]+$/.test(text) ? { value: number } : { value: raw };
}

class WorkbookView {
  private sheet: string | null = null;
  private selected: { row: number; col: number } | null = null;
  /** The formula box shows an answer that follows the workbook, as a cell's would. */
  private formulaShown = false;
  private readonly grid = el("div", { class: "grid-wrap" });
  private readonly tabs = el("nav", { class: "tabs", "aria-label": "Sheets" });
  private readonly cellBox = el("input", {
    id: "cell-box",
    class: "input",
    "aria-label": "Selected cell",
    "aria-describedby": "cell-message",
    autocomplete: "off",
  });
  private readonly cellName = el("span", { id: "cell-name", "aria-live": "polite" });
  private readonly cellMessage = el("p", { id: "cell-message", class: "message", role: "alert" });
  private readonly coAuthor = el("input", { id: "co-author", type: "checkbox" });
  private readonly formulaBox = el("input", {
    id: "formula-box",
    class: "input",
    autocomplete: "off",
    value: '=CITYNET.NETWORK_STATUS("Bergen";"UBC")',
  });
  private readonly formulaResult = el("output", {
    id: "formula-result",
    class: "formula-result",
    for: "formula-box",
  });
  private readonly storageStatus = el("p", {
    id: "storage-status",
    class: "message",
    role: "status",
  });
  private readonly resetButton = el(
    "button",
    { type: "button", id: "reset-workbook", class: "link" },
    "Reset"
  );
  private readonly resetConfirm = el(
    "div",
    { id: "reset-confirm", class: "bar", role: "group", "aria-label": "Reset", hidden: "" },
    el("span", {}, "Clear the sheets and settings this browser keeps for the preview?"),
    el("button", { type: "button", id: "reset-yes" }, "Clear them"),
    el("button", { type: "button", id: "reset-no" }, "Cancel")
  );
  /** Stops keeping the workbook once Reset has cleared it (the reload must not write it back). */
  private keeping = true;
  /** Something changed since the workbook was last kept (or loaded: damaged data stays until then). */
  private dirty = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly wb: PageWorkbook,
    private readonly kept: KeptWorkbook
  ) {}

  start(loadProblem: string | undefined, sheet: string | undefined): void {
    this.sheet = sheet ?? this.wb.sheets[0]?.name ?? null;
    this.say(loadProblem ?? null);
    this.cellBox.addEventListener("keydown", (e) => {
      if (e.key === "Enter") void this.enter();
    });
    this.cellBox.addEventListener("input", () => this.refuse(null));
    const evaluate = () => {
      this.formulaShown = true;
      this.showFormula();
    };
    this.formulaBox.addEventListener("keydown", (e) => e.key === "Enter" && evaluate());
    const run = el("button", { type: "button", class: "link", id: "formula-run" }, "=");
    run.addEventListener("click", evaluate);
    this.resetButton.addEventListener("click", () => {
      this.resetConfirm.hidden = false;
      (this.resetConfirm.querySelector("#reset-no") as HTMLElement).focus();
    });
    this.resetConfirm.querySelector("#reset-no")!.addEventListener("click", () => {
      this.resetConfirm.hidden = true;
      this.resetButton.focus();
    });
    this.resetConfirm.querySelector("#reset-yes")!.addEventListener("click", () => {
      this.keeping = false;
      clearTimeout(this.saveTimer);
      this.kept.clear();
      location.reload();
    });
    replaceChildren(
      this.root,
      el(
        "div",
        { class: "bar" },
        el("label", { for: "cell-box" }, "Cell"),
        this.cellName,
        this.cellBox,
        this.coAuthor,
        el("label", { for: "co-author" }, "as a co-author")
      ),
      this.cellMessage,
      el(
        "div",
        { class: "bar" },
        el("label", { for: "formula-box" }, "Formula"),
        this.formulaBox,
        run
      ),
      this.formulaResult,
      this.grid,
      this.tabs,
      el("div", { class: "bar storage" }, this.storageStatus, this.resetButton),
      this.resetConfirm
    );
    void this.wb.onChanged((sheet) => {
      this.sheet = sheet;
      this.draw();
      if (this.formulaShown) this.showFormula();
    });
    void this.wb.onSelectionChanged((p) => {
      this.sheet = p.sheet;
      this.selected = { row: p.row, col: p.col };
      this.refuse(null);
      this.draw();
    });
    // Answers that came later (NETWORK_SCORE reads the matrices): draw them.
    this.wb.onCalculated(() => {
      this.draw();
      if (this.formulaShown) this.showFormula();
    });
    this.wb.onStateChanged(() => this.saveSoon());
    addEventListener("pagehide", () => this.save());
    this.draw();
  }

  private showFormula(): void {
    this.formulaResult.textContent = show(
      this.wb.evaluateFormula(this.formulaBox.value, this.sheet ?? undefined)
    );
  }

  /** Enter in the cell box: the typed value, text or formula goes into the selected cell. */
  private async enter(): Promise<void> {
    if (!this.sheet || !this.selected) return;
    const sheet = this.sheet;
    const { row, col } = this.selected;
    const typed = typedInto(this.cellBox.value);
    if ("formula" in typed) {
      const problem = formulaProblem(typed.formula, {
        function: (name) => functionId(standaloneAssociations, name) !== undefined,
        name: (name) => this.wb.hasName(sheet, name),
        sheet: (name) => this.wb.hasSheet(name),
      });
      if (problem) {
        this.refuse(`${typed.formula.slice(0, 60)} was not written: ${problem}`);
        return;
      }
      this.refuse(null);
      await this.wb.writeFormula(sheet, row, col, typed.formula);
      return;
    }
    this.refuse(null);
    const blocks = [{ row, col, values: [[typed.value]] }];
    // Ticked, the edit arrives as a co-author's would (a "remote" change), to try co-authoring.
    if ((this.coAuthor as HTMLInputElement).checked) await this.wb.writeAsCoAuthor(sheet, blocks);
    else await this.wb.writeCells(sheet, blocks);
  }

  /** A formula the preview cannot calculate: said beside the cell box, and the box keeps it. */
  private refuse(message: string | null): void {
    this.cellMessage.textContent = message ?? "";
    this.cellBox.setAttribute("aria-invalid", String(message !== null));
  }

  /** What keeping the workbook says (a problem), or nothing. */
  private say(message: string | null): void {
    this.storageStatus.textContent = message ?? "Sheets and settings are kept in this browser.";
    this.storageStatus.classList.toggle("warning", message !== null);
  }

  private saveSoon(): void {
    this.dirty = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  }

  private save(): void {
    clearTimeout(this.saveTimer);
    if (!this.keeping || !this.dirty) return;
    this.dirty = false;
    const problem = this.kept.save({
      workbook: this.wb.state(),
      ...(this.sheet ? { sheet: this.sheet } : {}),
    });
    if (problem || this.storageStatus.classList.contains("warning")) this.say(problem);
  }

  private draw(): void {
    replaceChildren(
      this.tabs,
      ...this.wb.sheets.map((s) => {
        const b = el(
          "button",
          { type: "button", "aria-pressed": String(s.name === this.sheet) },
          s.name
        );
        b.addEventListener("click", () => {
          this.sheet = s.name;
          this.selected = null;
          this.draw();
          this.saveSoon();
        });
        return b;
      })
    );
    if (!this.sheet) {
      replaceChildren(
        this.grid,
        el(
          "p",
          { class: "empty" },
          "No sheets yet: create an evaluation matrix in the CityNet pane."
        )
      );
      return;
    }
    const sheetName = this.sheet;
    const sheet = this.wb.sheet(sheetName);
    // A few empty rows and columns past the used ones, to type into, as a spreadsheet shows them.
    const used = this.wb.size(sheetName);
    const rows = used.rows + 3;
    const cols = used.cols + 1;
    const d = sheet.description;
    const hiddenCols = new Set(d?.columns.filter((c) => c.hidden).map((c) => c.col) ?? []);
    const hiddenRows = new Set(d?.hiddenRows ?? []);
    const widths = new Map(d?.columns.map((c) => [c.col, columnPixels(c.width)]) ?? []);
    const visible = Array.from({ length: cols }, (_, c) => c).filter((c) => !hiddenCols.has(c));
    const width = (c: number) => widths.get(c) ?? DEFAULT_COLUMN;
    const rowsShown = Array.from({ length: rows }, (_, r) => r).filter((r) => !hiddenRows.has(r));
    const values = new Map(
      rowsShown.map((r) => [r, visible.map((c) => this.wb.value(sheetName, r, c))])
    );
    const table = el(
      "table",
      { class: "sheet", id: "sheet-grid", "aria-label": sheetName },
      el(
        "colgroup",
        {},
        el("col", { class: "rowhead" }),
        ...visible.map((c) => {
          const col = el("col");
          col.style.width = `${width(c)}px`; // CSSOM: allowed under the page's style-src 'self'
          return col;
        })
      ),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { class: "rowhead" }, ""),
          ...visible.map((c) => el("th", { scope: "col" }, columnLetter(c)))
        )
      ),
      el(
        "tbody",
        {},
        ...rowsShown.map((r) => {
          const line = values.get(r)!;
          // Text runs on over the empty cells to its right, as in Excel: how far each one reaches.
          const covered = new Set<number>();
          const spill = new Map<number, number>();
          const empty = (i: number) => {
            const cell = sheet.cells.get(`${r},${visible[i]}`);
            return !cell || (cell.formula === undefined && (cell.value ?? "") === "");
          };
          line.forEach((v, i) => {
            if (typeof v !== "string" || v === "" || covered.has(i)) return;
            let room = width(visible[i]);
            let j = i + 1;
            while (j < line.length && empty(j)) {
              room += width(visible[j]);
              covered.add(j++);
            }
            if (j > i + 1) spill.set(i, room - CELL_PADDING);
          });
          return el(
            "tr",
            {},
            el("th", { class: "rowhead", scope: "row" }, String(r + 1)),
            ...visible.map((c, i) => {
              const v = line[i];
              const selected = this.selected?.row === r && this.selected?.col === c;
              const format = sheet.cells.get(`${r},${c}`)?.format;
              const content = el("span", { class: "text" }, v === "" ? "" : show(v, format));
              const reach = spill.get(i);
              if (reach !== undefined) content.style.maxWidth = `${reach}px`;
              const td = el(
                "td",
                {
                  class: [
                    typeof v === "number" ? "num" : "",
                    v instanceof FormulaError ? "error" : "",
                    selected ? "selected" : "",
                    reach !== undefined ? "spill" : "",
                    covered.has(i) ? "covered" : "",
                    covered.has(i + 1) ? "runs-on" : "",
                  ]
                    .join(" ")
                    .trim(),
                  "data-cell": `${columnLetter(c)}${r + 1}`,
                  title: v instanceof FormulaError ? show(v) : "",
                },
                content
              );
              td.addEventListener(
                "click",
                () => void this.wb.select({ sheet: sheetName, row: r, col: c })
              );
              return td;
            })
          );
        })
      )
    );
    // Fixed layout needs the table's own width: the columns', as a spreadsheet lays them out.
    table.style.width = `${ROW_HEADER + visible.reduce((t, c) => t + width(c), 0)}px`;
    replaceChildren(this.grid, table);
    if (this.selected) {
      const cell = sheet.cells.get(`${this.selected.row},${this.selected.col}`);
      this.cellName.textContent = `${columnLetter(this.selected.col)}${this.selected.row + 1}`;
      // A refused formula stays in the box to be corrected.
      if (this.cellBox.getAttribute("aria-invalid") !== "true")
        this.cellBox.value =
          cell?.formula ??
          (cell?.value === null || cell?.value === undefined ? "" : String(cell.value));
    }
  }
}

function boot(): void {
  const started = performance.now();
  applyTheme();
  const wb = new PageWorkbook(callRegistered(standaloneAssociations));
  const kept = new KeptWorkbook(pageStorage());
  const loaded = kept.load();
  if (loaded.kept) wb.restore(loaded.kept.workbook);
  // NETWORK_SCORE and NETWORK_VERDICT read this workbook's matrices, as they read Excel's.
  readMatricesFrom(() => wb.evaluations());
  const workbookRoot = document.getElementById("workbook")!;
  const paneRoot = document.getElementById("app")!;
  workbookRoot.classList.remove(HIDDEN);
  new WorkbookView(workbookRoot, wb, kept).start(loaded.problem, loaded.kept?.sheet);
  const lang = languageFor(new URLSearchParams(location.search).get("lang") ?? navigator.language);
  const pane = new Pane(paneRoot, { ds: getDataset(), host: wb, lang });
  void pane.start().then(() => {
    // Read by the benchmark and the browser tests: time from navigation start to an interactive pane.
    document.documentElement.dataset.ready = String(Math.round(performance.now()));
    document.documentElement.dataset.bootMs = String(Math.round(performance.now() - started));
  });
  Object.assign(window, { citynetPreview: { workbook: wb, pane } });
}

guardStartup(() => document.getElementById("app"));
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
