import type { Dataset } from "../core/dataset";
import type { Lang } from "../core/model";
import type { CellBlock } from "../core/sheet/description";
import type { Problem } from "../core/sheet/problems";
import type { DataRowInput } from "../core/team-data/data-sheet";

export interface ImportOutcome {
  /** What to tell the user, in the pane's language; conflicts listed one by one. */
  message: string;
  intent: "success" | "warning" | "error";
  details: string[];
}
import type { ReadMatrix } from "../core/sheet/read-matrix";
import type { WorkbookHost } from "../excel/host";
import type { UiStrings } from "./i18n";

/** What every view gets: the dataset, the workbook (none outside Excel), the language, a way to speak. */
export interface PaneContext {
  readonly ds: Dataset;
  host: WorkbookHost | null;
  lang: Lang;
  t: UiStrings;
  /**
   * A message in the pane's status region (read by screen readers). It stays until the next message,
   * a switch of view or language; an error is also shown next to the control that caused it.
   */
  say(message: string, intent?: "info" | "success" | "warning" | "error"): void;
  /** The reader's city (a place id): the matrix's, else the one chosen under Evaluate. */
  readerCity(): string | undefined;
  /** The city chosen under Evaluate (a place id), or none. */
  chooseCity(placeId: string | undefined): void;
  /**
   * The next row the Score view shows was chosen in the pane (Create, Next unscored): it takes focus
   * to the row's first unassessed criterion. A row chosen in the sheet leaves focus in the sheet.
   */
  focusNextRow(): void;
  /** Whether the row about to be drawn was chosen in the pane (and forgets it). */
  takeRowFocus(): boolean;
  /** The sheet the selection is in, and the matrix read from it (or why it could not be). */
  matrix(): MatrixState | null;
  /** Writes values into the matrix sheet, then keeps its Fragile column in step. */
  write(sheet: string, blocks: readonly CellBlock[]): Promise<void>;
  /** Re-reads the workbook and redraws the current view. */
  refresh(): Promise<void>;
  /** Problems in the workbook's CityNet data rows. */
  dataProblems: Problem[];
  /**
   * Adds a row to the workbook's CityNet data sheet (created when there is none), then lays the data
   * over the dataset again.
   */
  addDataRow(row: DataRowInput): Promise<void>;
  /**
   * Adds a rater to the matrix shown (columns of their own); `firstRater` owns the scores of a matrix
   * that had one set of scores.
   */
  addRater(name: string, firstRater?: string): Promise<void>;
  /**
   * Imports a colleague's copy of the matrix shown (the same reader as `citynet check`): their raters
   * added where missing, their scores written where this review has none; conflicts returned.
   */
  importWorkbook(name: string, bytes: Uint8Array, firstRater?: string): Promise<ImportOutcome>;
  /** Moves to another view. */
  show(view: ViewId): void;
}

export interface MatrixState {
  sheet: string;
  read: ReadMatrix | null;
  /** Why the sheet is not a readable matrix. */
  error?: string;
  /** The matrix row the selection is on, or -1. */
  row: number;
}

export type ViewId = "evaluate" | "score" | "weights" | "data";

export interface View {
  /**
   * Draws the view into its panel; returns the element to move focus to, if the view moves it (else
   * the pane puts focus back where it was).
   */
  render(panel: HTMLElement): HTMLElement | void;
}
