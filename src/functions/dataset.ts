import { buildDataset, type Dataset } from "../core/dataset";
import { RAW_DATASET } from "../data";

let dataset: Dataset | undefined;

/** The bundled dataset, built on first use and kept for the life of the shared runtime. */
export function getDataset(): Dataset {
  if (!dataset) dataset = buildDataset(RAW_DATASET);
  return dataset;
}
