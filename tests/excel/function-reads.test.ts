import { CityNetError } from "../../src/core/errors";
import { workbookEvaluations } from "../../src/functions/workbook";

// When NETWORK_SCORE and NETWORK_VERDICT read the workbook: never from a read that began before the
// call (Excel may call them before it tells the add-in of the change it recalculates for), one read
// for a burst of calls, a read that fails said in the answer.

type Gate = { started: number; finish: (value?: unknown) => void; fail: (e: Error) => void };

/** An Excel.run whose reads finish when the test says, numbered in the order they started. */
function controlledExcel() {
  const reads: Gate[] = [];
  const g = globalThis as unknown as { Excel?: unknown };
  g.Excel = {
    run: () =>
      new Promise((resolve, reject) => {
        reads.push({
          started: reads.length + 1,
          finish: (value = []) => resolve(value),
          fail: reject,
        });
      }),
  };
  return reads;
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test("calls together share a read; a call during a read waits for one that begins after it", async () => {
  const reads = controlledExcel();
  const answers: string[] = [];
  const call = (label: string) =>
    workbookEvaluations().then((v) => answers.push(`${label}:${JSON.stringify(v)}`));
  const a = call("a");
  expect(reads).toHaveLength(1);
  // b and c come while read 1 is under way: read 1 may predate what made Excel call them.
  const b = call("b");
  const c = call("c");
  expect(reads).toHaveLength(1);
  reads[0].finish(["first"]);
  await a;
  await tick();
  expect(reads).toHaveLength(2); // read 2 began after b and c were made
  const d = call("d"); // during read 2: waits for read 3
  reads[1].finish(["second"]);
  await Promise.all([b, c]);
  await tick();
  expect(reads).toHaveLength(3);
  reads[2].finish(["third"]);
  await d;
  expect(answers).toEqual(['a:["first"]', 'b:["second"]', 'c:["second"]', 'd:["third"]']);
});

test("nothing is kept: a call after a read has finished reads again", async () => {
  const reads = controlledExcel();
  const first = workbookEvaluations();
  reads[0].finish(["old"]);
  expect(await first).toEqual(["old"]);
  const second = workbookEvaluations();
  expect(reads).toHaveLength(2);
  reads[1].finish(["new"]);
  expect(await second).toEqual(["new"]);
});

test("a read that fails is the answer, said; the next call reads again", async () => {
  const reads = controlledExcel();
  const failed = workbookEvaluations();
  reads[0].fail(new Error("RichApi.Error: The request failed"));
  await expect(failed).rejects.toThrow(
    new CityNetError(
      "no-data",
      "CityNet could not read this workbook's evaluation matrices (RichApi.Error: The request failed), so it does not answer from the sources instead. Recalculate to try again."
    )
  );
  const again = workbookEvaluations();
  expect(reads).toHaveLength(2);
  reads[1].finish([]);
  expect(await again).toEqual([]);
});

test("an Excel without ExcelApi 1.9 is told, not read", async () => {
  const reads = controlledExcel();
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v) < 1.9,
      },
    },
  };
  await expect(workbookEvaluations()).rejects.toThrow(
    "CityNet could not read this workbook's evaluation matrices (this Excel does not have ExcelApi 1.9), so it does not answer from the sources instead. Recalculate to try again."
  );
  expect(reads).toHaveLength(0);
});

test("outside Excel there is no workbook: no matrices", async () => {
  expect(await workbookEvaluations()).toEqual([]);
});
