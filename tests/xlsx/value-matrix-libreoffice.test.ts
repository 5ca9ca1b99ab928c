import { buildEvaluation, evaluateRow } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { a1, rectA1 } from "../../src/core/sheet/address";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { valueMatrixSheet } from "../../src/core/sheet/value-matrix-sheet";
import { readXlsx } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { bundled } from "../helpers/dataset";
import {
  editWithLibreOffice,
  findUnoPython,
  recalculate,
  findSoffice,
} from "../helpers/libreoffice";

// The value matrix follows the team's matrix in a real spreadsheet: LibreOffice calculates its
// lookups, then a person changes a score and sorts the matrix, and the value matrix shows the new value
// for the right organisation.

const soffice = findSoffice();
const python = findUnoPython();
if (!soffice || !python) {
  const message =
    "LibreOffice or its Python bridge is missing: the value matrix check cannot run. Install libreoffice-calc-nogui and python3-uno.";
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}
const maybe = soffice && python ? test : test.skip;

const ds = bundled();
const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;

maybe(
  "a score changed in the matrix, and the matrix sorted: the value matrix follows",
  async () => {
    const e = buildEvaluation(ds, "Bergen", bergen);
    e.rows.find((r) => r.key === "ubc")!.scores = [5, 5, 5];
    const matrix = evaluationSheet(e, "nb");
    const read = readMatrix(descriptionToSnapshot(matrix, "Bergen")) as ReadMatrix;
    const values = valueMatrixSheet(ds, ["Bergen", "Oslo"], undefined, "nb", [], [read]);
    const file = writeXlsx([
      { name: "Bergen", description: matrix },
      { name: "Verdier", description: values },
    ]);
    // The organisations' rows of the value matrix, by name.
    const valueRow = (name: string) =>
      4 +
      values.blocks
        .find((b) => b.row === 4 && b.col === 0)!
        .cells.findIndex((c) => c[0].value === name);
    const ubc = valueRow("Union of the Baltic Cities");
    const eurocities = valueRow("EUROCITIES");

    const computed = recalculate(soffice!, file, ["Bergen", "Verdier"]);
    expect(computed.get(`Verdier!${a1(ubc, 1)}`)).toBe(5);
    expect(computed.get(`Verdier!${a1(eurocities, 1)}`)).toBe(4);

    // Anne lowers UBC's participation to 2 and sorts the matrix Z to A.
    const ubcRow = read.evaluation.rows.find((r) => r.key === "ubc")!.sheetRow;
    const table = read.layout.table!.range;
    const edited = editWithLibreOffice(python!, file, [
      { op: "set", sheet: "Bergen", cell: a1(ubcRow, read.layout.scoreColumns[0]!), value: 2 },
      {
        op: "sort",
        sheet: "Bergen",
        range: rectA1({ ...table, row: table.row + 1, rows: table.rows - 1 }),
        column: 0,
        descending: true,
      },
    ]);
    const [matrixAfter, valuesAfter] = await readXlsx(edited);
    const after = readMatrix(matrixAfter) as ReadMatrix;
    expect(after.problems).toEqual([]);
    const ubcAfter = after.evaluation.rows.find((r) => r.key === "ubc")!;
    expect(ubcAfter.sheetRow).not.toBe(ubcRow); // it moved
    const expected = evaluateRow(after.evaluation, ubcAfter).value!;
    expect(expected).toBeCloseTo(4, 12);
    expect(valuesAfter.values[ubc][1]).toBeCloseTo(expected, 12);
    expect(valuesAfter.values[eurocities][1]).toBe(4);
  },
  180_000
);
