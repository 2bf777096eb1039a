/**
 * One small document model for every export (Markdown, Word, print). Worksheets build an
 * `ExportDocument`; the renderers only know about blocks, so a new worksheet needs no renderer changes.
 *
 * Empty values, decided once for all outputs (applied by `tidy`, which every renderer calls):
 * - a table cell or a field value that is empty shows "—", because its place in the grid still says
 *   something ("no principe linked here");
 * - an empty paragraph or list item is left out, and so is a list with no items left;
 * - a section with nothing in it shows the muted line "Nog niet ingevuld." (`section`), so a reader
 *   sees the step exists but is still open. On paper it may show its questions with room to write
 *   instead (a `write` block), so an empty worksheet prints as a usable paper worksheet;
 * - `answers` gives no block at all when every value is empty: rows of "—" under fixed labels say nothing.
 */

import { slugify } from "../slug.ts";

/**
 * Levels below the document title: 1 is a main section (Word "Kop 1", Markdown "##"). Five levels, so
 * a worksheet nested twice in the werkboek export keeps its own structure (Markdown stops at "######").
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A question with room to write the answer by hand; `lines` is how many ruled lines. */
export interface WriteItem {
  label: string;
  lines: number;
}

/** Print only: questions with ruled lines, under an optional small title. */
export interface WriteBlock {
  type: "write";
  title?: string;
  items: WriteItem[];
}

export type Block =
  | { type: "heading"; level: HeadingLevel; text: string }
  | { type: "paragraph"; text: string; muted?: boolean }
  | { type: "list"; ordered?: boolean; items: string[] }
  /** `widths`: relative column weights (e.g. [6, 1, 1]); without them Word shares the width equally. */
  | { type: "table"; head: string[]; rows: string[][]; widths?: number[] }
  | { type: "fields"; items: { label: string; value: string }[] }
  /**
   * A chart. `png` holds the picture when the browser rendered one (Word shows it); without it, and in
   * Markdown, the alt text stands in, and the data table that follows carries the figures.
   */
  | { type: "image"; alt: string; width: number; height: number; png?: Uint8Array }
  /** Print only; Markdown and Word leave it out (they show "Nog niet ingevuld." before it). */
  | WriteBlock;

export interface ExportDocument {
  title: string;
  subtitle?: string;
  blocks: Block[];
}

/** Shown for an empty table cell or field. */
export const EMPTY_VALUE = "—";
/** Shown under a section heading when the section has no content. */
export const NOT_FILLED = "Nog niet ingevuld.";

/**
 * User text made safe for every output: one kind of line break, no control characters (Word refuses
 * XML that contains them; vertical tab and form feed become a space) and no lone surrogates (they cannot be encoded as UTF-8).
 */
export function cleanText(s: string): string {
  return s
    .toWellFormed()
    .replace(/\r\n?/g, "\n")
    .replace(/[\u000B\u000C]/g, " ")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "");
}

