/** The jaarkalender as an export document (Markdown, Word, print) and as iCalendar events. */
import { fields, paragraph, section, table, type Block, type ExportDocument } from "../export/document.ts";
import { formatDatum } from "./datum.ts";
import type { IcsEvent } from "./ics.ts";
import { inJaar, type Kalender, type Moment } from "./jaarkalender.ts";
import { TERMIJN_BRONNEN } from "./termijnen.ts";

/** The day, or the first and last day of a period, as the page and the export both show it. */
export const wanneer = (m: Moment) => (m.tot ? `${formatDatum(m.datum)} t/m ${formatDatum(m.tot)}` : formatDatum(m.datum));

/** What to do and why in one line: an agenda item has only a plain-text description to carry it. */
function momentTekst(m: Moment): string {
  const parts = [m.raadDoet];
  if (m.termijn) parts.push(`${m.termijn.regel} (${m.termijn.artikel})`);
  if (m.uitleg) parts.push(m.uitleg);
  return parts.join(" ");
}

export const momentTitel = (m: Moment) => (m.regeling ? `${m.regeling}: ${m.titel}` : m.titel);

export function kalenderBlocks(k: Kalender): Block[] {
  const shown = k.momenten.filter((m) => inJaar(m, k.jaar));
  return [
    ...section(1, `Momenten in ${k.jaar}`, [
      table(
        ["Wanneer", "Wat", "Wat doe je als raad", "Wet"],
        shown.map((m) => [wanneer(m), momentTitel(m), m.raadDoet + (m.uitleg ? ` ${m.uitleg}` : ""), m.termijn?.artikel ?? ""]),
      ),
    ]),
    ...(k.waarschuwingen.length ? section(1, "Let op", k.waarschuwingen.map((w) => paragraph(w))) : []),
    ...section(1, "Bronnen", [fields(TERMIJN_BRONNEN.map((b) => ({ label: b.title, value: `${b.url ?? ""} (geraadpleegd ${b.consulted})` })))]),
  ];
}

export function kalenderDocument(k: Kalender, werkboekNaam: string): ExportDocument {
  return {
    title: `${werkboekNaam} — jaarkalender ${k.jaar}`,
    subtitle: "Wettelijke termijnen van de planning-en-controlcyclus, stand 1 januari 2026. Weekend of feestdag: de dag ervoor.",
    blocks: kalenderBlocks(k),
  };
}

/** Agenda items: one per moment of the year, with a UID stable per werkboek, moment and year. */
export function kalenderEvents(k: Kalender, werkboekId: string): IcsEvent[] {
  return k.momenten
    .filter((m) => inJaar(m, k.jaar))
    .map((m) => {
      const e: IcsEvent = { uid: `${m.id}-${k.jaar}-${werkboekId}@raadskompas`, start: m.datum, summary: momentTitel(m), description: momentTekst(m) };
      if (m.tot) e.end = m.tot;
      return e;
    });
}
