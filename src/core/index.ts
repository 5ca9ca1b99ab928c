// The core's public surface: the dataset model, its checks and the queries. No Office.js.
export * from "./model";
export * from "./errors";
export * from "./normalize";
export * from "./resolver";
export * from "./status";
export * from "./dataset";
export * from "./validate";
export * from "./format";
export * from "./queries";
export * from "./search";
