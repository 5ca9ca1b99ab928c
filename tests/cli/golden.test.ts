import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { main, type CliIO } from "../../src/cli/main";
import { docxOutline } from "../helpers/docx-outline";

// Golden files for the command line, one folder per case under tests/cli/golden: case.json (the
// arguments, and what the case is about), the input files it names, and what citynet must print
// (stdout.txt, stderr.txt) and return (exit.txt); a case that writes a Word report ("outline" in
// case.json names the file) also compares the document's structure (outline.txt). One data-driven
// runner. After an intended change,
// UPDATE_GOLDEN=1 npx jest tests/cli/golden rewrites the expected files; review the diff.

const root = join(__dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";

describe.each(readdirSync(root).filter((d) => existsSync(join(root, d, "case.json"))))(
  "citynet golden case %s",
  (name) => {
    test("prints and returns what the case expects", async () => {
      const dir = join(root, name);
      const spec = JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as {
        args: string[];
        outline?: string;
      };
      const written = new Map<string, Uint8Array>();
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIO = {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
        readFile: async (p) => new Uint8Array(readFileSync(join(dir, p))),
        // A case never writes into the repository: what it writes is kept here.
        writeFile: async (p, bytes) => void written.set(p, bytes),
      };
      const code = await main(spec.args, io);
      const actual = {
        "stdout.txt": out.join("\n") + (out.length ? "\n" : ""),
        "stderr.txt": err.join("\n") + (err.length ? "\n" : ""),
        "exit.txt": `${code}\n`,
        ...(spec.outline ? { "outline.txt": docxOutline(written.get(spec.outline)!) } : {}),
      };
      for (const [file, text] of Object.entries(actual)) {
        const path = join(dir, file);
        if (update) writeFileSync(path, text);
        expect({ file, text }).toEqual({ file, text: readFileSync(path, "utf8") });
      }
    });
  }
);
