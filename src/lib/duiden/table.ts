/**
 * Reads a pasted or opened table of figures (Word, Excel, a web page, a CBS StatLine or
 * waarstaatjegemeente.nl CSV) into rows of text cells, and guesses what each column holds.
 * Pure: no DOM, so the CLI, the tests and the browser share it. Every problem gets its own Dutch message.
 */

import { MAX_TABLE_CHARS } from "../../vocabulary/limits.ts";
import { parseGetal } from "../getal.ts";
import { tableTooLarge } from "./tableSize.ts";

/** Larger pastes are refused with a message (src/vocabulary/limits.ts); so are larger files, before reading. */
export { MAX_TABLE_CHARS, tableTooLarge };
/** Rows beyond this are dropped with a notice. */
export const MAX_ROWS = 5000;

export type Delimiter = "\t" | ";" | ",";
export const DELIMITER_NAMES: Record<Delimiter, string> = { "\t": "tabs", ";": "puntkomma's", ",": "komma's" };

export interface RawTable {
  header: string[];
  rows: string[][];
  delimiter: Delimiter;
  /** Things we did that the user should know (skipped lines, merged header rows). */
  notices: string[];
}

export type ReadResult = { ok: true; table: RawTable } | { ok: false; problems: string[] };


/** Splits delimited text into records, honouring quotes ("a;b", doubled "" inside quotes, line breaks in quotes). */
export function splitRecords(text: string, delimiter: Delimiter): { records: string[][]; unclosedAtLine: number | null } {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === "") {
      inQuotes = true;
      quoteLine = line;
      cell = "";
    } else if (ch === delimiter) {
      record.push(cell);
      cell = "";
    } else if (ch === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      line++;
    } else cell += ch;
  }
  record.push(cell);
  records.push(record);
  return { records, unclosedAtLine: inQuotes ? quoteLine : null };
}

/** Counts a character outside quotes, per line, for the first lines that have text. */
function countsPerLine(text: string, ch: string): number[] {
  const counts: number[] = [];
  let n = 0;
  let inQuotes = false;
  let lineHasText = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === ch) n++;
    else if (!inQuotes && c === "\n") {
      if (lineHasText) counts.push(n);
      n = 0;
      lineHasText = false;
      if (counts.length >= 30) return counts;
      continue;
    }
    if (c.trim() !== "") lineHasText = true;
  }
  if (lineHasText) counts.push(n);
  return counts;
}

/**
 * Tab first (Word, Excel and web pages paste with tabs), then semicolon (Dutch CSV, CBS StatLine),
 * then comma. A delimiter counts when most lines contain it the same number of times.
 */
export function detectDelimiter(text: string): Delimiter | null {
  let best: { d: Delimiter; score: number } | null = null;
  for (const d of ["\t", ";", ","] as const) {
    const counts = countsPerLine(text, d).filter((c) => c > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const common = Math.max(...freq.values());
    // Tabs and semicolons almost never occur in figures; a comma does (Dutch decimals), so it must be consistent.
    const score = common / Math.max(1, countsPerLine(text, d).length) + (d === "\t" ? 0.3 : d === ";" ? 0.2 : 0);
    if (d === "," && common < 2 && counts.length > 1) continue;
    if (!best || score > best.score) best = { d, score };
  }
  return best?.d ?? null;
}

function looksBinary(text: string): string | null {
  if (text.startsWith("PK")) return "Dit lijkt een Excel- of Word-bestand (.xlsx of .docx). Sla het op als CSV, of kopieer de cellen en plak ze hier.";
  if (text.startsWith("%PDF")) return "Dit is een PDF-bestand. Kopieer de tabel uit de PDF en plak hem hier, of open een CSV-bestand.";
  if (/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 2000))) return "Dit bestand bevat geen leesbare tekst. Kies een CSV-bestand, of plak de tabel als tekst.";
  return null;
}

const isBlankRow = (r: string[]) => r.every((c) => c.trim() === "");

