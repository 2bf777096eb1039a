/**
 * Makes the .docx and .pdf fixtures from a .txt fixture, so extraction can be tested on real files:
 *   tests/fixtures/raadsvoorstellen/11-beekdal-inkoop-jeugdhulp.{docx,pdf}
 * (Broken files are made inside the tests themselves, in a temporary folder.)
 *
 * The .docx is written with the `docx` package. No LibreOffice, pandoc or LaTeX on these machines, so
 * the .pdf is written by hand: Helvetica text objects in WinAnsiEncoding, wrapped at ~90 characters,
 * headings in bold with extra space above.
 *
 * usage: node scripts/make-fixtures.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";

const ROOT = join(import.meta.dirname, "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "raadsvoorstellen");
const SOURCE = "11-beekdal-inkoop-jeugdhulp";

interface Block {
  kind: "heading" | "paragraph";
  text: string;
}

/** A line is a heading when it is short, ends without punctuation and follows a blank line. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let afterBlank = true;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join("\n") });
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === "") {
      flush();
      afterBlank = true;
      continue;
    }
    const heading = afterBlank && line.split(/\s+/u).length <= 7 && !/[.,;:]$/u.test(line) && !line.startsWith("-");
    if (heading) {
      flush();
      blocks.push({ kind: "heading", text: line });
    } else if (line.startsWith("- ")) {
      flush();
      paragraph.push(line);
      flush();
    } else {
      paragraph.push(line);
    }
    afterBlank = false;
  }
  flush();
  return blocks;
}

async function makeDocx(blocks: Block[]): Promise<Uint8Array> {
  const children = blocks.map((b) =>
    b.kind === "heading"
      ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })
      : new Paragraph({ text: b.text.replace(/\n/gu, " ") }),
  );
  const doc = new Document({
    creator: "Raadskompas fixtures",
    title: "Nieuwe inkoop jeugdhulp vanaf 2028",
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------------------------------------------
// A minimal PDF by hand

/** WinAnsiEncoding codes for the characters outside Latin-1 that Dutch text uses. */
const WIN_ANSI: Record<string, number> = {
  "€": 0x80,
  "…": 0x85,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
};

function pdfString(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = WIN_ANSI[ch] ?? ch.codePointAt(0) ?? 63;
    const byte = code < 256 ? code : 63;
    if (ch === "(" || ch === ")" || ch === "\\") out += `\\${ch}`;
    else if (byte < 32 || byte > 126) out += `\\${byte.toString(8).padStart(3, "0")}`;
    else out += String.fromCharCode(byte);
  }
  return `(${out})`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

interface PdfLine {
  text: string;
  bold: boolean;
  /** Extra space above, in points. */
  gapBefore: number;
}

function layout(blocks: Block[]): PdfLine[][] {
  const pages: PdfLine[][] = [[]];
  let y = 790;
  for (const b of blocks) {
    const lines = b.kind === "heading" ? [b.text] : wrap(b.text.replace(/\n/gu, " "), 90);
    lines.forEach((text, i) => {
      const gapBefore = i === 0 ? (b.kind === "heading" ? 12 : 6) : 0;
      const height = 13 + gapBefore;
      if (y - height < 60) {
        pages.push([]);
        y = 790;
      }
      pages[pages.length - 1]?.push({ text, bold: b.kind === "heading", gapBefore });
      y -= height;
    });
  }
  return pages;
}

function pageStream(lines: PdfLine[]): string {
  const ops: string[] = [];
  let y = 790;
  for (const line of lines) {
    y -= line.gapBefore;
    ops.push(`BT /${line.bold ? "F2 12" : "F1 10"} Tf 50 ${y} Td ${pdfString(line.text)} Tj ET`);
    y -= 13;
  }
  return ops.join("\n");
}

function makePdf(blocks: Block[]): Uint8Array {
  const pages = layout(blocks);
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // pages tree, filled in below
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    const stream = pageStream(lines);
    const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

const text = readFileSync(join(FIXTURES, `${SOURCE}.txt`), "utf8");
const blocks = blocksOf(text);
writeFileSync(join(FIXTURES, `${SOURCE}.docx`), await makeDocx(blocks));
writeFileSync(join(FIXTURES, `${SOURCE}.pdf`), makePdf(blocks));
console.log(`Gemaakt: ${SOURCE}.docx en ${SOURCE}.pdf (${blocks.length} blokken)`);
