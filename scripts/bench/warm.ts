// Warm per-call costs, in one process: the dataset is built, the calls repeat.
import { performance } from "perf_hooks";
import { buildDataset, type Dataset } from "../../src/core/dataset";
import { CityNetError } from "../../src/core/errors";
import { networkStatus } from "../../src/core/queries";
import { RAW_DATASET } from "../../src/data";
import * as fn from "../../src/functions/functions";
import { scaleDataset } from "./synthetic";

function perCall(
  label: string,
  calls: number,
  body: (i: number) => void
): { label: string; usPerCall: number } {
  // i never repeats across warm-up and rounds, so a body can make every call new (first-time lookups).
  let i = 0;
  for (const end = Math.min(calls, 2000); i < end; i++) body(i); // warm up the JIT
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const end = i + calls; i < end; i++) body(i);
    rounds.push(((performance.now() - t0) * 1000) / calls);
  }
  rounds.sort((a, b) => a - b);
  return { label, usPerCall: rounds[2] }; // median of five rounds
}

const PAIRS: [string, string][] = [
  ["Bergen", "UBC"],
  ["Stockholm", "Eurocities"],
  ["Oslo", "C40"],
  ["Gøteborg", "CatchMR"],
  ["Bergen", "Ordførere for fred"],
  ["Åbo", "Internordisk leirskole"],
  ["Malmö", "ICLEI"],
  ["Stavanger", "EUROCITIES"],
];

function failedLookup(ds: Dataset, network: string): void {
  try {
    networkStatus(ds, "Bergen", network);
    throw new Error(`'${network}' was expected to be unknown`);
  } catch (e) {
    if (!(e instanceof CityNetError) || e.kind !== "not-found") throw e;
  }
}

const results = [];
results.push(
  perCall("NETWORK_STATUS, warm (custom function, bundled)", 200_000, (i) => {
    const [c, n] = PAIRS[i % PAIRS.length];
    fn.networkStatus(c, n);
  })
);
results.push(
  perCall("NETWORK_STATUS with asOfYear, warm (bundled)", 200_000, (i) => {
    const [c, n] = PAIRS[i % PAIRS.length];
    fn.networkStatus(c, n, 2021);
  })
);
// A failed lookup computes suggestions the first time a misspelling is seen, then answers from a cache.
// "first time" uses a new misspelling on every call; "repeated" is the same cell recalculated.
const bundled = buildDataset(RAW_DATASET);
const LONG_NAMES = bundled.organisations.map((o) => o.name).filter((n) => n.length >= 12);
/** The i-th misspelling: one letter of a real name replaced by "q" or "z", at a position that varies with i. */
function misspell(i: number): string {
  const name = LONG_NAMES[i % LONG_NAMES.length];
  const k = Math.floor(i / LONG_NAMES.length);
  const p = 1 + (k % (name.length - 2));
  const letter = name[p].toLowerCase() === "q" ? "z" : "q";
  return `${name.slice(0, p)}${letter}${name.slice(p + 1)}${k >= name.length - 2 ? "q".repeat(Math.floor(k / (name.length - 2))) : ""}`;
}
results.push(
  perCall("failed lookup with suggestions, first time (bundled)", 2_000, (i) =>
    failedLookup(bundled, misspell(i))
  )
);
results.push(
  perCall("failed lookup with suggestions, repeated (bundled)", 100_000, (i) =>
    failedLookup(bundled, i % 2 ? "Eurocitiez" : "Baltik Cities")
  )
);

const big = buildDataset(scaleDataset(RAW_DATASET, 100));
const bigPairs = PAIRS.map(([c, n], k) => [`${c} ${17 + k}`, `${n} ${17 + k}`] as const);
results.push(
  perCall("NETWORK_STATUS, warm (core, 100x dataset)", 200_000, (i) => {
    const [c, n] = bigPairs[i % bigPairs.length];
    networkStatus(big, c, n);
  })
);
results.push(
  perCall("failed lookup with suggestions, first time (100x dataset)", 40, (i) =>
    failedLookup(big, misspell(i))
  )
);
results.push(
  perCall("failed lookup with suggestions, repeated (100x dataset)", 100_000, (i) =>
    failedLookup(big, i % 2 ? "Eurocitiez" : "Baltik Cities")
  )
);
process.stdout.write(JSON.stringify(results));
