import { strFromU8, unzipSync } from "fflate";

// A Word document's structure as text, one line per paragraph or table, for golden files: the style
// Word shows (Title, Heading1–3, Quote, bullets) and the text. Tables as their rows, cells by " | ".

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const text = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join("");

function paragraph(xml: string): string {
  const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1];
  const bullet = /<w:numPr>/.test(xml);
  const t = text(xml);
  if (!t && !style && !bullet) return "";
  if (bullet) return `  • ${t}`;
  if (style === "Title") return `TITLE ${t}`;
  const h = /^Heading(\d)$/.exec(style ?? "");
  if (h) return `${"#".repeat(Number(h[1]))} ${t}`;
  if (style === "Quote") return `  > ${t}`;
  return t;
}

export function docxOutline(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)![1];
  const lines: string[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const part = m[0];
    if (part.startsWith("<w:tbl>")) {
      for (const row of part.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g))
        lines.push(
          `  | ${[...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])).join(" | ")} |`
        );
    } else {
      const line = paragraph(part);
      if (line) lines.push(line);
    }
  }
  return `${lines.join("\n")}\n`;
}
