import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "fs";
import { join } from "path";

// Per-locale function metadata is made at build time from functions.json and the translations in
// src/functions/locales, by the same code the build uses. Each locale must have every function, the
// same ids and parameter lists, and names Excel accepts.

const { localizeMetadata, LOCALES } = require("../../src/functions/locales/localize") as {
  localizeMetadata: (m: Metadata, t: unknown, locale: string) => Metadata;
  LOCALES: Record<string, string>;
};

interface Param {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: unknown;
  options?: unknown;
}
interface Metadata {
  functions: Fn[];
}

let english: Metadata;
const translation = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, "../../src/functions/locales", file), "utf8"));

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata("src/functions/functions.ts");
  english = JSON.parse(result.metadataJson) as Metadata;
}, 30000);

// Excel: a letter first, then letters, digits, periods and underscores; not something that reads as a cell.
const EXCEL_NAME = /^\p{L}[\p{L}\p{N}._]{2,}$/u;
const LOOKS_LIKE_CELL = /^[A-Z]{1,3}\d+$/i;

describe.each(Object.entries(LOCALES))("%s", (locale, file) => {
  let localized: Metadata;
  beforeAll(() => {
    localized = localizeMetadata(english, translation(file), locale);
  });

  test("has every function with the same id, parameters, types, options and result", () => {
    expect(localized.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    localized.functions.forEach((f, i) => {
      const en = english.functions[i];
      expect(f.result).toEqual(en.result);
      expect(f.options).toEqual(en.options);
      expect(
        f.parameters.map(({ type, optional, dimensionality }) => ({
          type,
          optional,
          dimensionality,
        }))
      ).toEqual(
        en.parameters.map(({ type, optional, dimensionality }) => ({
          type,
          optional,
          dimensionality,
        }))
      );
    });
  });

  test("translates every name and description, in names Excel accepts", () => {
    const names = localized.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [i, f] of localized.functions.entries()) {
      const en = english.functions[i];
      expect({ id: f.id, ok: EXCEL_NAME.test(f.name) && !LOOKS_LIKE_CELL.test(f.name) }).toEqual({
        id: f.id,
        ok: true,
      });
      expect(f.name).not.toBe(en.name);
      expect(f.description).not.toBe(en.description);
      const params = f.parameters.map((p) => p.name);
      expect(new Set(params).size).toBe(params.length);
      for (const p of f.parameters)
        expect({
          id: f.id,
          p: p.name,
          ok: EXCEL_NAME.test(p.name) || /^\p{L}{2,}$/u.test(p.name),
        }).toEqual({ id: f.id, p: p.name, ok: true });
    }
  });
});

test("the examples from the brief: NETTVERK_STATUS and NÄTVERK_STATUS", () => {
  expect(localizeMetadata(english, translation("nb-NO.json"), "nb-NO").functions[0].name).toBe(
    "NETTVERK_STATUS"
  );
  expect(localizeMetadata(english, translation("sv-SE.json"), "sv-SE").functions[0].name).toBe(
    "NÄTVERK_STATUS"
  );
});

test("a translation that does not match the functions fails, saying what is wrong", () => {
  const broken = translation("sv-SE.json");
  delete broken.NETWORK_INFO;
  broken.NETWORK_STATUS.parameters.year = ["år", "…"];
  expect(() => localizeMetadata(english, broken, "sv-SE")).toThrow(
    "Function translations do not match functions.json:\nsv-SE: NETWORK_STATUS has no parameter year\nsv-SE: no translation for NETWORK_INFO"
  );
});
