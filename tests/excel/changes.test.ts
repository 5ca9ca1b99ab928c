import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { a1 } from "../../src/core/sheet/address";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import {
  affectsMatrix,
  Debounce,
  Latest,
  OwnWrites,
  type SheetChange,
} from "../../src/excel/changes";
import { PageWorkbook } from "../../src/preview/page-workbook";
import { bundled } from "../helpers/dataset";

// How the pane tells which change events to act on: its own writes, other sheets and cells its matrix
// does not read are dropped; bursts are read once; only the newest read is shown.

const local = (address: string, extra: Partial<SheetChange> = {}): SheetChange => ({
  sheet: "Bergen",
  address,
  source: "local",
  ...extra,
});

describe("OwnWrites", () => {
  let now = 1000;
  const own = () => new OwnWrites(() => now, 5000);

  test("a local change inside a write the pane just made is its own, once", () => {
    const writes = own();
    writes.expect("Bergen", [{ row: 11, col: 6, rows: 1, cols: 3 }]);
    expect(writes.claim(local("G12:H12"))).toBe(true);
    // The same cells again: now the user typing, not the pane.
    expect(writes.claim(local("G12"))).toBe(false);
  });

  test("a write of several blocks is claimed block by block, by one event or several", () => {
    const writes = own();
    const blocks = [
      { row: 11, col: 6, rows: 1, cols: 1 },
      { row: 11, col: 15, rows: 1, cols: 1 },
    ];
    writes.expect("Bergen", blocks);
    expect(writes.claim(local("G12"))).toBe(true);
    expect(writes.claim(local("P12"))).toBe(true);
    expect(writes.claim(local("P12"))).toBe(false);
    writes.expect("Bergen", blocks);
    expect(writes.claim(local("G12,P12"))).toBe(true); // the preview reports a write as one event
    expect(writes.claim(local("G12"))).toBe(false);
  });

  test.each<[string, SheetChange]>([
    ["another sheet", local("G12", { sheet: "Oslo" })],
    ["a co-author", local("G12", { source: "remote" })],
    ["cells beyond the write", local("G12:G13")],
    ["no address", local("", { address: undefined })],
    ["whole columns", local("G:G")],
  ])("is not the pane's: %s", (_, change) => {
    const writes = own();
    writes.expect("Bergen", [{ row: 11, col: 6, rows: 1, cols: 1 }]);
    expect(writes.claim(change)).toBe(false);
  });

  test("the host's word wins: Excel 1.14's triggerSource", () => {
    const writes = own();
    expect(writes.claim(local("Z99", { own: true }))).toBe(true);
    writes.expect("Bergen", [{ row: 11, col: 6, rows: 1, cols: 1 }]);
    expect(writes.claim(local("G12", { own: false }))).toBe(false); // the user, whatever the pane wrote
  });

  test("an expected event that never came is forgotten after a while", () => {
    const writes = own();
    writes.expect("Bergen", [{ row: 11, col: 6, rows: 1, cols: 1 }]);
    now += 5001;
    expect(writes.claim(local("G12"))).toBe(false);
  });
});

describe("affectsMatrix", () => {
  const e = buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1]);
  const read = readMatrix(descriptionToSnapshot(evaluationSheet(e, "nb"), "Bergen")) as ReadMatrix;
  const cols = columnsFor(3, [], true);
  const row = LAYOUT.firstDataRow + 3;

  test.each([
    ["a score", a1(row, cols.criteria[1])],
    ["a note", a1(row, cols.notes)],
    ["a row typed below the table", a1(LAYOUT.firstDataRow + e.rows.length + 4, 0)],
    ["a heading", a1(LAYOUT.headerRow, cols.value)],
    ["a weight", a1(LAYOUT.weightRow, cols.criteria[0])],
    [
      "a threshold",
      a1(read.layout.thresholdCells.continue!.row, read.layout.thresholdCells.continue!.col),
    ],
    ["a paste over many cells, one of them a score", `A1:${a1(row, cols.criteria[0])}`],
    ["one of several areas", `ZZ1,${a1(row, 0)}`],
  ])("%s can change what is read", (_, address) => {
    expect(affectsMatrix(read, local(address))).toBe(true);
  });

  test.each([
    ["the title", "A1"],
    [
      "a cell right of everything the matrix reads",
      a1(row, read.layout.table!.range.col + read.layout.table!.range.cols + 30),
    ],
    ["the legend's text above the table", a1(LAYOUT.weightRow + 6, cols.legend)],
  ])("%s cannot", (_, address) => {
    expect(affectsMatrix(read, local(address))).toBe(false);
  });

  test("rows or cells inserted or deleted always can, as can what cannot be placed", () => {
    expect(affectsMatrix(read, local("A1", { changeType: "RowInserted" }))).toBe(true);
    expect(affectsMatrix(read, local("A1", { changeType: "CellDeleted" }))).toBe(true);
    expect(affectsMatrix(read, local("A1", { changeType: "RangeEdited" }))).toBe(false);
    expect(affectsMatrix(read, local("C:C"))).toBe(true);
    expect(affectsMatrix(read, local("", { address: undefined }))).toBe(true);
    expect(affectsMatrix(null, local("A1"))).toBe(true); // not (yet) a matrix: it may become one
  });
});

describe("Debounce", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a burst runs the task once, after it ends", async () => {
    let runs = 0;
    const d = new Debounce(300, async () => void runs++);
    for (let i = 0; i < 10; i++) {
      d.poke();
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(runs).toBe(0);
    await jest.advanceTimersByTimeAsync(300);
    expect(runs).toBe(1);
  });

  test("a change while the task runs runs it once more after, never two at once", async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const d = new Debounce(300, async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      running--;
      runs++;
    });
    d.poke();
    await jest.advanceTimersByTimeAsync(400); // running now
    d.poke();
    await jest.advanceTimersByTimeAsync(400);
    d.poke();
    await jest.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });
});

test("Latest: a slow older read is not shown over a newer one", async () => {
  const latest = new Latest();
  const shown: string[] = [];
  const read = async (label: string, ms: number) => {
    const ticket = latest.next();
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (latest.isLatest(ticket)) shown.push(label);
  };
  await Promise.all([read("old selection", 30), read("new selection", 5)]);
  expect(shown).toEqual(["new selection"]);
});

test("the preview reports the pane's writes with their areas, so the pane can claim them", async () => {
  const wb = new PageWorkbook();
  const e = buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1]);
  await wb.createSheet(evaluationSheet(e, "en"));
  const seen: SheetChange[] = [];
  await wb.onChanged((_, change) => seen.push(change));
  const writes = new OwnWrites();
  const blocks = [
    { row: 11, col: 6, values: [[4, 5]] },
    { row: 11, col: 9, values: [["yes"]] },
  ];
  writes.expect(
    "Bergen",
    blocks.map((b) => ({ row: b.row, col: b.col, rows: 1, cols: b.values[0].length }))
  );
  await wb.writeCells("Bergen", blocks);
  expect(seen).toEqual([{ sheet: "Bergen", address: "G12:H12,J12", source: "local" }]);
  expect(writes.claim(seen[0])).toBe(true);
  // Typed into the page afterwards: not the pane's.
  await wb.writeCells("Bergen", [{ row: 11, col: 6, values: [[2]] }]);
  expect(writes.claim(seen[1])).toBe(false);
});
