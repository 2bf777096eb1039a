import { textLines, tidy, type Block, type ExportDocument } from "./document.ts";

/**
 * Everything a raadslid types is escaped, so "*", "#", "|" or "<script>" reach the reader as typed and
 * never turn into markup. Backslash escapes are used rather than HTML entities so the file stays
 * readable as plain text.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&]/g;

function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIAL, "\\$&");
  // At the start of a line these would open a list, a thematic break or a setext heading.
  return escaped.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Escaped lines, joined with a hard line break; `indent` keeps continuation lines inside a list item. */
function inline(text: string, indent = ""): string {
  return textLines(text).map(escapeLine).join(`\\\n${indent}`);
}

/** A table cell: one line, and no line-start escapes (a cell cannot open a list), so "1.000" stays readable. */
function cell(text: string): string {
  return textLines(text).map((l) => l.replace(INLINE_SPECIAL, "\\$&")).join(" ");
}

/**
 * User or document text as one line of inline Markdown: headings and table cells cannot hold a line
 * break. Shared with the CLI (`toets --md`) so both escape the same way.
 */
export function markdownInline(text: string): string {
  return textLines(text).map(escapeLine).join(" ");
}

function paragraphs(text: string, muted: boolean): string {
  // A blank line in the user's text starts a new paragraph, as it would in a word processor.
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n/)
    .map((p) => inline(p))
    .filter((p) => p !== "")
    .map((p) => (muted ? `*${p}*` : p))
    .join("\n\n");
}

function block(b: Block): string {
  switch (b.type) {
    case "heading":
      return `${"#".repeat(b.level + 1)} ${markdownInline(b.text)}`;
    case "paragraph":
      return paragraphs(b.text, b.muted === true);
    case "list":
      return b.items
        .map((item, i) => {
          const marker = b.ordered === true ? `${i + 1}. ` : "- ";
          return marker + inline(item, " ".repeat(marker.length));
        })
        .join("\n");
    case "table": {
      const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
      return [row(b.head), `|${b.head.map(() => " --- ").join("|")}|`, ...b.rows.map(row)].join("\n");
    }
    case "fields":
      // A label that is a question or already ends in a colon gets no extra colon ("…?:" reads badly).
      return b.items.map((f) => `- **${markdownInline(f.label)}${/[?:]\s*$/.test(f.label) ? "" : ":"}** ${inline(f.value, "  ")}`).join("\n");
    case "image":
      // Markdown has no room for the picture itself; the description stands in and the data table follows.
      return `*Grafiek: ${markdownInline(b.alt)}*`;
    case "write":
      // Room to write is for paper; the file already says "Nog niet ingevuld.".
      return "";
  }
}

/**
 * The document as CommonMark with GFM tables. The title is the only level-1 heading; block headings
 * sit one level below it. Same input, same bytes.
 */
export function toMarkdown(doc: ExportDocument): string {
  const d = tidy(doc);
  const parts = [`# ${markdownInline(d.title)}`];
  if (d.subtitle !== undefined) parts.push(paragraphs(d.subtitle, true));
  for (const b of d.blocks) parts.push(block(b));
  return `${parts.filter((p) => p !== "").join("\n\n")}\n`;
}
