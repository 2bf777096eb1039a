/**
 * iCalendar (RFC 5545) output for the jaarkalender: all-day events, so an agenda shows each
 * deadline on its day in any time zone. Lines end in CRLF and are folded at 75 octets (never inside
 * a UTF-8 character); text values are escaped (backslash, semicolon, comma, newline).
 */
import { addDays } from "./datum.ts";

export interface IcsEvent {
  /** Unique and stable: the same deadline exported twice updates instead of duplicating. */
  uid: string;
  /** First day, "YYYY-MM-DD". */
  start: string;
  /** Last day (inclusive); defaults to `start`. */
  end?: string;
  summary: string;
  description?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines 74 plus the leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compact = (d: string) => d.replace(/-/g, "");

/** "20261129T141500Z" for DTSTAMP. */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** A whole calendar as text with CRLF line ends. */
export function toIcs(events: IcsEvent[], { name, now = new Date() }: { name: string; now?: Date }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Raadskompas//Jaarkalender//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`];
  const stamp = utcStamp(now);
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.start)}`,
      // DTEND of an all-day event is the day AFTER the last day (exclusive).
      `DTEND;VALUE=DATE:${compact(addDays(e.end ?? e.start, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
