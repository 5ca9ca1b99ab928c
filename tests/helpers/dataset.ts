import { readFileSync } from "fs";
import { join } from "path";
import { buildDataset, type Dataset } from "../../src/core/dataset";
import { CityNetError } from "../../src/core/errors";
import type { RawDataset } from "../../src/core/model";
import { RAW_DATASET } from "../../src/data";

let cached: Dataset | undefined;

/** The bundled dataset, built once per test file. */
export function bundled(): Dataset {
  if (!cached) cached = buildDataset(RAW_DATASET);
  return cached;
}

/** A deep copy of the raw dataset that a test may damage. */
export function rawCopy(): RawDataset {
  return JSON.parse(JSON.stringify(RAW_DATASET)) as RawDataset;
}

export function seedText(file: string): string {
  return readFileSync(join(__dirname, "../../src/data/seeds", file), "utf8");
}

/** The CityNetError a call throws; fails the test if it throws nothing or something else. */
export function failure(fn: () => unknown): CityNetError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CityNetError) return e;
    throw e;
  }
  throw new Error("expected a CityNetError");
}
