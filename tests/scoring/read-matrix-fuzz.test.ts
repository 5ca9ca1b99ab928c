import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { isDamaged, readMatrix } from "../../src/core/sheet/read-matrix";
import { bundled } from "../helpers/dataset";
import { EditableSheet } from "../helpers/sheet-edits";

// Damaged matrix sheets, at random: whatever people (or programs) do to a sheet, the reader answers
// with rows and problems, never an exception, and every problem says where and what.

let seed = 42;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const JUNK: unknown[] = [
  "",
  " ",
  "fire",
  "4",
  "2,5",
  "=1+1",
  "#N/A",
  "Kandidat",
  "Candidate",
  "Medlem",
  "{",
  "{}",
  '{"v":2}',
  "null",
  "x".repeat(40000),
  0,
  -1,
  2.5,
  7,
  1e308,
  -1e-308,
  true,
  false,
  null,
  undefined,
  45000,
];

function mutatedSettings(text: string): string {
  const s = JSON.parse(text);
  const paths: (() => void)[] = [
    () => (s.v = pick([0, 1, 2, 3, 99, "2", null, -1, 1.5])),
    () => (s.lang = pick(["en", "nb", "sv", "fi", "", null, 3])),
    () => (s.city = pick([null, {}, { name: "" }, { id: 3, name: "Bergen" }, "Bergen"])),
    () => (s.framework = pick([null, {}, { id: "bergen" }, "bergen"])),
    () => (s.framework.criteria = pick([[], null, [null], [{}], [{ criterion: null }]])),
    () => (s.framework.criteria[0].criterion.id = pick(["", "Bad Id", null, "learning"])),
    () => (s.framework.criteria[0].criterion.direction = pick(["up", null])),
    () => (s.framework.criteria[0].criterion.rubric = pick([null, {}, { 1: "x" }])),
    () => (s.framework.thresholds = pick([null, { strengthen: "x" }, {}])),
    () => (s.kind = pick(["value", null])),
  ];
  pick(paths)();
  return JSON.stringify(s);
}

test("3,000 random damages: no exception, every problem with sheet, message and a valid cell", () => {
  const ds = bundled();
  const base = descriptionToSnapshot(
    evaluationSheet(
      buildEvaluation(ds, "Bergen", BUILT_IN_FRAMEWORKS[1], {
        candidates: ["Nordic Cities Alliance"],
      }),
      "nb"
    ),
    "Bergen"
  );
  const counts = { read: 0, damaged: 0, notMatrix: 0, problems: 0 };
  for (let i = 0; i < 3000; i++) {
    const s = new EditableSheet(base);
    const edits = 1 + Math.floor(rand() * 6);
    for (let k = 0; k < edits; k++) {
      const r = Math.floor(rand() * 50);
      const c = Math.floor(rand() * 30);
      switch (Math.floor(rand() * 9)) {
        case 0:
          s.insertRows(r, 1 + Math.floor(rand() * 3));
          break;
        case 1:
          s.deleteRows(r, 1 + Math.floor(rand() * 3));
          break;
        case 2:
          s.insertColumns(c);
          break;
        case 3:
          s.deleteColumns(c);
          break;
        case 4:
          s.set("B3", rand() < 0.5 ? mutatedSettings(String(base.values[2][1])) : pick(JUNK));
          break;
        case 5:
          s.names = s.names.filter(() => rand() < 0.9);
          break;
        case 6:
          s.names = s.names.map((n) => (rand() < 0.1 ? { ...n, ref: null } : n));
          break;
        case 7:
          s.tables = rand() < 0.5 ? [] : s.tables;
          break;
        default:
          s.values[r] ??= [];
          s.values[r][c] = pick(JUNK);
      }
    }
    const read = readMatrix(s.snapshot(), pick(["en", "nb", "sv"] as const));
    if (read === null) {
      counts.notMatrix++;
      continue;
    }
    if (isDamaged(read)) counts.damaged++;
    else {
      counts.read++;
      for (const row of read.evaluation.rows)
        for (const x of row.scores)
          expect(x === null || (Number.isInteger(x) && x >= 1 && x <= 5)).toBe(true);
      for (const w of read.evaluation.weights) expect(Number.isFinite(w) && w >= 0).toBe(true);
    }
    for (const p of read.problems) {
      counts.problems++;
      expect(p.sheet).toBe("Bergen");
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.message.length).toBeLessThan(400);
      if (p.cell !== undefined) expect(p.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    }
  }
  // Most damage leaves a readable matrix; some of it must be damaged or gone, or the test did nothing.
  expect(counts.read).toBeGreaterThan(1500);
  expect(counts.damaged + counts.notMatrix).toBeGreaterThan(100);
  expect(counts.problems).toBeGreaterThan(2000);
});
