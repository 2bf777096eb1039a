/**
 * One small document model for every export (Markdown, Word, print). Worksheets build an
 * `ExportDocument`; the renderers only know about blocks, so a new worksheet needs no renderer changes.
 *
 * Empty values, decided once for all outputs (applied by `tidy`, which every renderer calls):
 * - a table cell or a field value that is empty shows "—", because its place in the grid still says
 *   something ("no principe linked here");
 * - an empty paragraph or list item is left out, and so is a list with no items left;
 * - a section with nothing in it shows the muted line "Nog niet ingevuld." (`section`), so a reader
 *   sees the step exists but is still open.
 */

import { slugify } from "../slug.ts";

/** Levels below the document title: 1 is a main section (Word "Kop 1", Markdown "##"). */
export type HeadingLevel = 1 | 2 | 3;

export type Block =
  | { type: "heading"; level: HeadingLevel; text: string }
  | { type: "paragraph"; text: string; muted?: boolean }
  | { type: "list"; ordered?: boolean; items: string[] }
  | { type: "table"; head: string[]; rows: string[][] }
  | { type: "fields"; items: { label: string; value: string }[] }
  /**
   * A chart. `png` holds the picture when the browser rendered one (Word shows it); without it, and in
   * Markdown, the alt text stands in, and the data table that follows carries the figures.
   */
  | { type: "image"; alt: string; width: number; height: number; png?: Uint8Array };

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
export const paragraph = (text: string, muted = false): Block => (muted ? { type: "paragraph", text, muted } : { type: "paragraph", text });
export const list = (items: string[], ordered = false): Block => (ordered ? { type: "list", ordered, items } : { type: "list", items });
export const table = (head: string[], rows: string[][]): Block => ({ type: "table", head, rows });
export const fields = (items: { label: string; value: string }[]): Block => ({ type: "fields", items });
export const image = (alt: string, width: number, height: number, png?: Uint8Array): Block => (png ? { type: "image", alt, width, height, png } : { type: "image", alt, width, height });

/** A heading followed by its body, or by "Nog niet ingevuld." when the body has nothing to show. */
export function section(level: HeadingLevel, title: string, body: Block[]): Block[] {
  const shown = body.map(tidyBlock).filter((b): b is Block => b !== null);
  return [heading(level, title), ...(shown.length > 0 ? shown : [paragraph(NOT_FILLED, true)])];
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
      return { type: "table", head: b.head.map(orEmpty), rows };
    }
    case "fields":
      return b.items.length === 0 ? null : { type: "fields", items: b.items.map((f) => ({ label: f.label, value: orEmpty(f.value) })) };
    case "image":
      return b;
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
