import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { CouncilReport, ReportBlock, Run } from "../core/report/council-report";

// Writes the council report (src/core/report) as a Word document with the `docx` library: Title,
// Heading 1–3 and List Bullet as Word's own styles, so a city can paste it into its template and the
// headings keep their levels; quotes in Word's Quote style; tables with a header row that repeats.

const LANGUAGE = { en: "en-GB", nb: "nb-NO", sv: "sv-SE" } as const;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function runs(items: readonly Run[]): TextRun[] {
  return items.map(
    (r) => new TextRun({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false })
  );
}

function table(b: Extract<ReportBlock, { kind: "table" }>): Table {
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: b.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, i, true)) }),
      ...b.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

function blockParts(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: [new TextRun(b.text)] })];
    case "paragraph":
      return [
        new Paragraph({ style: b.style === "quote" ? "Quote" : undefined, children: runs(b.runs) }),
      ];
    case "bullets":
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case "table":
      // A paragraph after a table keeps the next heading from sticking to it in Word.
      return [table(b), new Paragraph({ children: [] })];
  }
}

/** The report as .docx bytes. */
export async function reportDocx(report: CouncilReport): Promise<Uint8Array> {
  const doc = new Document({
    creator: "CityNet",
    title: report.title,
    description: report.subtitle,
    styles: {
      default: { document: { run: { language: { value: LANGUAGE[report.lang] } } } },
      paragraphStyles: [
        {
          id: "Quote",
          name: "Quote",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { italics: true, color: "404040" },
          paragraph: { indent: { left: 567 }, spacing: { after: 80 } },
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
          new Paragraph({ children: [new TextRun({ text: report.subtitle, italics: true })] }),
          ...report.blocks.flatMap(blockParts),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
