import type { Rect } from "../core/sheet/address";
import type { ReadMatrix } from "../core/sheet/read-matrix";
import { parseAreas } from "../core/sheet/snapshot";

// What the pane does with the workbook's change events. Office raises them for the add-in's own writes
// too, at a time it does not promise, and for every change in every sheet, by this user or a co-author:
// so the pane drops its own (OwnWrites), keeps only those that can change the matrix it shows
// (affectsMatrix), waits for a burst to end (Debounce) and lets only its newest read be shown (Latest).

/** A change of cells, as a WorkbookHost reports it. */
export interface SheetChange {
  sheet: string;
  /** The changed cells on that sheet ("G12", "G12:H13", "G12,J14"); undefined when not known. */
  address?: string;
  /** "local": made in this Excel (the user, an add-in); "remote": by a co-author. */
  source: "local" | "remote";
  /** True when the host knows this add-in made it, false when it knows it did not. */
  own?: boolean;
  /** Excel's changeType ("RangeEdited", "RowInserted", "CellDeleted" …), when it says. */
  changeType?: string;
}

const contains = (outer: Rect, inner: Rect) =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

/**
 * The writes the pane made and has not yet seen the events of. For hosts that cannot say whether a
 * change is the add-in's own (Excel before ExcelApi 1.14, the preview): a local change that lies wholly
 * inside a recent write of the pane is taken as that write's event, and that part of the write is
 * forgotten, so the user's own edit of the same cell afterwards is still seen.
 */
export class OwnWrites {
  private pending: { sheet: string; rects: Rect[]; until: number }[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    /** Excel raises events for a suspended-events write rarely and late, if at all: forget them after this. */
    private readonly keepMs = 5000
  ) {}

  expect(sheet: string, rects: readonly Rect[]): void {
    if (rects.length > 0)
      this.pending.push({ sheet, rects: [...rects], until: this.now() + this.keepMs });
  }

  /** True when the change is the pane's own: the host says so, or it matches a write still expected. */
  claim(change: SheetChange): boolean {
    if (change.own !== undefined) return change.own;
    const now = this.now();
    this.pending = this.pending.filter((p) => p.until >= now && p.rects.length > 0);
    if (change.source !== "local" || !change.address) return false;
    const areas = parseAreas(change.address);
    if (areas.length === 0) return false;
    const write = this.pending.find(
      (p) => p.sheet === change.sheet && areas.every((a) => p.rects.some((r) => contains(r, a)))
    );
    if (!write) return false;
    write.rects = write.rects.filter((r) => !areas.some((a) => contains(r, a)));
    return true;
  }
}

const STRUCTURAL = (changeType: string | undefined) =>
  changeType !== undefined && changeType !== "RangeEdited";

/**
 * Whether a change on the sheet of a matrix can change what the reader reads there: its heading row and
 * everything below it across the table and every column it reads, and its named cells above (settings,
 * weights, thresholds). Rows or cells inserted or deleted, a change whose address is not known or not
 * plain, and any change on a sheet that is not (yet) a readable matrix, always can.
 */
export function affectsMatrix(read: ReadMatrix | null, change: SheetChange): boolean {
  if (!read || STRUCTURAL(change.changeType) || !change.address) return true;
  const areas = parseAreas(change.address);
  if (areas.length === 0) return true; // whole rows or columns, or what Excel may say otherwise
  const { layout } = read;
  const columns = [
    ...Object.values(layout.columns),
    ...layout.scoreColumns,
    ...(layout.table
      ? [layout.table.range.col, layout.table.range.col + layout.table.range.cols - 1]
      : []),
  ].filter((c): c is number => c !== undefined);
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const cells = [
    layout.settingsCell,
    ...layout.weightCells,
    ...Object.values(layout.thresholdCells),
  ].filter((c): c is { row: number; col: number } => c !== undefined);
  return areas.some(
    (a) =>
      (a.row + a.rows - 1 >= layout.headerRow && a.col <= last && a.col + a.cols - 1 >= first) ||
      cells.some((c) => contains(a, { row: c.row, col: c.col, rows: 1, cols: 1 }))
  );
}

/** Runs `task` once calls to poke() have stopped for `delayMs`; a poke while it runs runs it once more. */
export class Debounce {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly delayMs: number,
    private readonly task: () => Promise<void>
  ) {}

  poke(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.delayMs);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true; // the run under way may have read before the latest change
      return;
    }
    this.running = this.task().catch(() => undefined);
    await this.running;
    this.running = undefined;
    if (this.again) {
      this.again = false;
      await this.run();
    }
  }
}

/** Numbered reads, of which only the newest may be shown: a slow older read never overwrites a newer. */
export class Latest {
  private issued = 0;

  next(): number {
    return ++this.issued;
  }

  isLatest(ticket: number): boolean {
    return ticket === this.issued;
  }
}
