/**
 * Size and count limits that more than one layer checks: the zod schemas, the readers in lib/ and the
 * fields in the islands. One number each, so a field can never promise what the file format refuses.
 * Free of zod so islands stay small (ADR 0015). Numbers are written as literals, not sums: the bundler
 * copies a literal into the module that uses it, so a page loads no extra chunk for one limit.
 */

/** Sheets of one kind in a werkboek (waardemodel, duiden) and in a bijdrage. */
export const MAX_SHEETS = 50;

/** Periods, series and sheets of the cijfers-duiden worksheet. */
export const DUIDEN_LIMITS = { periodes: 100, reeksen: 40, sheets: MAX_SHEETS } as const;

/** Characters of a pasted or opened table of figures; a raadslid's table is a few kilobytes. */
export const MAX_TABLE_CHARS = 1_000_000;

/**
 * A CSV file larger than this cannot hold a table within MAX_TABLE_CHARS (UTF-8 takes at most three
 * bytes per character of a JavaScript string), so it is refused before it is read.
 */
export const MAX_TABLE_FILE_BYTES = 3_000_000;

/** Characters of a raadsvoorstel's text: what the reader hands on, what a saved toets keeps and what can be pasted. */
export const MAX_TOETS_TEXT_CHARS = 2_000_000;

/** A .docx or .pdf raadsvoorstel as uploaded (one file or each file of an APK folder). */
export const MAX_UPLOAD_BYTES = 52_428_800; // 50 MB

