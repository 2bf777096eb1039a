/**
 * Calendar dates as "YYYY-MM-DD" strings, computed in UTC so a time zone or a DST switch can never
 * shift a deadline by a day. Pure functions; no Date object leaves this module.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in "YYYY-MM-DD" form (no 31 February). */
export function isDatum(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return toDatum(d) === s;
}

function toDatum(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parse(s: string): Date {
  const m = ISO.exec(s);
  if (!m) throw new Error(`Geen datum: ${s}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The date `n` days later (negative: earlier). */
export function addDays(s: string, n: number): string {
  const d = parse(s);
  d.setUTCDate(d.getUTCDate() + n);
  return toDatum(d);
}

/** A date from year, month (1–12) and day. */
export function datum(year: number, month: number, day: number): string {
  return toDatum(new Date(Date.UTC(year, month - 1, day)));
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(s: string): number {
  return parse(s).getUTCDay();
}

export const yearOf = (s: string) => Number(s.slice(0, 4));

/** The earlier of two dates. */
export const minDatum = (a: string, b: string) => (a <= b ? a : b);

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function paaszondag(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return datum(year, month, day);
}

/**
 * The algemeen erkende feestdagen of art. 3 Algemene termijnenwet that fall on a weekday's date:
 * Nieuwjaarsdag, tweede Paasdag, Koningsdag (26 April when 27 April is a Sunday), 5 mei,
 * Hemelvaartsdag, tweede Pinksterdag and both Kerstdagen. Goede Vrijdag is not one of them.
 */
export function feestdagen(year: number): Map<string, string> {
  const pasen = paaszondag(year);
  const koningsdag = weekday(datum(year, 4, 27)) === 0 ? datum(year, 4, 26) : datum(year, 4, 27);
  return new Map([
    [datum(year, 1, 1), "Nieuwjaarsdag"],
    [addDays(pasen, 1), "tweede Paasdag"],
    [koningsdag, "Koningsdag"],
    [datum(year, 5, 5), "Bevrijdingsdag"],
    [addDays(pasen, 39), "Hemelvaartsdag"],
    [addDays(pasen, 50), "tweede Pinksterdag"],
    [datum(year, 12, 25), "eerste Kerstdag"],
    [datum(year, 12, 26), "tweede Kerstdag"],
  ]);
}

/** Why a date is no working day ("zaterdag", "Koningsdag"), or null for a working day. */
export function geenWerkdag(s: string): string | null {
  const day = weekday(s);
  if (day === 6) return "zaterdag";
  if (day === 0) return "zondag";
  return feestdagen(yearOf(s)).get(s) ?? null;
}

/** The date itself when it is a working day, else the last working day before it. */
export function vorigeWerkdag(s: string): string {
  let d = s;
  while (geenWerkdag(d) !== null) d = addDays(d, -1);
  return d;
}

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const DAGEN = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

/** "vrijdag 30 april 2027", without Intl so the server and every browser print the same. */
export function formatDatum(s: string, withWeekday = true): string {
  const d = parse(s);
  const text = `${d.getUTCDate()} ${MAANDEN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return withWeekday ? `${DAGEN[d.getUTCDay()]} ${text}` : text;
}

export const maandNaam = (month: number) => MAANDEN[month - 1] ?? "";
