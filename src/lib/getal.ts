/**
 * Numbers as a Dutch reader expects them ("1.200", "12,5", "5,2 MB"), everywhere in the app: on
 * screen, in exports and in messages, and read back the same way from every field and table. One place,
 * so no "0.0 MB" slips through and "1.234,5" means the same in every worksheet.
 *
 * Import both from here. The reading half lives in getalLezen.ts so that a page that only shows
 * numbers does not load the parser (budgets, ADR 0015 and 0017).
 */
export { getalInvoer, parseGetal, parseJaar } from "./getalLezen.ts";

const getal = /* @__PURE__ */ new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const eenDecimaal = /* @__PURE__ */ new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1200 → "1.200", 12.5 → "12,5", at most two decimals. */
export function formatGetal(n: number): string {
  // Small whole numbers look the same in every locale; Intl is slow enough to show in a CSV of thousands of rows.
  if (Number.isInteger(n) && n > -1000 && n < 1000 && !Object.is(n, -0)) return String(n);
  return getal.format(n);
}

/** 5.24 → "5,2": always one decimal, for averages. */
export function formatDecimaal(n: number): string {
  return eenDecimaal.format(n);
}

/** A file or storage size in MB: "5,2 MB"; a size under 0,1 MB (but not nothing) says so. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (bytes > 0 && mb < 0.05) return "minder dan 0,1 MB";
  return `${eenDecimaal.format(mb)} MB`;
}