/** Reads text into a header and rows. Refuses with Dutch messages when it cannot. */
export function readTable(input: string): ReadResult {
  if (input.length > MAX_TABLE_CHARS) {
    return {
      ok: false,
      problems: [tableTooLarge(input.length)],
    };
  }
  const binary = looksBinary(input);
  if (binary) return { ok: false, problems: [binary] };
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u00A0/g, " ");
  if (text.trim() === "") return { ok: false, problems: ["Er staat nog geen tabel in het veld. Plak een tabel of kies een CSV-bestand."] };

  const delimiter = detectDelimiter(text);
  if (!delimiter) {
    return {
      ok: false,
      problems: ["We vinden maar één kolom. Zet de kolommen uit elkaar met tabs, puntkomma's of komma's. Kopieer je uit Word of Excel, dan gaat dat vanzelf goed."],
    };
  }
  const { records, unclosedAtLine } = splitRecords(text, delimiter);
  const problems: string[] = [];
  if (unclosedAtLine !== null) problems.push(`Regel ${unclosedAtLine}: hier begint een aanhalingsteken (") dat nergens wordt gesloten. Controleer het bestand of plak de tabel opnieuw.`);

  const notices: string[] = [];
  let rows = records.map((r) => r.map((c) => c.trim()));
  // The width of the table is the most common number of cells; title lines above it and source lines below it are skipped.
  const widths = new Map<number, number>();
  for (const r of rows) if (!isBlankRow(r)) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const width = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  if (width < 2) problems.push("We vinden maar één kolom. Zet de kolommen uit elkaar met tabs, puntkomma's of komma's.");
  if (problems.length) return { ok: false, problems };

  const first = rows.findIndex((r) => r.length >= width && !isBlankRow(r));
  const skippedTop = rows.slice(0, first).filter((r) => !isBlankRow(r));
  if (skippedTop.length) notices.push(`${skippedTop.length === 1 ? "De regel" : `${skippedTop.length} regels`} boven de tabel (zoals een titel) ${skippedTop.length === 1 ? "is" : "zijn"} overgeslagen.`);
  rows = rows.slice(first);
  let header = rows[0] ?? [];
  let body = rows.slice(1);

  // Trailing lines like "Bron: CBS" have one cell; they are not data.
  const footer: string[] = [];
  while (body.length && (isBlankRow(body[body.length - 1] ?? []) || (body[body.length - 1] ?? []).filter((c) => c !== "").length === 1 && (body[body.length - 1]?.length ?? 0) < width)) {
    const r = body.pop() ?? [];
    if (!isBlankRow(r)) footer.push(r.join(" ").trim());
  }
  if (footer.length) notices.push(`Onder de tabel ${footer.length === 1 ? "stond een regel" : `stonden ${footer.length} regels`} zonder cijfers (zoals de bron). Die zijn overgeslagen.`);

  const bad: number[] = [];
  body = body.filter((r, i) => {
    if (isBlankRow(r)) return false;
    if (r.length > width && r.slice(width).some((c) => c !== "")) {
      bad.push(first + i + 2);
      return false;
    }
    return true;
  });
  if (bad.length) problems.push(`${bad.length === 1 ? `Regel ${bad[0]} heeft` : `De regels ${bad.slice(0, 5).join(", ")}${bad.length > 5 ? " en meer" : ""} hebben`} meer cellen dan de kop (${width}). Staat er een ${DELIMITER_NAMES[delimiter].replace(/'s$/, "")} in een getal of naam? Zet die tekst tussen aanhalingstekens.`);
  if (problems.length) return { ok: false, problems };

  header = Array.from({ length: width }, (_, i) => header[i] ?? "");
  body = body.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));

  // Two header rows (a year above "aantal" and "€", as in many nieuwsbrieven): merged into one.
  const second = body[0];
  if (second && body.length > 1 && header.some((h) => h === "") && second.every((c) => c === "" || parseNumber(c) === null || /^\d{4}$/.test(c))) {
    let carry = "";
    header = header.map((h, i) => {
      if (h !== "") carry = h;
      const sub = second[i] ?? "";
      const top = h !== "" ? h : i === 0 ? "" : carry;
      return [top, sub].filter(Boolean).join(" ");
    });
    body = body.slice(1);
    notices.push("De tabel had twee kopregels. We hebben ze samengevoegd.");
  }
  if (body.length === 0) return { ok: false, problems: ["We vinden alleen een kopregel, nog geen cijfers. Plak de hele tabel, met de kop erboven."] };
  if (body.length > MAX_ROWS) {
    notices.push(`De tabel heeft ${body.length} regels; we gebruiken de eerste ${MAX_ROWS}.`);
    body = body.slice(0, MAX_ROWS);
  }
  header = header.map((h, i) => h || (i === 0 ? "Naam" : `Kolom ${i + 1}`));
  return { ok: true, table: { header, rows: body, delimiter, notices } };
}

