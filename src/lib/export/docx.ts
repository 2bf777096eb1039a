import type { Paragraph as DocxParagraph, Table as DocxTable } from "docx";
import { textLines, tidy, type Block, type ExportDocument } from "./document.ts";

type Docx = typeof import("docx");

const BULLET = "raadskompas-opsomming";
const ORDERED = "raadskompas-nummering";
const MUTED_COLOR = "595959"; // still 7:1 on white, so muted text stays readable when printed
const BORDER_COLOR = "8C8C8C";
const HEADER_FILL = "E8ECF1";
/** A4 in twips, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

/** Runs for multi-line user text: a line break in the text is a line break in Word. */
function runs(d: Docx, text: string, style: { bold?: boolean; italics?: boolean; color?: string } = {}) {
  return textLines(text).map((line, i) => new d.TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function render(d: Docx, b: Block, nextList: () => number): (DocxParagraph | DocxTable)[] {
  switch (b.type) {
    case "heading": {
      const level = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3, 4: d.HeadingLevel.HEADING_4, 5: d.HeadingLevel.HEADING_5 }[b.level];
      return [new d.Paragraph({ heading: level, keepNext: true, children: [new d.TextRun(textLines(b.text).join(" "))] })];
    }
    case "paragraph":
      return [new d.Paragraph({ children: runs(d, b.text, b.muted === true ? { italics: true, color: MUTED_COLOR } : {}) })];
    case "list": {
      // Each numbered list gets its own instance, so it starts at 1 again.
      const numbering = b.ordered === true ? { reference: ORDERED, level: 0, instance: nextList() } : { reference: BULLET, level: 0 };
      return b.items.map((item) => new d.Paragraph({ numbering, children: runs(d, item) }));
    }
    case "write":
      // Room to write is for paper; the document already says "Nog niet ingevuld.".
      return [];
    case "fields":
      return b.items.map(
        (f) =>
          new d.Paragraph({
            children: [new d.TextRun({ text: `${textLines(f.label).join(" ")}: `, bold: true }), ...runs(d, f.value)],
          }),
      );
    case "image": {
      if (!b.png) return [new d.Paragraph({ children: runs(d, `Grafiek: ${b.alt}`, { italics: true, color: MUTED_COLOR }) })];
      // Fit the text width of an A4 page (17 cm ≈ 640 px at 96 dpi), keeping the aspect ratio.
      const width = Math.min(640, b.width);
      const height = Math.round((b.height * width) / b.width);
      return [
        new d.Paragraph({
          keepLines: true,
          children: [new d.ImageRun({ type: "png", data: b.png, transformation: { width, height }, altText: { name: "Grafiek", title: "Grafiek", description: b.alt.slice(0, 1000) } })],
        }),
      ];
    }
    case "table": {
      const border = { style: d.BorderStyle.SINGLE, size: 4, color: BORDER_COLOR };
      // Weights become twips of the text width with a fixed layout: Word's autofit would otherwise give
      // nine columns an equal share and break a long title letter by letter.
      const textWidth = A4.width - 2 * MARGIN;
      const total = b.widths?.reduce((a, w) => a + w, 0) ?? 0;
      const twips = b.widths?.length === b.head.length && total > 0 ? b.widths.map((w) => Math.floor((w / total) * textWidth)) : undefined;
      const cell = (text: string, header: boolean, i: number) =>
        new d.TableCell({
          ...(twips?.[i] !== undefined ? { width: { size: twips[i], type: d.WidthType.DXA } } : {}),
          children: [new d.Paragraph({ children: runs(d, text, header ? { bold: true } : {}) })],
          ...(header ? { shading: { type: d.ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } } : {}),
        });
      return [
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          ...(twips !== undefined ? { columnWidths: twips, layout: d.TableLayoutType.FIXED } : {}),
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: [
            // tableHeader repeats the header row on every printed page.
            new d.TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h, i) => cell(h, true, i)) }),
            ...b.rows.map((r) => new d.TableRow({ children: r.map((c, i) => cell(c, false, i)) })),
          ],
        }),
        // Word glues two adjacent tables together; an empty paragraph keeps them apart.
        new d.Paragraph({}),
      ];
    }
  }
}

/**
 * The document as a Word file (.docx) on A4. The docx library is imported only here and only when
 * called, so pages that never export do not download it. Returns bytes backed by a plain ArrayBuffer,
 * which a browser accepts as a Blob part and Node writes to a file as is.
 */
export async function toDocx(doc: ExportDocument): Promise<Uint8Array<ArrayBuffer>> {
  const d = await import("docx");
  const t = tidy(doc);
  let lists = 0;
  const nextList = () => ++lists;

  const children: (DocxParagraph | DocxTable)[] = [new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(textLines(t.title).join(" "))] })];
  if (t.subtitle !== undefined) children.push(new d.Paragraph({ children: runs(d, t.subtitle, { italics: true, color: MUTED_COLOR }) }));
  for (const b of t.blocks) children.push(...render(d, b, nextList));

  const document = new d.Document({
    title: textLines(t.title).join(" "),
    ...(t.subtitle !== undefined ? { subject: textLines(t.subtitle).join(" ") } : {}),
    creator: "Raadskompas",
    lastModifiedBy: "Raadskompas",
    styles: {
      default: {
        document: { run: { font: "Arial", size: 22, language: { value: "nl-NL" } }, paragraph: { spacing: { after: 120, line: 276, lineRule: d.LineRuleType.AUTO } } },
        title: { run: { font: "Arial", size: 40, bold: true, color: "1F2A44" }, paragraph: { spacing: { after: 120, line: 264, lineRule: d.LineRuleType.AUTO } } },
        heading1: { run: { font: "Arial", size: 32, bold: true, color: "1F2A44" }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: "Arial", size: 26, bold: true, color: "1F2A44" }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { font: "Arial", size: 23, bold: true, color: "1F2A44" }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLET,
          levels: [{ level: 0, format: d.LevelFormat.BULLET, text: "•", alignment: d.AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }],
        },
        {
          reference: ORDERED,
          levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: d.PageOrientation.PORTRAIT },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [new d.TextRun({ size: 18, color: MUTED_COLOR, children: ["Pagina ", d.PageNumber.CURRENT, " van ", d.PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });

  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}

/** MIME type for a download link. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
