// One cold start, in a fresh process: load the dataset module and build the indexes. Prints JSON.
import { performance } from "perf_hooks";

const factor = Number(process.argv[2] ?? "1");
const t0 = performance.now();

const { RAW_DATASET } = require("../../src/data") as typeof import("../../src/data");

const { buildDataset } =
  require("../../src/core/dataset") as typeof import("../../src/core/dataset");

const { scaleDataset } = require("./synthetic") as typeof import("./synthetic");
const tLoaded = performance.now();
const raw = factor === 1 ? RAW_DATASET : scaleDataset(RAW_DATASET, factor);
const tScaled = performance.now();
const ds = buildDataset(raw);
const tBuilt = performance.now();
process.stdout.write(
  JSON.stringify({
    factor,
    loadMs: tLoaded - t0,
    buildMs: tBuilt - tScaled,
    // The bundled cold start is load + build; a scaled one is build only (its synthesis is not part of a start).
    coldMs: factor === 1 ? tBuilt - t0 : tBuilt - tScaled,
    organisations: ds.organisations.length,
    places: ds.places.length,
    memberships: ds.memberships.size,
  })
);
