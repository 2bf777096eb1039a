import type { WaardemodelSheet } from "../../schemas/waardemodel.ts";
import type { Kernwaarde, WaardemodelGids } from "../../schemas/waardemodelGids.ts";
import { cleanText, fields, heading, isBlank, list, paragraph, section, table, write, type Block, type ExportDocument } from "../export/document.ts";

/** A law a sheet can refer to: a staalkaart id and the short name it is shown with. */
export interface WetNaam {
  id: string;
  shortName: string;
}

/** Short names of the six staalkaarten, used when the page does not pass the collection's own names. */
export const WET_NAMEN: Readonly<Record<string, string>> = {
  wmo: "Wmo 2015",
  participatiewet: "Participatiewet",
  jeugdwet: "Jeugdwet",
  wgs: "Wgs",
  wlz: "Wlz",
  zvw: "Zvw",
};

const trimmed = (s: string) => cleanText(s).trim().replace(/\s+/g, " ");

/** An empty sheet with the given id. */
export function emptySheet(id: string): WaardemodelSheet {
  return {
    id,
    question: "",
    fromVoorbeeld: false,
    kader: { wetten: [], bevoegdheden: "", jurisprudentie: "" },
    answers: {},
    dilemmas: [],
    compromis: "",
    waarom: "",
    keuzes: { wat: "", voorWie: "", doorWie: "", verdeelprocedure: "", hardheidsclausule: "" },
  };
}

/**
 * The guide's worked example as a new sheet. Dilemmas get ids from `makeId`, so the function stays
 * pure and testable; the sheet is marked `fromVoorbeeld` so the page can label it.
 */
export function voorbeeldSheet(id: string, gids: WaardemodelGids, makeId: (n: number) => string): WaardemodelSheet {
  const v = gids.voorbeeld;
  return {
    id,
    question: v.question,
    fromVoorbeeld: true,
    kader: { wetten: [...v.kader.wetten], bevoegdheden: v.kader.bevoegdheden, jurisprudentie: v.kader.jurisprudentie },
    answers: { ...v.answers },
    dilemmas: v.dilemmas.map((d, i) => ({ id: makeId(i), a: d.a, b: d.b, afweging: d.afweging })),
    compromis: v.compromis,
    waarom: v.waarom,
    keuzes: { wat: v.keuzes.wat, voorWie: v.keuzes.voorWie, doorWie: v.keuzes.doorWie, verdeelprocedure: v.keuzes.verdeelprocedure, hardheidsclausule: "" },
  };
}

/** The name a sheet goes by in lists and exports: the voorbeeld's title, else the question. */
export function sheetTitle(sheet: WaardemodelSheet, gids: WaardemodelGids, fallback = "Vraag zonder titel"): string {
  if (sheet.fromVoorbeeld) return gids.voorbeeld.title;
  return trimmed(sheet.question) || fallback;
}

/** True when a deelvraag has an answer worth showing. */
export const isAnswered = (sheet: WaardemodelSheet, deelvraagId: string): boolean => !isBlank(sheet.answers[deelvraagId] ?? "");

/** How many deelvragen of one kernwaarde are answered, out of how many. */
export function kernwaardeVoortgang(sheet: WaardemodelSheet, k: Kernwaarde): { beantwoord: number; totaal: number } {
  const all = [...k.vraag, ...k.aanbod];
  return { beantwoord: all.filter((d) => isAnswered(sheet, d.id)).length, totaal: all.length };
}

/** "3 van 9 deelvragen beantwoord". */
export function voortgangTekst(v: { beantwoord: number; totaal: number }): string {
  return `${v.beantwoord} van ${v.totaal} deelvragen beantwoord`;
}

/** How far each step of a sheet is filled in: 0..1 per step, for the step navigation. */
export function sheetProgress(sheet: WaardemodelSheet, gids: WaardemodelGids): Record<"kader" | "kernwaarden" | "dilemmas" | "keuzes", number> {
  const filled = (s: string) => !isBlank(s);
  const share = (flags: boolean[]) => (flags.length === 0 ? 0 : flags.filter(Boolean).length / flags.length);
  const ids = gids.kernwaarden.flatMap((k) => [...k.vraag, ...k.aanbod].map((d) => d.id));
  const k = sheet.keuzes;
  return {
    kader: share([sheet.kader.wetten.length > 0, filled(sheet.kader.bevoegdheden), filled(sheet.kader.jurisprudentie)]),
    kernwaarden: share(ids.map((id) => isAnswered(sheet, id))),
    dilemmas: share([sheet.dilemmas.some((d) => filled(d.afweging)), filled(sheet.compromis), filled(sheet.waarom)]),
    keuzes: share([filled(k.wat), filled(k.voorWie), filled(k.doorWie), k.verdeelprocedure !== ""]),
  };
}

/** "Gelijkheid en redelijkheid tegenover Vrijheid", or "Binnen Vrijheid" when both sides are the same value. */
export function dilemmaNaam(a: string, b: string, gids: WaardemodelGids): string {
  const name = (id: string) => gids.kernwaarden.find((k) => k.id === id)?.name ?? id;
  return a === b ? `Binnen ${name(a)}` : `${name(a)} tegenover ${name(b)}`;
}

/** Only the label/value pairs that have something to say. */
const filledFields = (items: { label: string; value: string }[]) => fields(items.filter((f) => !isBlank(f.value)));

