import { columnLetter } from "../core/sheet/address";
import { getDataset } from "../functions/dataset";
import { standaloneAssociations } from "../functions/standalone-runtime";
import { Pane } from "../taskpane/app";
import { el, replaceChildren } from "../taskpane/dom";
import { guardStartup } from "../taskpane/fallback";
import { applyTheme } from "../taskpane/fluent";
import { languageFor } from "../taskpane/i18n";
import { FormulaError, type Value } from "./formula";
import { PageWorkbook } from "./page-workbook";

// The preview: CityNet's real task pane beside an in-page workbook, for machines without Excel.
// Cells show calculated values; the cell box edits the selected cell; the formula box evaluates
// =CITYNET.… with the real custom functions.

const HIDDEN = "hidden";

/** Calls the registered custom functions (CITYNET.NAME) and turns their errors into cell errors. */
function callFunction(name: string, args: unknown[]): unknown {
  const f = standaloneAssociations.get(name.replace(/^CITYNET\./i, "").toUpperCase());
  if (!f) return undefined;
  try {
    const result = f(...args.map((a) => (Array.isArray(a) ? a : a === "" ? undefined : a)));
    return result instanceof Promise ? new FormulaError("#BUSY!", "…") : result;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return new FormulaError(e.code ?? "#VALUE!", e.message ?? String(error));
  }
}

function show(v: Value): string {
  if (v instanceof FormulaError) return v.message ? `${v.code} ${v.message}` : v.code;
  if (Array.isArray(v)) return v.map((row) => row.map(show).join("\t")).join("\n");
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return String(v);
}

class WorkbookView {
  private sheet: string | null = null;
  private selected: { row: number; col: number } | null = null;
  private readonly grid = el("div", { class: "grid-wrap" });
  private readonly tabs = el("nav", { class: "tabs", "aria-label": "Sheets" });
  private readonly cellBox = el("input", {
    id: "cell-box",
    class: "input",
    "aria-label": "Selected cell",
    autocomplete: "off",
  });
  private readonly cellName = el("span", { id: "cell-name", "aria-live": "polite" });
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

  constructor(
    private readonly root: HTMLElement,
    private readonly wb: PageWorkbook
  ) {}

  start(): void {
    this.cellBox.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || !this.sheet || !this.selected) return;
      const text = this.cellBox.value.trim();
      const number = Number(text.replace(",", "."));
      const value =
        text === ""
          ? null
          : Number.isFinite(number) && /^-?[\d.,]+$/.test(text)
            ? number
            : this.cellBox.value;
      const blocks = [{ ...this.selected, values: [[value]] }];
      // Ticked, the edit arrives as a co-author's would (a "remote" change), to try co-authoring.
      if ((this.coAuthor as HTMLInputElement).checked)
        void this.wb.writeAsCoAuthor(this.sheet, blocks);
      else void this.wb.writeCells(this.sheet, blocks);
    });
    const evaluate = () =>
      (this.formulaResult.textContent = show(
        this.wb.evaluateFormula(this.formulaBox.value, this.sheet ?? undefined)
      ));
    this.formulaBox.addEventListener("keydown", (e) => e.key === "Enter" && evaluate());
    const run = el("button", { type: "button", class: "link", id: "formula-run" }, "=");
    run.addEventListener("click", evaluate);
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
      el(
        "div",
        { class: "bar" },
        el("label", { for: "formula-box" }, "Formula"),
        this.formulaBox,
        run
      ),
      this.formulaResult,
      this.grid,
      this.tabs
    );
    void this.wb.onChanged((sheet) => {
      this.sheet = sheet;
      this.draw();
    });
    void this.wb.onSelectionChanged((p) => {
      this.sheet = p.sheet;
      this.selected = { row: p.row, col: p.col };
      this.draw();
    });
    this.draw();
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
    const sheet = this.wb.sheet(this.sheet);
    // A few empty rows and columns past the used ones, to type into, as a spreadsheet shows them.
    const used = this.wb.size(this.sheet);
    const rows = used.rows + 3;
    const cols = used.cols + 1;
    const d = sheet.description;
    const hiddenCols = new Set(d?.columns.filter((c) => c.hidden).map((c) => c.col) ?? []);
    const hiddenRows = new Set(d?.hiddenRows ?? []);
    const visible = Array.from({ length: cols }, (_, c) => c).filter((c) => !hiddenCols.has(c));
    const table = el(
      "table",
      { class: "sheet", id: "sheet-grid", "aria-label": this.sheet },
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
        ...Array.from({ length: rows }, (_, r) => r)
          .filter((r) => !hiddenRows.has(r))
          .map((r) =>
            el(
              "tr",
              {},
              el("th", { class: "rowhead", scope: "row" }, String(r + 1)),
              ...visible.map((c) => {
                const v = this.wb.value(this.sheet!, r, c);
                const selected = this.selected?.row === r && this.selected?.col === c;
                const td = el(
                  "td",
                  {
                    class: [
                      typeof v === "number" ? "num" : "",
                      v instanceof FormulaError ? "error" : "",
                      selected ? "selected" : "",
                    ]
                      .join(" ")
                      .trim(),
                    "data-cell": `${columnLetter(c)}${r + 1}`,
                    title: v instanceof FormulaError ? show(v) : "",
                  },
                  v === "" ? "" : show(v)
                );
                td.addEventListener(
                  "click",
                  () => void this.wb.select({ sheet: this.sheet!, row: r, col: c })
                );
                return td;
              })
            )
          )
      )
    );
    replaceChildren(this.grid, table);
    if (this.selected) {
      const cell = sheet.cells.get(`${this.selected.row},${this.selected.col}`);
      this.cellName.textContent = `${columnLetter(this.selected.col)}${this.selected.row + 1}`;
      this.cellBox.value =
        cell?.formula ??
        (cell?.value === null || cell?.value === undefined ? "" : String(cell.value));
    }
  }
}

function boot(): void {
  const started = performance.now();
  applyTheme();
  const wb = new PageWorkbook(callFunction);
  const workbookRoot = document.getElementById("workbook")!;
  const paneRoot = document.getElementById("app")!;
  workbookRoot.classList.remove(HIDDEN);
  new WorkbookView(workbookRoot, wb).start();
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
