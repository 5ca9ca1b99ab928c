import type { CliIO } from "../../src/cli/main";

/** A file system in memory; writeFile refuses an existing file unless told to replace it. */
export function memoryIO(files: Map<string, Uint8Array> = new Map()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
      return f;
    },
    writeFile: async (p, bytes, replace) => {
      if (files.has(p) && !replace) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      files.set(p, bytes);
    },
  };
  return { io, files, out, err };
}