function kaderBlocks(sheet: WaardemodelSheet, wetten: readonly WetNaam[] | undefined): Block[] {
  const naam = (id: string) => wetten?.find((w) => w.id === id)?.shortName ?? WET_NAMEN[id] ?? id;
  return [
    filledFields([
      { label: "Wetten", value: sheet.kader.wetten.map(naam).join(", ") },
      { label: "Bevoegdheden van de raad", value: sheet.kader.bevoegdheden },
      { label: "Grenzen uit de rechtspraak", value: sheet.kader.jurisprudentie },
    ]),
  ];
}

function kernwaardeBlocks(sheet: WaardemodelSheet, k: Kernwaarde): Block[] {
  const { beantwoord, totaal } = kernwaardeVoortgang(sheet, k);
  const blocks: Block[] = [heading(2, k.name), paragraph(`Hoofdvraag: ${k.question}`, true)];
  // On paper an unanswered kernwaarde lists its deelvragen with room to write.
  if (beantwoord === 0) return [...blocks, paragraph(`Nog geen van de ${totaal} deelvragen beantwoord.`, true), write([...k.vraag, ...k.aanbod].map((d) => ({ label: d.question, lines: 2 })))];
  for (const [kant, titel] of [
    ["vraag", "Inwoners (de vraag)"],
    ["aanbod", "Aanbieders (het aanbod)"],
  ] as const) {
    const answered = k[kant].filter((d) => isAnswered(sheet, d.id));
    if (answered.length === 0) continue;
    blocks.push(heading(3, titel), fields(answered.map((d) => ({ label: d.question, value: sheet.answers[d.id] ?? "" }))));
  }
  // Open questions are counted, not listed: the export is a report of what was decided, not an empty form.
  if (beantwoord < totaal) blocks.push(paragraph(`${voortgangTekst({ beantwoord, totaal })}; ${totaal - beantwoord} nog open.`, true));
  return blocks;
}

/** Answers whose deelvraag is no longer in the guide: kept in the export so nothing written disappears. */
function losseAntwoorden(sheet: WaardemodelSheet, gids: WaardemodelGids): Block[] {
  const known = new Set(gids.kernwaarden.flatMap((k) => [...k.vraag, ...k.aanbod].map((d) => d.id)));
  const rest = Object.entries(sheet.answers).filter(([id, text]) => !known.has(id) && !isBlank(text));
  if (rest.length === 0) return [];
  return [heading(2, "Overige antwoorden"), fields(rest.map(([id, value]) => ({ label: id, value })))];
}

function dilemmaBlocks(sheet: WaardemodelSheet, gids: WaardemodelGids): Block[] {
  const rows = sheet.dilemmas.filter((d) => !isBlank(d.afweging)).map((d) => [dilemmaNaam(d.a, d.b, gids), d.afweging]);
  return [
    ...(rows.length === 0 ? [] : [table(["Dilemma", "Afweging"], rows)]),
    filledFields([
      { label: "Politiek compromis", value: sheet.compromis },
      { label: "Waarom dit compromis", value: sheet.waarom },
    ]),
  ];
}

function keuzeBlocks(sheet: WaardemodelSheet, gids: WaardemodelGids): Block[] {
  const k = sheet.keuzes;
  const procedure = gids.verdeelprocedures.find((p) => p.id === k.verdeelprocedure);
  return [
    filledFields([
      { label: "Wat", value: k.wat },
      { label: "Voor wie en hoe", value: k.voorWie },
      { label: "Door wie en hoe", value: k.doorWie },
      { label: "Verdeelprocedure", value: procedure?.name ?? "" },
      { label: "Hardheidsclausule", value: k.hardheidsclausule },
    ]),
    ...(procedure ? [paragraph(`Kenmerken van de verdeelprocedure ${procedure.name}:`, true), list(procedure.kenmerken)] : []),
  ];
}

/**
 * One waardemodel sheet as a report for Markdown, Word and print: the question, the frame, the
 * answered deelvragen with their question text, the dilemmas, the compromise and the choices.
 * Unanswered deelvragen are counted per kernwaarde instead of listed.
 */
export function waardemodelDocument(sheet: WaardemodelSheet, gids: WaardemodelGids, wetten?: readonly WetNaam[]): ExportDocument {
  const vraag = trimmed(sheet.question);
  return {
    title: `Democratisch waardemodel — ${sheetTitle(sheet, gids)}`,
    subtitle: sheet.fromVoorbeeld ? "Werkblad uit Raadskompas, begonnen vanuit het voorbeeld." : "Werkblad uit Raadskompas.",
    blocks: [
      ...section(1, "Politieke vraag", [paragraph(vraag)], [write(["Welke politieke vraag leg je voor?"])]),
      ...section(1, "Stap 1 · Kader", kaderBlocks(sheet, wetten), [write(["Wetten", "Bevoegdheden van de raad", "Grenzen uit de rechtspraak"])]),
      heading(1, "Stap 2 · Kernwaarden"),
      ...gids.kernwaarden.flatMap((k) => kernwaardeBlocks(sheet, k)),
      ...losseAntwoorden(sheet, gids),
      ...section(1, "Stap 3 · Dilemma's en compromis", dilemmaBlocks(sheet, gids), [write(["Welke waarden botsen, en hoe weeg je ze af?", "Politiek compromis", "Waarom dit compromis"])]),
      ...section(1, "Stap 4 · Keuzes", keuzeBlocks(sheet, gids), [write(["Wat", "Voor wie en hoe", "Door wie en hoe", "Verdeelprocedure", "Hardheidsclausule"])]),
    ],
  };
}
