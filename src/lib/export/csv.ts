/**
 * CSV for Dutch Excel, shared by the CLI and the browser: every CSV the project writes goes through
 * `toCsv`, so the formula guard below cannot be forgotten in one place.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a line break as a formula, even when the cell is quoted. Such a cell gets a leading
 * apostrophe, which Excel and LibreOffice show as text and do not evaluate. The check looks past
 * leading spaces and also covers the full-width forms (＝ ＋ － ＠), which some spreadsheets
 * normalise before parsing.
 */

/** Separator for Dutch Excel, where "," is the decimal comma. */
export const CSV_SEPARATOR = ";";

const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/u;

/** True when a spreadsheet could read this value as a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** One cell: formula-neutralised, and quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined, separator = CSV_SEPARATOR): string {
  if (value === null || value === undefined || value === "") return "";
  let s = String(value);
  if (typeof value === "string" && looksLikeFormula(s)) s = `'${s}`;
  return s.includes(separator) || QUOTE_OR_BREAK.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

// Compiled once: a leeratelier CSV of thousands of bijdragen passes a million cells through here.
const QUOTE_OR_BREAK = /["\r\n]/;

export interface CsvOptions {
  separator?: string;
  /** A UTF-8 byte-order mark so Excel reads é and ë correctly (default true). */
  bom?: boolean;
}

/** Rows to CSV text with CRLF line ends (RFC 4180), every cell through `csvCell`. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? CSV_SEPARATOR;
  const body = rows.map((r) => r.map((c) => csvCell(c, separator)).join(separator)).join("\r\n");
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}