// ---------- cells ----------

/** Cells that mean "no figure": CBS uses "." (onbekend, onvoldoende betrouwbaar of geheim) and "x" (geheim). */
const HIDDEN = new Set([".", "x", "X", "-", "–", "—", "?", "nb", "n.b.", "n.v.t.", "nvt", "onbekend", "geheim", "*", "..", "…"]);

/** True for a cell that marks a missing or hidden figure; such a cell is "onbekend", never 0. */
export function isHidden(cell: string): boolean {
  const c = cell.trim();
  return c === "" || HIDDEN.has(c.toLowerCase()) || HIDDEN.has(c);
}

/**
 * A cell as a number (lib/getal.ts reads the number); a hidden cell ("." or "x" at CBS) is null, and a
 * trailing "*" (voorlopig) is dropped.
 */
export function parseNumber(cell: string, decimal?: "," | "."): number | null {
  const s = cell.trim().replace(/\*+$/, "");
  return isHidden(s) ? null : parseGetal(s, decimal);
}

/** Which decimal mark a column uses, judged on all its cells. */
export function detectDecimal(cells: string[]): "," | "." {
  let comma = 0;
  let dot = 0;
  for (const raw of cells) {
    const c = raw.replace(/[\s€%]/g, "");
    if (/\d,\d{1,2}$|\d,\d{4,}$/.test(c) || /\d\.\d{3},/.test(c) || /^\d{1,3}(\.\d{3}){2,}$/.test(c)) comma++;
    else if (/\d\.\d{1,2}$|\d\.\d{4,}$/.test(c) || /\d,\d{3}\./.test(c) || /^\d{1,3}(,\d{3}){2,}$/.test(c)) dot++;
  }
  return dot > comma ? "." : ",";
}

// ---------- periods ----------

export interface Periode {
  /** Sortable key: year × 100 plus month (1–12) or 20 + quarter; a whole year is year × 100. */
  sort: number;
  /** How we show it: "2023", "2023 kw 1", "jan 2023". */
  label: string;
  /** A "*" after a CBS period: a provisional figure. */
  voorlopig: boolean;
}

const MAANDEN = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MAAND_NAMEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** CBS period codes (2023JJ00, 2023KW01, 2023MM01) and the usual written forms. Null when it is no period. */
export function parsePeriode(cell: string): Periode | null {
  const raw = cell.trim();
  const voorlopig = /\*+$/.test(raw);
  const s = raw.replace(/\*+$/, "").trim();
  let m = /^(\d{4})JJ00$/i.exec(s) ?? /^(\d{4})$/.exec(s);
  const year = (y: string | undefined) => Number(y);
  const ok = (y: number) => y >= 1900 && y <= 2100;
  if (m && ok(year(m[1]))) return { sort: year(m[1]) * 100, label: String(year(m[1])), voorlopig };
  m = /^(\d{4})\s*(?:KW0?|-?Q|\s*kw(?:artaal)?\s*)([1-4])$/i.exec(s) ?? /^(\d{4})\s+([1-4])e\s+kwartaal$/i.exec(s);
  if (m && ok(year(m[1]))) return { sort: year(m[1]) * 100 + 20 + Number(m[2]), label: `${year(m[1])} kw ${Number(m[2])}`, voorlopig };
  m = /^(\d{4})(?:MM|-)(\d{2})$/i.exec(s);
  if (m && ok(year(m[1])) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return { sort: year(m[1]) * 100 + Number(m[2]), label: `${MAANDEN[Number(m[2]) - 1]} ${year(m[1])}`, voorlopig };
  }
  m = /^(\d{4})\s+([a-z]+)$/i.exec(s) ?? /^([a-z]+)\s+(\d{4})$/i.exec(s);
  if (m) {
    const [a, b] = /^\d/.test(m[1] ?? "") ? [m[1], m[2]] : [m[2], m[1]];
    const i = MAAND_NAMEN.indexOf((b ?? "").toLowerCase());
    if (i >= 0 && ok(year(a))) return { sort: year(a) * 100 + i + 1, label: `${MAANDEN[i]} ${year(a)}`, voorlopig };
  }
  return null;
}

