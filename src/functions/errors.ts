import { CityNetError } from "../core/errors";

/**
 * Runs a query and turns any failure into a CustomFunctions.Error with a readable message:
 * an unknown name or a question the sources cannot answer gives #N/A, bad input gives #VALUE!.
 * Nothing escapes unhandled, so Excel never shows a bare error.
 */
export function answer<T>(query: () => T): T {
  try {
    return query();
  } catch (error) {
    throw toCustomFunctionError(error);
  }
}

export function toCustomFunctionError(error: unknown): CustomFunctions.Error {
  if (error instanceof CityNetError) {
    const code =
      error.kind === "invalid"
        ? CustomFunctions.ErrorCode.invalidValue
        : CustomFunctions.ErrorCode.notAvailable;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.notAvailable,
    `CityNet could not answer: ${detail}`
  );
}
