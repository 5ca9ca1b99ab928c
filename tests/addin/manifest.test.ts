import { XMLParser } from "fast-xml-parser";
import { existsSync, readFileSync } from "fs";
import { join } from "path";

// The official validator is an online service; this checks offline what Office needs of the manifest.

type Node = Record<string, unknown>;
const root = join(__dirname, "../..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) =>
    ["bt:Image", "bt:Url", "bt:String", "Set", "Runtime", "bt:Override", "Override"].includes(name),
}).parse(xml) as Node;
const app = doc.OfficeApp as Node;

/** Every node in the tree, with its element name. */
function walk(
  node: unknown,
  name = "",
  out: { name: string; node: Node }[] = []
): { name: string; node: Node }[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, name, out));
  else if (node && typeof node === "object") {
    out.push({ name, node: node as Node });
    for (const [k, v] of Object.entries(node)) if (!k.startsWith("@")) walk(v, k, out);
  }
  return out;
}
const nodes = walk(app, "OfficeApp");
const overrides = app.VersionOverrides as Node;
const resources = overrides.Resources as Node;
const resourceList = (group: string, item: string) =>
  ((resources[group] as Node)[item] as Node[]).map((n) => ({
    id: n["@id"] as string,
    value: n["@DefaultValue"] as string,
  }));
const images = resourceList("bt:Images", "bt:Image");
const urls = resourceList("bt:Urls", "bt:Url");
const strings = [
  ...resourceList("bt:ShortStrings", "bt:String"),
  ...resourceList("bt:LongStrings", "bt:String"),
];
const byId = new Map([...images, ...urls, ...strings].map((r) => [r.id, r.value]));
const host = (overrides.Hosts as Node).Host as Node;

function pngSize(file: string): [number, number] {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}
function assetFor(url: string): string {
  const m = /^https:\/\/localhost:3000\/(assets\/[\w-]+\.png)$/.exec(url);
  expect(m).not.toBeNull();
  return join(root, m![1]);
}

test("is an Excel task pane add-in", () => {
  expect(app["@xsi:type"]).toBe("TaskPaneApp");
  expect((app.Hosts as Node).Host).toEqual({ "@Name": "Workbook" });
  expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});

test("asks for the least permission that lets it write matrix sheets", () => {
  expect(app.Permissions).toBe("ReadWriteDocument");
});

test("requires the shared runtime, and custom functions whose errors carry a message (1.2)", () => {
  const sets = ((app.Requirements as Node).Sets as Node).Set as Node[];
  expect(sets.map((s) => `${s["@Name"]} ${s["@MinVersion"]}`).sort()).toEqual([
    "CustomFunctionsRuntime 1.2",
    "SharedRuntime 1.1",
  ]);
  // The reason for 1.2: every error the functions give is a CustomFunctions.Error with its message.
  const errors = readFileSync(join(root, "src/functions/errors.ts"), "utf8");
  expect(errors).toMatch(/new CustomFunctions\.Error\(\s*[\w.]+,\s*error\.message\)/);
});

test("the Excel API is asked for where it is used, not by the manifest, at the version the code needs", () => {
  expect(JSON.stringify(app.Requirements)).not.toContain("ExcelApi");
  const pane = readFileSync(join(root, "src/taskpane/taskpane.ts"), "utf8");
  const functions = readFileSync(join(root, "src/functions/workbook.ts"), "utf8");
  expect(pane).toContain('const REQUIRED_SET = "ExcelApi";');
  expect(pane).toContain('const REQUIRED_VERSION = "1.9";');
  expect(functions).toContain('const REQUIRED = { set: "ExcelApi", version: "1.9" };');
});

test("every resid resolves to a resource", () => {
  const used = nodes
    .filter(({ node }) => typeof node["@resid"] === "string")
    .map(({ node }) => node["@resid"] as string);
  expect(used.length).toBeGreaterThan(15);
  expect(used.filter((id) => !byId.has(id))).toEqual([]);
  // ...and every resource is used
  expect([...byId.keys()].filter((id) => !used.includes(id))).toEqual([]);
});

test("every URL is HTTPS", () => {
  const all = [
    ...images.map((i) => i.value),
    ...urls.map((u) => u.value),
    ...nodes
      .filter(({ name }) => ["IconUrl", "HighResolutionIconUrl", "SourceLocation"].includes(name))
      .map(({ node }) => node["@DefaultValue"] as string | undefined),
  ].filter((u): u is string => u !== undefined);
  expect(all.length).toBeGreaterThan(8);
  expect(all.filter((u) => !u.startsWith("https://"))).toEqual([]);
});

