// The custom functions runtime provides a global CustomFunctions in Excel; @types/custom-functions-runtime
// declares it but ships no code. This shim mirrors the runtime's shape so functions can be tested in Node.

enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

const associations = new Map<string, unknown>();

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(id: string | Record<string, unknown>, fn?: unknown) {
    if (typeof id === "string") associations.set(id, fn);
    else for (const [k, v] of Object.entries(id)) associations.set(k, v);
  },
  associations,
};
