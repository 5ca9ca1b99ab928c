import nb from "../functions/locales/nb-NO.json";
import sv from "../functions/locales/sv-SE.json";
import { FormulaError, type Value } from "../core/formula/evaluate";
import type { Functions } from "./page-workbook";

// The CITYNET custom functions as the preview's formulas call them: by their English id or their
// Norwegian or Swedish name (as Excel in those languages shows them), with or without "CITYNET.".
// Errors become cell errors with their messages, as Excel shows them.

type Registered = (...args: unknown[]) => unknown;

/** Norwegian and Swedish names → the function's id ("NETTVERK_VERDI" → "NETWORK_SCORE"). */
const ALIASES = new Map<string, string>(
  [nb, sv].flatMap((t) =>
    Object.entries(t as unknown as Record<string, { name?: unknown }>)
      .filter(([, f]) => typeof f?.name === "string")
      .map(([id, f]) => [(f.name as string).toUpperCase(), id] as [string, string])
  )
);

function toError(error: unknown): FormulaError {
  const e = error as { code?: unknown; message?: unknown };
  return new FormulaError(
    typeof e?.code === "string" ? e.code : "#VALUE!",
    typeof e?.message === "string" ? e.message : String(error)
  );
}

/** The id a formula's function name stands for, or undefined when it is no CITYNET function. */
export function functionId(
  registry: ReadonlyMap<string, Registered>,
  name: string
): string | undefined {
  const bare = name.toUpperCase().replace(/^CITYNET\./, "");
  const id = registry.has(bare) ? bare : ALIASES.get(bare);
  return id && registry.has(id) ? id : undefined;
}

/** Calls registered functions for the preview workbook (PageWorkbook's Functions). */
export function callRegistered(registry: ReadonlyMap<string, Registered>): Functions {
  return (name, args) => {
    const id = functionId(registry, name);
    if (!id) return undefined;
    // A blank argument is a left-out one, as Excel passes it.
    const values = args.map((a) => (Array.isArray(a) ? a : a === "" ? undefined : a));
    try {
      const result = registry.get(id)!(...values);
      if (result instanceof Promise)
        return result.then((v) => v as Value, toError) as Promise<Value>;
      return result as Value;
    } catch (error) {
      return toError(error);
    }
  };
}
