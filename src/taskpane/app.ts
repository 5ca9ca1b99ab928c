import type { Dataset } from "../core/dataset";
import type { Problem } from "../core/sheet/problems";
import { readDataSheet } from "../core/team-data/read-data";
import { addRaterEdit } from "../core/sheet/add-rater";
import { importScores, missingRaters, sameReview } from "../core/sheet/import-scores";
import { dataSheet, isDataSheetName, type DataRowInput } from "../core/team-data/data-sheet";
import { DATA_COLUMNS } from "../core/team-data/words";
import { getDataset, useWorkbookData } from "../functions/dataset";
import type { Lang } from "../core/model";
import { fragileBlocks, rowAtCell } from "../core/pane/score-view";
import type { CellBlock } from "../core/sheet/description";
import { problemLines } from "../core/sheet/problems";
import { isDamaged, readMatrix, type ReadMatrix } from "../core/sheet/read-matrix";
import { affectsMatrix, Debounce, Latest, OwnWrites, type SheetChange } from "../excel/changes";
import type { CellPosition, WorkbookHost } from "../excel/host";
import type { ImportOutcome, MatrixState, PaneContext, View, ViewId } from "./context";
import { messageBar, selectField, setDocumentLanguage, setFieldValue } from "./controls";
import { readDataSheets } from "./data-sheets";
import { el, replaceChildren } from "./dom";
import { wireAccessibility } from "./fluent";
import { UI, UI_LANGS } from "./i18n";
import { currentRaterName, rememberRater } from "./rater";
import { DataView } from "./views/data";
import { EvaluateView } from "./views/evaluate";
import { ScoreView } from "./views/score";
import { WeightsView } from "./views/weights";

// The task pane: a header with the language switch, four views in tabs, and a status region. All state
// that matters lives in the workbook: the matrix, its scores, weights and thresholds, the language.

const LANG_SETTING = "citynet.language";
/** A burst of changes (typing, a paste, a co-author's save) is read once, this long after it ends. */
const CHANGE_DEBOUNCE_MS = 300;
const VIEWS: ViewId[] = ["evaluate", "score", "weights", "data"];

export interface PaneOptions {
  ds: Dataset;
  /** The workbook; null outside Excel (then only Data works, and the pane says why). */
  host: WorkbookHost | null;
  /** Office's display language, mapped (languageFor); a choice saved in the workbook wins. */
  lang: Lang;
  /** A notice to show from the start (outside Excel, an old Excel). */
  notice?: string;
}

const isDataSheet = isDataSheetName;

