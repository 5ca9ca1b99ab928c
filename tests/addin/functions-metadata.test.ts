import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as fn from "../../src/functions/functions";

// functions.json is generated from the JSDoc by the same library the webpack plugin uses.
interface Param {
  name: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

let functions: Fn[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata("src/functions/functions.ts");
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
}, 30000);

const p = (name: string, type: string, optional = false): Param =>
  optional ? { name, type, optional: true } : { name, type };

const EXPECTED: Record<string, { params: Param[]; result: string; matrix: boolean }> = {
  NETWORK_STATUS: {
    params: [p("city", "string"), p("network", "string"), p("asOfYear", "any", true)],
    result: "string",
    matrix: false,
  },
  NETWORK_SINCE: {
    params: [p("city", "string"), p("network", "string")],
    result: "number",
    matrix: false,
  },
  NETWORK_INFO: {
    params: [p("network", "string"), p("field", "string")],
    result: "any",
    matrix: false,
  },
  NETWORK_RECOMMENDATION: {
    params: [p("city", "string"), p("network", "string")],
    result: "string",
    matrix: false,
  },
  NETWORK_SOURCE: {
    params: [p("city", "string"), p("network", "string")],
    result: "string",
    matrix: false,
  },
  CITY_NETWORKS: {
    params: [p("city", "string"), p("status", "any", true)],
    result: "any",
    matrix: true,
  },
  NETWORK_MEMBERS: {
    params: [p("network", "string"), p("status", "any", true)],
    result: "any",
    matrix: true,
  },
  CITY_PARTNERS: { params: [p("city", "string")], result: "any", matrix: true },
  NETWORK_LIST: { params: [p("filter", "any", true)], result: "any", matrix: true },
  CITY_LIST: { params: [p("filter", "any", true)], result: "any", matrix: true },
  NETWORK_SCORE: {
    params: [p("city", "string"), p("network", "string"), p("framework", "any", true)],
    result: "number",
    matrix: false,
  },
  NETWORK_VERDICT: {
    params: [p("city", "string"), p("network", "string"), p("framework", "any", true)],
    result: "string",
    matrix: false,
  },
  NETWORK_MATRIX: {
    params: [p("cities", "any"), p("networks", "any"), p("measure", "any", true)],
    result: "any",
    matrix: true,
  },
  NETWORK_WEIGHTED: {
    params: [p("scores", "any"), p("weights", "any"), p("directions", "any", true)],
    result: "number",
    matrix: false,
  },
};

test("lists every function, and only those", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(functions.every((f) => f.id === f.name && f.description.length > 20)).toBe(true);
});

test.each(Object.entries(EXPECTED))("%s has the right parameters and result", (id, expected) => {
  const f = functions.find((x) => x.id === id)!;
  expect(
    f.parameters.map(({ name, type, optional }) =>
      optional ? { name, type, optional } : { name, type }
    )
  ).toEqual(expected.params);
  const ranges = ["cities", "networks", "scores", "weights", "directions"];
  for (const x of f.parameters)
    expect([x.name, x.dimensionality ?? "scalar"]).toEqual([
      x.name,
      ranges.includes(x.name) ? "matrix" : "scalar",
    ]);
  // The generator leaves out "type" for results of type any (Excel's default).
  expect(f.result.type ?? "any").toBe(expected.result);
  expect(f.result.dimensionality === "matrix").toBe(expected.matrix);
});

test("NETWORK_SCORE, NETWORK_VERDICT and NETWORK_MATRIX are volatile: a score typed in a matrix changes them", () => {
  const volatile = functions
    .filter((f) => (f as unknown as { options?: { volatile?: boolean } }).options?.volatile)
    .map((f) => f.id);
  expect(volatile.sort()).toEqual(["NETWORK_MATRIX", "NETWORK_SCORE", "NETWORK_VERDICT"]);
});

test("every function is exported from functions.ts under the name Excel shows", () => {
  const exported = Object.keys(fn).sort();
  expect(exported).toHaveLength(functions.length);
});