/** A header such as "2019 BSN" or "2023 (aantal)": the period, and what is left of the text. */
export function periodeInHeader(h: string): { periode: Periode; rest: string } | null {
  const whole = parsePeriode(h);
  if (whole) return { periode: whole, rest: "" };
  const m = /^(\S+(?:\s+kw(?:artaal)?\s*[1-4])?)\s+(.+)$/i.exec(h.trim());
  if (!m) return null;
  const p = parsePeriode(m[1] ?? "");
  return p ? { periode: p, rest: (m[2] ?? "").trim() } : null;
}

/** CBS region codes: GM0014 (gemeente), WK/BU (wijk, buurt), PV (provincie), NL01/NL00 (Nederland). */
export const REGIO_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8}|PV\d{2}|NL0[01]|LD\d{2}|CR\d{2}|GG\d{4}|JZ\d{2}|AM\d{2}|RE\d{2})$/;

// ---------- column roles ----------

export const ROLES = ["periode", "regio", "indicator", "waarde", "eenheid", "negeren"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  periode: "Periode (jaar, kwartaal, maand)",
  regio: "Gemeente of regio",
  indicator: "Onderwerp of categorie",
  waarde: "Cijfers",
  eenheid: "Eenheid",
  negeren: "Niet gebruiken",
};

export interface ColumnGuess {
  role: Role;
  /** False when we are not sure; the worksheet then asks the user. */
  sure: boolean;
}

const HEADER_HINTS: [Role, RegExp][] = [
  ["periode", /^(perioden?|jaar|jaren|jaartal|kwartaal|maand|peildatum|period|year)$/i],
  ["regio", /^(regio'?s?|regios|gemeenten?|gebied|wijken?( en buurten)?|buurt|plaats|woonplaats|regioaanduiding.*|codering.*)$/i],
  ["indicator", /^(indicator(en)?|onderwerpe?n?|categorie(ën)?|soort|thema|omschrijving|voorziening|type( zorg)?|naam|label|maatwerkvoorziening|onderdeel|kenmerk)$/i],
  ["waarde", /^(waarde|aantal|value|cijfer|score|percentage|bedrag|totaal)$/i],
  ["eenheid", /^(eenheid|unit|maateenheid)$/i],
  ["negeren", /^(id|nr|volgnummer|bron|opmerking(en)?|toelichting|meetwaarde[- ]?status)$/i],
];

/**
 * Guesses each column's role from its header and its cells. A column whose header is a period
 * ("2019", "2023JJ00", "2019 BSN") holds figures for that period (a wide table).
 */
export function guessRoles(t: RawTable): ColumnGuess[] {
  const guesses = t.header.map((h, i): ColumnGuess => {
    const cells = t.rows.map((r) => r[i] ?? "").filter((c) => !isHidden(c));
    const byHeader = HEADER_HINTS.find(([, re]) => re.test(h.trim()))?.[0];
    const share = (test: (c: string) => boolean) => (cells.length ? cells.filter(test).length / cells.length : 0);
    const periodShare = share((c) => parsePeriode(c) !== null);
    const regioShare = share((c) => REGIO_CODE.test(c));
    const dec = detectDecimal(cells);
    const numberShare = share((c) => parseNumber(c, dec) !== null);
    if (periodeInHeader(h) && numberShare > 0.5) return { role: "waarde", sure: true };
    if (byHeader === "periode" || (periodShare > 0.9 && cells.length > 0)) return { role: "periode", sure: byHeader === "periode" || periodShare === 1 };
    if (byHeader === "regio" || regioShare > 0.9) return { role: "regio", sure: true };
    if (byHeader === "eenheid") return { role: "eenheid", sure: true };
    if (byHeader === "negeren") return { role: "negeren", sure: true };
    if (numberShare > 0.8) return { role: "waarde", sure: byHeader === "waarde" || /\(.+\)|aantal|%|€|per\b|totaal/i.test(h) || numberShare === 1 };
    if (byHeader === "indicator") return { role: "indicator", sure: true };
    if (byHeader === "waarde") return { role: "waarde", sure: true };
    if (cells.length === 0) return { role: "negeren", sure: false };
    return { role: "indicator", sure: false };
  });
  // A text column in a table with a clear structure is the category; we only doubt it when there are several.
  const textCols = guesses.filter((g) => g.role === "indicator");
  if (textCols.length === 1 && guesses.some((g) => g.role === "waarde")) textCols.forEach((g) => (g.sure = true));
  return guesses;
}
