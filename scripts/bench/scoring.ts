// Scoring and sheet-building costs: a 1,000 × 10 matrix scored by the core, and the sheet description
// of a 500-organisation matrix. Prints JSON.
import { performance } from "perf_hooks";
import { buildDataset } from "../../src/core/dataset";
import { CRITERIA, CRITERION_IDS } from "../../src/core/scoring/criteria";
import { buildEvaluation, evaluateRow, type Evaluation } from "../../src/core/scoring/evaluation";
import {
  BUILT_IN_FRAMEWORKS,
  DEFAULT_THRESHOLDS,
  type Framework,
} from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { RAW_DATASET } from "../../src/data";

let seed = 3;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

function median(label: string, runs: number, body: () => void): { label: string; ms: number } {
  for (let i = 0; i < 5; i++) body(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    body();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { label, ms: times[Math.floor(runs / 2)] };
}

// Ten criteria: the nine built-in ones and a tenth with the same rubric under another id.
const ten: Framework = {
  ...BUILT_IN_FRAMEWORKS[0],
  id: "ten",
  criteria: [
    ...CRITERION_IDS.map((id, i) => ({ criterion: CRITERIA[id], weight: 1 + (i % 3) })),
    { criterion: { ...CRITERIA.fit, id: "fit2" }, weight: 1 },
  ],
  thresholds: DEFAULT_THRESHOLDS,
};
const rows = (count: number, criteria: number) =>
  Array.from({ length: count }, (_, i) => ({
    key: `candidate:b${i}`,
    name: `Organisation ${i}`,
    type: i % 5 === 0 ? ("Candidate" as const) : ("Membership" as const),
    status: "Member" as const,
    since: "" as const,
    responsible: "",
    scores: Array.from({ length: criteria }, () =>
      rand() < 0.15 ? null : 1 + Math.floor(rand() * 5)
    ),
    evidence: "",
    notes: "",
  }));

const big: Evaluation = {
  city: { name: "Bench" },
  framework: ten,
  weights: ten.criteria.map((c) => c.weight),
  thresholds: DEFAULT_THRESHOLDS,
  rows: rows(1000, 10),
};
const ds = buildDataset(RAW_DATASET);
const five = buildEvaluation(ds, "Bergen", BUILT_IN_FRAMEWORKS[0]);
five.rows = rows(500, five.framework.criteria.length);

process.stdout.write(
  JSON.stringify([
    median("score a 1,000 × 10 matrix (value, coverage, recommendation, sensitivity)", 41, () => {
      for (const r of big.rows) evaluateRow(big, r);
    }),
    median("sheet description of a 500-organisation matrix (incl. scoring)", 41, () => {
      evaluationSheet(five, "nb");
    }),
  ])
);