export class Pane implements PaneContext {
  /** The dataset in use: the bundled one, with the workbook's data rows once read (loadData). */
  ds: Dataset;
  /** Problems in the workbook's data rows, for the Data view. */
  dataProblems: Problem[] = [];
  readonly host: WorkbookHost | null;
  lang: Lang;
  private view: ViewId;
  private state: MatrixState | null = null;
  private readonly views: Record<ViewId, View>;
  private readonly status = el("div", { id: "status", role: "status", "aria-live": "polite" });
  private readonly panel = el("main", { id: "panel", tabindex: "-1" });
  private rendering = Promise.resolve();
  /** The pane's own writes, so that their change events do not reload it (changes.ts). */
  private readonly ownWrites = new OwnWrites();
  /** Reads of the matrix: only the newest one is shown. */
  private readonly loads = new Latest();
  private readonly reloadSoon = new Debounce(CHANGE_DEBOUNCE_MS, () => this.reload());
  /** The city chosen under Evaluate (a place id). */
  private chosenCity: string | undefined;
  /** The next row shown in the Score view was chosen in the pane: it takes focus. */
  private rowFocus = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: PaneOptions
  ) {
    this.ds = options.ds;
    this.host = options.host;
    const saved = options.host?.getSetting(LANG_SETTING);
    this.lang = saved && (UI_LANGS as string[]).includes(saved) ? (saved as Lang) : options.lang;
    this.view = options.host ? "evaluate" : "data";
    this.views = {
      evaluate: new EvaluateView(this),
      score: new ScoreView(this),
      weights: new WeightsView(this),
      data: new DataView(this),
    };
  }

  get t() {
    return UI[this.lang];
  }

  /** Draws the pane and starts following the workbook. */
  async start(): Promise<void> {
    wireAccessibility(this.root);
    this.draw();
    if (this.options.notice) this.say(this.options.notice, "warning");
    if (!this.host) return;
    await this.host.onSelectionChanged((p) => void this.follow(p));
    await this.host.onChanged((_sheet, change) => this.changed(change));
    await this.loadData();
    const selection = await this.host.selection();
    if (selection) await this.follow(selection);
  }

  async addRater(name: string, firstRater?: string): Promise<void> {
    const read = this.state?.read;
    if (!this.host || !read || !name.trim()) return;
    try {
      const { edit } = addRaterEdit(read, name.trim(), firstRater?.trim() || name.trim());
      await this.host.applyEdit(read.sheet, edit);
      rememberRater(name.trim());
      await this.reload(false);
      this.say(this.t.raterAdded(name.trim()), "success");
      this.draw();
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error), "error");
    }
  }

  async importWorkbook(
    name: string,
    bytes: Uint8Array,
    firstRater?: string
  ): Promise<ImportOutcome> {
    const t = this.t;
    let read = this.state?.read;
    if (!this.host || !read) return { message: t.selectRow, intent: "warning", details: [] };
    let sheets;
    try {
      // The same reader as citynet check; its library loads only now.
      const { readXlsx } = await import("../xlsx/read");
      sheets = await readXlsx(bytes);
    } catch (error) {
      const why = String((error as { message?: unknown })?.message ?? error);
      return { message: t.importUnreadable(name, why), intent: "error", details: [] };
    }
    const incoming = sameReview(
      read,
      sheets
        .map((s) => readMatrix(s, this.lang))
        .filter((r): r is ReadMatrix => r !== null && !isDamaged(r))
        .map((r) => ({ file: name, read: r }))
    );
    if (incoming.length === 0)
      return { message: t.importNoCopy(name), intent: "warning", details: [] };
    // Their raters get columns of their own here first.
    for (const rater of missingRaters(read, incoming)) {
      const { edit } = addRaterEdit(read, rater, firstRater?.trim() || currentRaterName() || rater);
      await this.host.applyEdit(read.sheet, edit);
      await this.reload(false);
      read = this.state?.read;
      if (!read) return { message: t.selectRow, intent: "warning", details: [] };
    }
    const result = importScores(read, incoming, this.lang);
    if (result.blocks.length > 0) await this.write(read.sheet, result.blocks);
    const details = [
      ...(result.conflicts.length > 0
        ? [t.importConflicts(result.conflicts.length), ...result.conflicts.map((c) => c.message)]
        : []),
      ...(result.missingRows.length > 0
        ? [t.importMissingRows(result.missingRows.map((r) => r.organisation).join(", "))]
        : []),
    ];
    return {
      message: t.imported(result.written, name),
      intent: details.length > 0 ? "warning" : "success",
      details,
    };
  }

  async addDataRow(row: DataRowInput): Promise<void> {
    const host = this.host;
    if (!host) return;
    const sheet = (await host.sheetNames()).find(isDataSheet);
    if (!sheet) await host.createSheet(dataSheet(this.lang, [row]));
    else {
      const layout = readDataSheet(await host.readSheet(sheet), this.lang)?.layout;
      if (!layout) await host.createSheet(dataSheet(this.lang, [row]));
      else
        // One cell per column: people may have moved the columns around.
        await this.writeOwn(
          sheet,
          DATA_COLUMNS.filter((k) => layout.columns[k] !== undefined).map((k) => ({
            row: layout.freeRow,
            col: layout.columns[k]!,
            values: [[row[k] ?? null]],
          }))
        );
    }
    await this.loadData();
    this.draw();
  }

  /**
   * Reads the workbook's CityNet data sheets and lays their rows over the dataset the pane and the
   * functions (same runtime) answer from; when that changes what they answer, recalculates.
   */
  async loadData(): Promise<void> {
    if (!this.host) return;
    try {
      const reads = (await readDataSheets(this.host, this.lang)).map((d) => d.read);
      const { problems, changed } = useWorkbookData(reads, this.lang);
      this.dataProblems = problems;
      if (!changed) return;
      this.ds = getDataset();
      await this.host.recalculate?.();
      this.draw();
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error), "error");
    }
  }

  matrix(): MatrixState | null {
    return this.state;
  }

  show(view: ViewId): void {
    // A message about what happened in another view no longer applies here.
    if (view !== this.view) this.say("");
    this.view = view;
    this.draw();
  }

  say(message: string, intent: "info" | "success" | "warning" | "error" = "info"): void {
    replaceChildren(this.status, message && messageBar(intent, message));
  }

  readerCity(): string | undefined {
    return this.state?.read?.evaluation.city.id ?? this.chosenCity;
  }

  chooseCity(placeId: string | undefined): void {
    this.chosenCity = placeId;
  }

  focusNextRow(): void {
    this.rowFocus = true;
  }

  takeRowFocus(): boolean {
    const focus = this.rowFocus;
    this.rowFocus = false;
    return focus;
  }

  async refresh(): Promise<void> {
    await this.reload();
  }

  async write(sheet: string, blocks: readonly CellBlock[]): Promise<void> {
    if (!this.host) return;
    try {
      await this.writeOwn(sheet, blocks);
      // Re-read once here, not once per change event the write may raise.
      await this.reload(false);
      const read = this.state?.sheet === sheet ? this.state.read : null;
      // The Fragile column is not a formula: keep it in step with the weights and scores.
      if (read) await this.writeOwn(sheet, fragileBlocks(read));
      this.say(this.t.saved, "success");
      this.draw();
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error), "error");
    }
  }

  private async writeOwn(sheet: string, blocks: readonly CellBlock[]): Promise<void> {
    this.ownWrites.expect(
      sheet,
      blocks.map((b) => ({
        row: b.row,
        col: b.col,
        rows: b.values.length,
        cols: Math.max(1, ...b.values.map((line) => line.length)),
      }))
    );
    await this.host!.writeCells(sheet, blocks);
  }

  /**
   * A change in the workbook: the pane's own writes are dropped, and so are changes to sheets it does
   * not show or to cells its matrix does not read; the rest (the user typing, a co-author's edit arriving)
   * re-read the matrix once the burst is over.
   */
  private changed(change: SheetChange): void {
    if (isDataSheet(change.sheet)) void this.loadData();
    if (this.ownWrites.claim(change)) return;
    if (!this.state || change.sheet !== this.state.sheet) return;
    if (!affectsMatrix(this.state.read, change)) return;
    this.reloadSoon.poke();
  }

  /** The selection moved: read its sheet, find the matrix row, redraw the views that follow it. */
  private async follow(p: CellPosition): Promise<void> {
    if (!(await this.load(p.sheet, p.row))) return; // a newer selection or change is being read
    if (this.view === "score" || this.view === "weights") this.draw();
    else if (this.state?.read && this.state.row >= 0 && this.view === "evaluate") {
      this.view = "score";
      this.draw();
    }
  }

  private async reload(redraw = true): Promise<void> {
    if (this.host && this.state) {
      const selection = await this.host.selection();
      await this.load(selection?.sheet ?? this.state.sheet, selection?.row ?? -1);
    }
    if (redraw) this.draw();
  }

  /** Reads a sheet into the pane's state; false when a newer read started meanwhile (it wins). */
  private async load(sheet: string, row: number): Promise<boolean> {
    if (!this.host) return false;
    const ticket = this.loads.next();
    let state: MatrixState;
    try {
      const read = readMatrix(await this.host.readSheet(sheet), this.lang);
      state = !read
        ? { sheet, read: null, error: this.t.notAMatrix(sheet), row: -1 }
        : isDamaged(read)
          ? { sheet, read: null, error: problemLines(read.problems, this.lang).join("\n"), row: -1 }
          : { sheet, read, row: rowAtCell(read, row) };
    } catch (error) {
      state = {
        sheet,
        read: null,
        error: error instanceof Error ? error.message : String(error),
        row: -1,
      };
    }
    if (!this.loads.isLatest(ticket)) return false;
    this.state = state;
    return true;
  }

  private draw(): void {
    // Draws never interleave: a redraw waits for the one before it. Each waits for the browser to
    // finish what it is doing too: a change event raised by Tab comes before focus moves on, and a
    // redraw inside it would take the field focus is moving to out of the page.
    this.rendering = this.rendering
      .then(() => new Promise((resolve) => setTimeout(resolve)))
      .then(() => this.drawNow())
      .catch((error) => this.say(String(error), "error"));
  }

  /** The header and tabs are built once per language; a view switch redraws only the panel, so focus stays on the tab. */
  private shellLang: Lang | null = null;
  private tablist: HTMLElement | null = null;

  private drawShell(): void {
    const t = this.t;
    setDocumentLanguage(this.lang);
    const language = selectField({
      label: t.language,
      key: "language",
      id: "language",
      className: "language",
      choices: UI_LANGS.map((l) => [l, UI[l].languageName] as const),
      value: this.lang,
    });
    language.dropdown.addEventListener("change", () => {
      const chosen = language.dropdown.value as Lang | null;
      if (!chosen || chosen === this.lang || !(UI_LANGS as string[]).includes(chosen)) return;
      this.lang = chosen;
      void this.host?.setSetting(LANG_SETTING, this.lang).catch(() => undefined);
      this.say(""); // a message in the old language would linger
      this.restoreLanguageFocus = true;
      void this.reload(); // re-read the matrix: its problems are reported in the new language
    });
    const tablist = el(
      "fluent-tablist",
      { "aria-label": "CityNet", size: "small" },
      ...VIEWS.map((v) => {
        const tab = el("fluent-tab", { id: `tab-${v}` }, t.tabs[v]);
        tab.addEventListener("click", () => this.show(v));
        tab.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") return this.show(v);
          // The arrow keys, Home and End move along the tabs and show each (automatic activation);
          // handled here, so the tab list's own focus group leaves them alone.
          const i = VIEWS.indexOf(v);
          const to = {
            ArrowRight: VIEWS[(i + 1) % VIEWS.length],
            ArrowLeft: VIEWS[(i + VIEWS.length - 1) % VIEWS.length],
            Home: VIEWS[0],
            End: VIEWS[VIEWS.length - 1],
          }[e.key];
          if (!to) return;
          e.preventDefault();
          e.stopPropagation();
          this.show(to);
          (this.root.querySelector(`#tab-${to}`) as HTMLElement | null)?.focus();
        });
        return tab;
      })
    );
    // The arrow keys select a tab as they move (Fluent's tablist): the view follows.
    tablist.addEventListener("change", () => {
      // The property: its attribute is written back a moment later.
      const id = (tablist as { activeid?: string }).activeid ?? tablist.getAttribute("activeid");
      const view = VIEWS.find((v) => `tab-${v}` === id);
      if (view && view !== this.view) this.show(view);
    });
    this.tablist = tablist;
    replaceChildren(
      this.root,
      el(
        "header",
        { class: "banner" },
        el("img", { src: "assets/icon-32.png", width: "32", height: "32", alt: "" }),
        el(
          "div",
          { class: "titles" },
          el("h1", {}, "CityNet"),
          el("p", { class: "subtitle" }, t.subtitle)
        ),
        language.root
      ),
      this.tablist,
      this.status,
      this.panel
    );
    this.shellLang = this.lang;
  }

  /** After a switch of language the shell is new: focus goes back to the language choice. */
  private restoreLanguageFocus = false;

  private drawNow(): void {
    const t = this.t;
    // A redraw must not throw keyboard users out: remember what had focus in the panel (and what was
    // typed into it, not yet committed), restore it after.
    const focused = document.activeElement;
    const inPanel = focused instanceof HTMLElement && this.panel.contains(focused);
    const key = inPanel
      ? (focused.dataset.key ?? (focused.id && !/-\d+$/.test(focused.id) ? focused.id : undefined))
      : undefined;
    const typed =
      inPanel && focused.dataset.dirty
        ? (focused as unknown as { value?: string }).value
        : undefined;
    if (this.shellLang !== this.lang) this.drawShell();
    this.tablist!.setAttribute("activeid", `tab-${this.view}`);
    // The tab list's one tab stop is the view shown, whichever way it was chosen.
    for (const tab of this.tablist!.querySelectorAll("fluent-tab"))
      tab.setAttribute("tabindex", tab.id === `tab-${this.view}` ? "0" : "-1");
    this.panel.setAttribute("aria-label", t.tabs[this.view]);
    const moved = this.views[this.view].render(this.panel);
    if (moved) {
      // A radio group knows its radios once its slot has been filled: focus after that, without
      // scrolling away from what the view scrolled to.
      setTimeout(() => {
        const radio =
          moved.tagName === "FLUENT-RADIO-GROUP"
            ? (moved.querySelector<HTMLElement>('fluent-radio[aria-checked="true"]') ??
              moved.querySelector<HTMLElement>("fluent-radio"))
            : null;
        (radio ?? moved).focus({ preventScroll: true });
      });
      return;
    }
    if (this.restoreLanguageFocus) {
      this.restoreLanguageFocus = false;
      (this.root.querySelector("#language") as HTMLElement | null)?.focus();
      return;
    }
    if (!key) return;
    const target =
      this.panel.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) ??
      this.panel.querySelector<HTMLElement>(`#${CSS.escape(key)}`);
    if (!target) return;
    if (typed !== undefined && "value" in target) {
      setFieldValue(target, typed);
      target.dataset.dirty = "1";
    }
    target.focus({ preventScroll: true });
    // A radio takes focus once its group has counted it (the slot fills a moment later).
    if (document.activeElement !== target)
      setTimeout(() => target.isConnected && target.focus({ preventScroll: true }));
  }
}