/** The non-empty, trimmed lines of a text. */
export function textLines(s: string): string[] {
  return cleanText(s)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** True when a text has nothing worth showing. */
export function isBlank(s: string): boolean {
  return textLines(s).length === 0;
}

/** The text itself, or "—" when it is empty. */
export function orEmpty(s: string): string {
  return isBlank(s) ? EMPTY_VALUE : s;
}

export const heading = (level: HeadingLevel, text: string): Block => ({ type: "heading", level, text });
export const paragraph = (text: string, muted = false): Block => ({ type: "paragraph", text, ...(muted ? { muted } : {}) });
export const list = (items: string[], ordered = false): Block => ({ type: "list", ...(ordered ? { ordered } : {}), items });
export const table = (head: string[], rows: string[][]): Block => ({ type: "table", head, rows });
export const fields = (items: { label: string; value: string }[]): Block => ({ type: "fields", items });
export const image = (alt: string, width: number, height: number, png?: Uint8Array): Block => ({ type: "image", alt, width, height, ...(png ? { png } : {}) });
/** Answers under fixed labels: a `fields` block, or none when nothing was answered. */
export const answers = (items: { label: string; value: string }[]): Block[] => (items.every((f) => isBlank(f.value)) ? [] : [fields(items)]);
/** Questions with writing room, shown on paper when their section is empty. */
export const write = (items: (string | WriteItem)[], title?: string): Block => {
  const list = items.map((i) => (typeof i === "string" ? { label: i, lines: 2 } : i));
  return title === undefined ? { type: "write", items: list } : { type: "write", title, items: list };
};

/** One level deeper (capped at the deepest level), so a part can nest under its own heading. */
export const deeper = (level: HeadingLevel): HeadingLevel => (level >= 5 ? 5 : ((level + 1) as HeadingLevel));


const isNotFilled = (b: Block) => b.type === "paragraph" && b.muted === true && b.text === NOT_FILLED;

/** True when a block says something of its own (not a heading, a paper-only prompt or "Nog niet ingevuld."). */
const hasContent = (b: Block) => b.type !== "heading" && b.type !== "write" && !isNotFilled(b);


/**
 * Drops subsections (a heading up to the next heading of its level or higher) that `section` marked
 * as not filled in and that have no content, so a partly filled werkboek lists no empty levels.
 */
function pruneEmpty(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.type !== "heading") {
      out.push(b);
      continue;
    }
    let end = i + 1;
    while (end < blocks.length) {
      const n = blocks[end] as Block;
      if (n.type === "heading" && n.level <= b.level) break;
      end++;
    }
    const span = blocks.slice(i + 1, end);
    if (span.some(hasContent) || !span.some(isNotFilled)) out.push(b);
    else i = end - 1;
  }
  return out;
}

/**
 * A heading followed by its body. Empty subsections in the body are left out; when nothing is left,
 * the body is "Nog niet ingevuld." plus `blank`: `write` blocks with the questions, for paper.
 */
export function section(level: HeadingLevel, title: string, body: Block[], blank: Block[] = []): Block[] {
  const shown = pruneEmpty(body.map(tidyBlock).filter((b): b is Block => b !== null));
  if (shown.some(hasContent)) return [heading(level, title), ...shown];
  return [heading(level, title), paragraph(NOT_FILLED, true), ...blank.filter((b) => b.type === "write")];
}

function tidyBlock(b: Block): Block | null {
  switch (b.type) {
    case "heading":
      return b;
    case "paragraph":
      return isBlank(b.text) ? null : b;
    case "list": {
      const items = b.items.filter((i) => !isBlank(i));
      return items.length === 0 ? null : { ...b, items };
    }
    case "table": {
      if (b.head.length === 0) return null;
      // Rows are cut or padded to the header, so a renderer can trust the grid.
      const rows = b.rows.map((r) => b.head.map((_, i) => orEmpty(r[i] ?? "")));
      return { ...b, head: b.head.map(orEmpty), rows };
    }
    case "fields":
      return b.items.length === 0 ? null : { type: "fields", items: b.items.map((f) => ({ label: f.label, value: orEmpty(f.value) })) };
    case "image":
      return b;
    case "write":
      return b.items.length === 0 ? null : b;
  }
}

/** The document with the empty-value rules applied; renderers call this so hand-built documents behave too. */
export function tidy(doc: ExportDocument): ExportDocument {
  const blocks = doc.blocks.map(tidyBlock).filter((b): b is Block => b !== null);
  const title = orEmpty(doc.title);
  return doc.subtitle === undefined || isBlank(doc.subtitle) ? { title, blocks } : { title, subtitle: doc.subtitle, blocks };
}

/** A safe download name from the document title: "Mijn visie — …" → "mijn-visie-….md". */
export function exportFileName(doc: ExportDocument, extension: string): string {
  return `${slugify(cleanText(doc.title), 80) || "raadskompas"}.${extension.replace(/^\./, "")}`;
}
