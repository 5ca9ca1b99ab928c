// Excel's custom functions runtime provides the global CustomFunctions. Outside Excel (the page opened in
// a plain browser, the preview, Node tests) there is none, and the associate() calls that the metadata
// plugin appends to functions.js would throw. This stand-in has the runtime's shape and keeps the
// associations, so the functions can still be called by id. It never replaces a real runtime.

enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class StandaloneError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

/** Functions registered by id, when running outside Excel. */
export const standaloneAssociations = new Map<string, (...args: unknown[]) => unknown>();

export function installStandaloneRuntime(): boolean {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions !== undefined) return false;
  g.CustomFunctions = {
    Error: StandaloneError,
    ErrorCode,
    associate(
      id: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: (...args: unknown[]) => unknown
    ) {
      if (typeof id === "string") {
        if (fn) standaloneAssociations.set(id, fn);
      } else for (const [key, value] of Object.entries(id)) standaloneAssociations.set(key, value);
    },
  };
  return true;
}

installStandaloneRuntime();