test("every icon exists at the size it is named for", () => {
  expect(pngSize(assetFor((app.IconUrl as Node)["@DefaultValue"] as string))).toEqual([32, 32]);
  expect(pngSize(assetFor((app.HighResolutionIconUrl as Node)["@DefaultValue"] as string))).toEqual(
    [64, 64]
  );
  const iconRefs = nodes.filter(
    ({ name, node }) => name === "bt:Image" && node["@size"] !== undefined
  );
  expect(iconRefs.length).toBeGreaterThanOrEqual(6);
  for (const { node } of iconRefs) {
    const size = Number(node["@size"]);
    const file = assetFor(byId.get(node["@resid"] as string)!);
    expect(existsSync(file)).toBe(true);
    expect({ file, size: pngSize(file) }).toEqual({ file, size: [size, size] });
  }
});

test("shared runtime: functions, their page and the task pane run in one long-lived runtime", () => {
  const runtimes = (host.Runtimes as Node).Runtime as Node[];
  expect(runtimes).toHaveLength(1);
  expect(runtimes[0]["@lifetime"]).toBe("long");
  const runtimeId = runtimes[0]["@resid"] as string;
  expect(byId.get(runtimeId)).toBe("https://localhost:3000/taskpane.html");

  const cf = (host.AllFormFactors as Node).ExtensionPoint as Node;
  expect(cf["@xsi:type"]).toBe("CustomFunctions");
  const resid = (key: string) => ((cf[key] as Node).SourceLocation as Node)["@resid"] as string;
  expect(resid("Page")).toBe(runtimeId);
  expect(byId.get(resid("Script"))).toBe("https://localhost:3000/functions.js");
  expect(byId.get(resid("Metadata"))).toBe("https://localhost:3000/functions.json");
  expect(byId.get((cf.Namespace as Node)["@resid"] as string)).toBe("CITYNET");

  const desktop = host.DesktopFormFactor as Node;
  expect((desktop.FunctionFile as Node)["@resid"]).toBe(runtimeId);
  const action = nodes.find(
    ({ name, node }) => name === "Action" && node["@xsi:type"] === "ShowTaskpane"
  )!.node;
  expect((action.SourceLocation as Node)["@resid"]).toBe(runtimeId);
  expect((app.DefaultSettings as Node).SourceLocation).toEqual({
    "@DefaultValue": "https://localhost:3000/taskpane.html",
  });
});

test("a ribbon button on the Home tab opens the task pane", () => {
  const tab = nodes.find(({ name }) => name === "OfficeTab")!.node;
  expect(tab["@id"]).toBe("TabHome");
  const control = nodes.find(
    ({ name, node }) => name === "Control" && node["@xsi:type"] === "Button"
  )!.node;
  expect(byId.get((control.Label as Node)["@resid"] as string)).toBe("Open CityNet");
});

test("the URLs name files the build emits", () => {
  const config = readFileSync(join(root, "webpack.config.js"), "utf8");
  expect(config).toContain('functions: "./src/functions/functions.ts"');
  expect(config).toContain('output: "functions.json"');
  expect(config).toContain('filename: "taskpane.html"');
});

describe("languages", () => {
  const locales = ["nb-NO", "nn-NO", "sv-SE"];
  const overridesOf = (node: Node) => {
    const o = node["bt:Override"] ?? node.Override;
    return (Array.isArray(o) ? o : o ? [o] : []) as Node[];
  };

  test("function metadata is overridden for Norwegian (bokmål and nynorsk) and Swedish", () => {
    const metadata = ((resources["bt:Urls"] as Node)["bt:Url"] as Node[]).find(
      (u) => u["@id"] === "Functions.Metadata.Url"
    )!;
    expect(
      Object.fromEntries(overridesOf(metadata).map((o) => [o["@Locale"], o["@Value"]]))
    ).toEqual({
      "nb-NO": "https://localhost:3000/functions.nb-NO.json",
      "nn-NO": "https://localhost:3000/functions.nb-NO.json",
      "sv-SE": "https://localhost:3000/functions.sv-SE.json",
    });
    // ...and those are the files the build writes.
    const localize = readFileSync(join(root, "src/functions/locales/localize.js"), "utf8");
    expect(localize).toContain('"nb-NO": "nb-NO.json", "sv-SE": "sv-SE.json"');
    expect(readFileSync(join(root, "webpack.config.js"), "utf8")).toContain(
      "`functions.${locale}.json`"
    );
  });

  test("every string the user sees in the ribbon has the three overrides", () => {
    for (const group of ["bt:ShortStrings", "bt:LongStrings"]) {
      for (const str of (resources[group] as Node)["bt:String"] as Node[]) {
        // Names: CITYNET and CityNet read the same in every language.
        if (str["@id"] === "Functions.Namespace" || str["@id"] === "CityNet.Group.Label") continue;
        expect({ id: str["@id"], locales: overridesOf(str).map((o) => o["@Locale"]) }).toEqual({
          id: str["@id"],
          locales,
        });
      }
    }
    expect(overridesOf(app.Description as Node).map((o) => o["@Locale"])).toEqual(locales);
  });
});
