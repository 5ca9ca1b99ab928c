import { readFileSync } from "fs";
import { dirname, join } from "path";
import { createContext, runInContext } from "vm";

// Microsoft's own Office.js client (the debug build @microsoft/office-js ships) in a Node vm, with a
// recording transport: every context.sync() reaches `send` as the exact request body Excel would get,
// and is answered by a responder the caller gives (null objects, values, collections). This shows what
// office-addin-mock cannot: the bytes of each request, the order of the actions in it, and the
// requirement set of every API member the code touches.

// Found as Node finds packages, so it loads from the tests and from the compiled bench alike.
const CLIENT = join(
  dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist/excel-web-16.00.debug.js"
);

/** One object path of a request, as the client encodes it. */
interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

/** One action of a request: 1 instantiate, 2 query, 3 method, 4 set property. */
export interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
}

export interface RecordedRequest {
  /** UTF-8 bytes of the body as the client serialises it for the wire. */
  bytes: number;
  /** UTF-8 bytes of the canned response (what Excel would send back: 5 MB at most on the web). */
  responseBytes: number;
  /** The error code Excel answered with instead, when the request or its answer passed a limit. */
  refused?: string;
  actions: Action[];
  /** Each action's object as a readable path: `Worksheets.GetItem("Bergen").GetRange("A1")`. */
  pathOf(action: Action): string;
  stepsOf(action: Action): Step[];
}

/** One step of an object's path: a property (no args) or a method or getItem with its arguments. */
export interface Step {
  name: string;
  args?: unknown[];
}

/**
 * What the server is asked: a query loads properties of an object; an instantiate creates an object
 * (a method's result), whose answer may carry the object's id (`{ Id }`) so that later requests can
 * address it (a sheet from worksheets.add() used after a sync).
 */
export interface Query {
  kind: "query" | "instantiate";
  path: string;
  steps: Step[];
  select: string[];
}

/**
 * The answer to a query: an object with the server's property names (PascalCase, `Values`, `Address`),
 * a collection as `{ _Items: [...] }`, null for a null object; undefined leaves it unanswered.
 */
export type Responder = (query: Query) => unknown;

export interface OfficeJsClient {
  /** The client's Excel namespace, with `run` bound to a recording context. */
  Excel: typeof Excel;
  requests: RecordedRequest[];
  /**
   * Every requirement set an API member the code used belongs to ("ExcelApi 1.9"), in order, with
   * repeats: what the client checks before it queues the member (throwIfApiNotSupported).
   */
  requirementChecks: string[];
  /**
   * Sets the client asked about only to choose how to do something (ExcelApi 1.12 decides how events
   * are registered, 1.3 how large writes are split): not requirements, whatever the answer.
   */
  capabilityProbes: string[];
  respond(responder: Responder): void;
  /** Forgets what was recorded (the responder stays). */
  reset(): void;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * Capitalises the first letter of every key, nested objects included, as the server names properties
 * ("values" → "Values", `{ worksheet: { name } }` → `{ Worksheet: { Name } }`); arrays stay as they are.
 */
export function serverNames(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k.startsWith("_") ? k : k[0].toUpperCase() + k.slice(1),
      k === "_Items" && Array.isArray(v)
        ? v.map(serverNames)
        : v && typeof v === "object" && !Array.isArray(v)
          ? serverNames(v)
          : v,
    ])
  );
}

/** Excel on the web refuses a request, or an answer, of more than 5 MB. */
export const EXCEL_ON_THE_WEB = { request: 5 * 1024 * 1024, response: 5 * 1024 * 1024 };

/**
 * Loads the client once per call (about 60 ms). `supported` answers Office.context.requirements: a set
 * name to its highest supported version ("ExcelApi" → "1.9"); any other set is unsupported. `limits`
 * makes requests or answers over that many bytes fail as Excel fails them (EXCEL_ON_THE_WEB).
 */
export function loadOfficeJs(
  supported: Record<string, string> = { ExcelApi: "1.9" },
  limits: { request?: number; response?: number } = {}
): OfficeJsClient {
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/", protocol: "https:", hostname: "localhost" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  runInContext(readFileSync(CLIENT, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });

  const requirementChecks: string[] = [];
  const capabilityProbes: string[] = [];
  const version = (v: string) => v.split(".").map(Number);
  const atLeast = (have: string, want: string) => {
    const [a, b] = [version(have), version(want)];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  };
  // Office.context is a fixed getter outside Office: put an Office in front whose context answers.
  sandbox.Office = Object.create(sandbox.Office as object, {
    context: {
      value: {
        requirements: {
          isSetSupported(name: string, minVersion?: string | number) {
            const want = String(minVersion ?? "1.1");
            // The client's own transport switches (RichApiRuntime…) are not API sets: leave them out.
            // (ExcelApiUndo only decides a flag of the request, whatever the answer.)
            if (/^(Excel|CustomFunctions|SharedRuntime)/.test(name) && !name.endsWith("Undo")) {
              // A requirement when the client asks on the way to refusing a member, else a probe.
              const required = /throwIfApiNotSupported/.test(new Error().stack ?? "");
              (required ? requirementChecks : capabilityProbes).push(`${name} ${want}`);
            }
            const have = supported[name];
            return have !== undefined && atLeast(have, want);
          },
        },
      },
    },
  });
  const OfficeExtension = sandbox.OfficeExtension as {
    CommonUtility: { _doApiNotSupportedCheck: boolean };
    HttpUtility: { setCustomSendRequestFunc(f: (r: { body: unknown }) => Promise<unknown>): void };
  };
  // The build sets this flag on a subclass the check never reads, so it checks nothing; turn the
  // check on so that every member's requirement set is asked, as the client's authors meant.
  OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;

  const requests: RecordedRequest[] = [];
  let responder: Responder = () => undefined;
  OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    // A copy as sent: the client rewrites its object paths once Excel has answered (an added sheet
    // becomes GetItem(its id)), and a record must show what the request said.
    const text = JSON.stringify(request.body);
    const body = JSON.parse(text) as { Actions: Action[]; ObjectPaths: Record<string, ObjectPath> };
    const paths = body.ObjectPaths;
    /** The chain of steps from the workbook to an object: property names, methods with arguments. */
    const stepsOf = (id: number): Step[] => {
      const p = paths[String(id)];
      if (!p || p.ObjectPathType === 1) return [];
      const parent = p.ParentObjectPathId ? stepsOf(p.ParentObjectPathId) : [];
      const args = p.ArgumentInfo?.Arguments ?? [];
      // 5 is an indexer (collection.getItem), 3 a method, 4 a property.
      const name = p.ObjectPathType === 5 ? "GetItem" : p.Name;
      return [...parent, p.ObjectPathType === 4 ? { name } : { name, args }];
    };
    const describe = (id: number): string =>
      stepsOf(id)
        .map((s) =>
          s.args ? `${s.name}(${s.args.map((a) => JSON.stringify(a)).join(",")})` : s.name
        )
        .join(".");
    const recorded: RecordedRequest = {
      bytes: utf8Bytes(text),
      responseBytes: 0,
      actions: body.Actions,
      pathOf: (a) => describe(a.ObjectPathId),
      stepsOf: (a) => stepsOf(a.ObjectPathId),
    };
    requests.push(recorded);
    const results = body.Actions.filter((a) => a.ActionType === 1 || a.ActionType === 2)
      .map((a) => ({
        ActionId: a.Id,
        Value: serverNames(
          responder({
            kind: a.ActionType === 1 ? "instantiate" : "query",
            path: recorded.pathOf(a),
            steps: recorded.stepsOf(a),
            select: a.QueryInfo?.Select ?? [],
          })
        ),
      }))
      .filter((r) => r.Value !== undefined);
    const response = JSON.stringify({ Results: results });
    recorded.responseBytes = utf8Bytes(response);
    // Excel on the web's limits, answered as it answers them: an error in place of the results.
    const refuse = (code: string) => {
      recorded.refused = code;
      const error = { Code: code, HttpStatusCode: 413, Message: `${code} (test limit)` };
      return { statusCode: 200, headers: {}, body: JSON.stringify({ Error: error }) };
    };
    if (limits.request !== undefined && recorded.bytes > limits.request)
      return refuse("RequestPayloadSizeLimitExceeded");
    if (limits.response !== undefined && recorded.responseBytes > limits.response)
      return refuse("ResponsePayloadSizeLimitExceeded");
    return { statusCode: 200, headers: {}, body: response };
  });

  const vmExcel = sandbox.Excel as typeof Excel & {
    run: (
      context: unknown,
      batch: (c: Excel.RequestContext) => Promise<unknown>
    ) => Promise<unknown>;
  };
  const ExcelForCode = Object.create(vmExcel) as typeof Excel;
  // Excel.run(batch) as an add-in calls it, on a context whose transport is the recorder above.
  (ExcelForCode as unknown as { run: unknown }).run = <T>(
    batch: (c: Excel.RequestContext) => Promise<T>
  ): Promise<T> =>
    vmExcel.run(new vmExcel.RequestContext("https://excel.invalid/"), batch) as Promise<T>;

  return {
    Excel: ExcelForCode,
    requests,
    requirementChecks,
    capabilityProbes,
    respond(r) {
      responder = r;
    },
    reset() {
      requests.length = 0;
      requirementChecks.length = 0;
      capabilityProbes.length = 0;
    },
  };
}
