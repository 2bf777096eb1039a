/**
 * Reading the files a griffier drops: bijdragen, whole werkboeken, a bijeenkomst file or an earlier
 * combined leeratelier. Every file is judged on its own, so one bad file never stops the rest; each
 * gets one Dutch line saying what happened.
 */
import * as z from "zod/mini";
import { nl } from "zod/locales";
import { BIJEENKOMST_FORMAT, bijeenkomstSchema, bijeenkomstV2Schema, type Bijeenkomst, type Onderdeel } from "../../schemas/bijeenkomst.ts";
import { BIJDRAGE_FORMAT, bijdrageSchema, type Bijdrage } from "../../schemas/bijdrage.ts";
import { ATELIER_FORMAT, MAX_BIJDRAGEN, atelierSchema, type Atelier } from "../../schemas/atelier.ts";
import { WERKBOEK_FORMAT, type Werkboek } from "../../schemas/werkboek.ts";
import { MAX_IMPORT_BYTES } from "../werkboek/io.ts";
import { oversizedPart, parseWerkboekBytes } from "../werkboek/importFile.ts";
import { describePath, issueMessage } from "../werkboek/paths.ts";
import { mb } from "../werkboek/size.ts";
import { formatGetal } from "../getal.ts";
import { newId } from "../ids.ts";
import { slugify } from "../slug.ts";
import { KOERSKAART_WERKBLADEN } from "../../vocabulary/koerskaartWerkbladen.ts";
import { BIJDRAGE_VERSION, BIJEENKOMST_VERSION } from "../../vocabulary/atelierFormats.ts";
import { OUDE_VRAAGSOORT } from "./vraagsoort.ts";
import { bijeenkomstRef, revisieNoot, verschilMelding, verschillen } from "./verschil.ts";

z.config(nl());

export type FileOutcome =
  | { kind: "bijdrage"; bijdrage: Bijdrage; fromWerkboek: boolean }
  | { kind: "bijeenkomst"; bijeenkomst: Bijeenkomst }
  | { kind: "atelier"; atelier: Atelier }
  | { kind: "fout"; message: string };

/** Every message names the file: "Het bestand "anna.json" …". A file name is the user's, shortened. */
export function fileSubject(file?: string): string {
  if (file === undefined || file === "") return "Het bestand";
  return `Het bestand "${file.length > 120 ? `${file.slice(0, 120)}…` : file}"`;
}

/** Per kind of file: how to say it could not be read, and what the griffier can do about it. */
const KINDS = {
  bijdrage: { lead: "is een bijdrage die Raadskompas niet kan lezen.", fix: "Vraag het raadslid de bijdrage opnieuw te maken op de pagina Bijdrage maken en hem nog eens te sturen." },
  bijeenkomst: { lead: "is een bijeenkomst die Raadskompas niet kan lezen.", fix: "Vraag de griffier het bijeenkomstbestand opnieuw te sturen, of kies het bestand dat je bij het voorbereiden hebt gedownload." },
  atelier: { lead: "is een leeratelier dat Raadskompas niet kan lezen.", fix: "Kies een leeratelier dat je eerder uit Raadskompas hebt geëxporteerd." },
  werkboek: { lead: "is een werkboek dat Raadskompas niet kan lezen.", fix: "Vraag het raadslid het werkboek opnieuw te exporteren op de pagina Mijn werkboek." },
} as const;
type Kind = keyof typeof KINDS;

/** The newest file version of each kind this app reads; werkboeken have their own migration (importFile.ts). */
const NEWEST: Record<Exclude<Kind, "werkboek">, number> = { bijdrage: BIJDRAGE_VERSION, bijeenkomst: BIJEENKOMST_VERSION, atelier: 1 };

/** "Er is nog 1 andere fout." / "Er zijn nog 3 andere fouten." */
const more = (n: number) => (n <= 0 ? "" : n === 1 ? " Er is nog 1 andere fout in het bestand." : ` Er zijn nog ${formatGetal(n)} andere fouten in het bestand.`);

/** The first validation problem as the werkboek import says it (paths.ts), with this kind's advice. */
function schemaMessage(subject: string, kind: Kind, e: z.core.$ZodError): string {
  const { lead, fix } = KINDS[kind];
  const first = e.issues[0];
  return `${subject} ${lead} ${first ? issueMessage(first, fix) : fix}${more(e.issues.length - 1)}`;
}

const FOREIGN = (subject: string) =>
  `${subject} is geen bestand van Raadskompas voor het leeratelier. Kies een bijdrage (.raadskompas-bijdrage.json), een werkboek (.raadskompas.json), een bijeenkomst (.raadskompas-bijeenkomst.json) of een eerder leeratelier (.raadskompas-leeratelier.json).`;

/**
 * Parses one JSON file of any of the leeratelier formats. `file` is its name, for the message. Never
 * throws: whatever the file holds, the result is a value or one Dutch message.
 */
export function parseLeerateliersFile(text: string, file?: string): FileOutcome {
  const subject = fileSubject(file);
  const fout = (message: string): FileOutcome => ({ kind: "fout", message });
  if (text.length > MAX_IMPORT_BYTES) return fout(`${subject} is te groot (${mb(text.length)}). Een bestand voor het leeratelier is hooguit ${mb(MAX_IMPORT_BYTES)}. Kies het bestand dat Raadskompas heeft gemaakt.`);
  if (text.trim() === "") return fout(`${subject} is leeg. Kies het opnieuw, of vraag om een nieuw exemplaar.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return fout(`${subject} is geen geldig JSON-bestand. Het is misschien beschadigd of maar half gedownload. Vraag om een nieuw exemplaar.`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fout(FOREIGN(subject));
  const obj = raw as Record<string, unknown>;
  const format = Object.hasOwn(obj, "format") ? obj["format"] : undefined;
  const kind: Kind | null =
    format === BIJDRAGE_FORMAT ? "bijdrage" : format === BIJEENKOMST_FORMAT ? "bijeenkomst" : format === ATELIER_FORMAT ? "atelier" : format === WERKBOEK_FORMAT ? "werkboek" : null;
  if (!kind) return fout(FOREIGN(subject));
  if (kind === "werkboek") {
    // The werkboek import itself: encoding, structure bombs, migration, duplicate ids, its messages.
    const r = parseWerkboekBytes(new TextEncoder().encode(text));
    if (!r.ok) return fout(`${subject} ${KINDS.werkboek.lead} ${r.errors[0] ?? KINDS.werkboek.fix}${more(r.errors.length - 1)}`);
    return { kind: "bijdrage", bijdrage: bijdrageFromWerkboek(r.werkboek), fromWerkboek: true };
  }
  const version = Object.hasOwn(obj, "version") ? obj["version"] : undefined;
  // Each kind has its own newest version; what this app knows it reads, including the older ones.
  const newest = NEWEST[kind];
  if (typeof version === "number" && Number.isInteger(version) && version > newest) {
    return fout(`${subject} komt uit een nieuwere versie van Raadskompas (bestandsversie ${version}). Deze versie leest ${newest === 1 ? "versie 1" : `versie 1 tot en met ${newest}`}. Werk Raadskompas bij en probeer het opnieuw.`);
  }
  const big = oversizedPart(text, kind === "atelier" ? MAX_BIJDRAGEN : undefined);
  if (big) return fout(`${subject} ${KINDS[kind].lead} Het onderdeel "${describePath(big.path)}" heeft ${formatGetal(big.size)} delen; zoveel heeft een bestand van Raadskompas nergens, dus het is waarschijnlijk beschadigd. ${KINDS[kind].fix}`);
  switch (kind) {
    case "bijdrage": {
      const r = bijdrageSchema.safeParse(raw, { reportInput: true });
      return r.success ? { kind: "bijdrage", bijdrage: r.data, fromWerkboek: false } : fout(schemaMessage(subject, kind, r.error));
    }
    case "bijeenkomst": {
      const r = bijeenkomstSchema.safeParse(raw, { reportInput: true });
      return r.success ? { kind: "bijeenkomst", bijeenkomst: r.data } : fout(schemaMessage(subject, kind, r.error));
    }
    case "atelier": {
      const r = atelierSchema.safeParse(raw, { reportInput: true });
      return r.success ? { kind: "atelier", atelier: r.data } : fout(schemaMessage(subject, kind, r.error));
    }
  }
}

type Parts = Pick<Bijdrage, "waarden" | "principes" | "resultaten" | "kwaliteitseisen" | "koppelingen" | "waardemodellen" | "preventie" | "koerskaarten">;

/** Only the parts a bijeenkomst asks for; the rest is emptied so it never leaves the device. */
export function narrowParts(p: Parts, onderdelen: readonly Onderdeel[]): Parts {
  const has = (o: Onderdeel) => onderdelen.includes(o);
  return {
    waarden: has("waarden") ? p.waarden : [],
    principes: has("principes") ? p.principes : [],
    resultaten: has("resultaten") ? p.resultaten : [],
    kwaliteitseisen: has("kwaliteitseisen") ? p.kwaliteitseisen : [],
    koppelingen: has("koppeltabel") ? p.koppelingen : [],
    waardemodellen: has("waardemodel") ? p.waardemodellen : [],
    preventie: has("preventie") ? p.preventie : null,
    koerskaarten: Object.fromEntries(Object.entries(p.koerskaarten).filter(([id]) => (KOERSKAART_WERKBLADEN as readonly string[]).includes(id) && has(id as Onderdeel))),
  };
}

/** Everything a bijdrage can hold, taken from a werkboek. */
const partsOf = (w: Werkboek): Parts => ({
  waarden: w.visie.waarden,
  principes: w.visie.principes,
  resultaten: w.visie.resultaten,
  kwaliteitseisen: w.visie.kwaliteitseisen,
  koppelingen: w.visie.koppelingen,
  waardemodellen: w.waardemodellen,
  preventie: w.preventie.keuzes,
  koerskaarten: w.koerskaarten,
});

/** A whole werkboek dropped by the griffier, read as a bijdrage (its name as the author, no fractie). */
export function bijdrageFromWerkboek(w: Werkboek, bijeenkomst: Pick<Bijeenkomst, "id" | "title"> = { id: "onbekend", title: "" }): Bijdrage {
  return {
    format: BIJDRAGE_FORMAT,
    version: BIJDRAGE_VERSION,
    id: `wb-${w.id}`.slice(0, 64),
    bijeenkomst: { id: bijeenkomst.id, title: bijeenkomst.title },
    naam: w.name.trim().slice(0, 80) || "Werkboek",
    fractie: "",
    createdAt: w.updatedAt,
    ...partsOf(w),
    scores: [],
    // A werkboek has no scores; the soort only says how any would have been read.
    vraagsoort: OUDE_VRAAGSOORT,
  };
}

/** What a raadslid hands in: only the parts the bijeenkomst asks for, under the name they chose. */
export function makeBijdrage(w: Werkboek, b: Bijeenkomst, who: { naam: string; fractie: string; scores: { stelling: string; score: number }[] }, now = new Date()): Bijdrage {
  return bijdrageSchema.parse({
    format: BIJDRAGE_FORMAT,
    version: BIJDRAGE_VERSION,
    id: newId("bd"),
    bijeenkomst: bijeenkomstRef(b),
    vraagsoort: b.vraagsoort,
    naam: who.naam,
    fractie: who.fractie,
    createdAt: now.toISOString(),
    ...narrowParts(partsOf(w), b.onderdelen),
    scores: who.scores.filter((s) => b.stellingen.includes(s.stelling)),
  });
}

export const bijdrageFileName = (b: Bijdrage) => `${slugify(b.naam, 40) || "bijdrage"}-${slugify(b.bijeenkomst.title, 50) || "bijeenkomst"}.raadskompas-bijdrage.json`;
export const bijeenkomstFileName = (b: Bijeenkomst) => `${slugify(b.title, 60) || "bijeenkomst"}.raadskompas-bijeenkomst.json`;
export const atelierFileName = (a: Atelier) => `${slugify(a.bijeenkomst.title, 60) || "leeratelier"}.raadskompas-leeratelier.json`;

/**
 * A bijeenkomst from the griffier's form; throws a ZodError with Dutch messages when incomplete. With
 * `vorige` (an opened bijeenkomst) it is the next revisie of that one: same id and creation date, so the
 * bijdragen made for it still belong to it.
 */
export function makeBijeenkomst(input: Omit<Bijeenkomst, "format" | "version" | "id" | "createdAt" | "revisie" | "updatedAt">, now = new Date(), vorige?: Bijeenkomst): Bijeenkomst {
  const at = now.toISOString();
  return bijeenkomstV2Schema.parse({ ...input, format: BIJEENKOMST_FORMAT, version: BIJEENKOMST_VERSION, id: vorige?.id ?? newId("bk"), createdAt: vorige?.createdAt ?? at, revisie: (vorige?.revisie ?? 0) + 1, updatedAt: at });
}

export function newAtelier(b: Bijeenkomst, now = new Date()): Atelier {
  return { format: ATELIER_FORMAT, version: 1, id: b.id, bijeenkomst: b, bijdragen: [], updatedAt: now.toISOString() };
}

export interface FileReport {
  file: string;
  ok: boolean;
  message: string;
}

const MAX_NAAM = 80;

/**
 * Gives a bijdrage a name no other bijdrage in the atelier has ("Mijn werkboek (2)"), within the
 * schema's 80 characters: a long name is shortened before the number, or the atelier could not be stored.
 */
function uniqueName(naam: string, taken: Set<string>): string {
  if (!taken.has(naam.toLocaleLowerCase("nl"))) return naam;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${naam.slice(0, MAX_NAAM - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase("nl"))) return candidate;
  }
}

/** A file the browser could not read at all (moved, no permission). */
export const unreadableReport = (file: string): FileReport => ({
  file,
  ok: false,
  message: `${fileSubject(file)} kon niet worden gelezen. Kies het opnieuw, of kopieer het eerst naar je eigen computer.`,
});

/**
 * Adds dropped files to a combined leeratelier. A bijeenkomst file (or a first bijdrage) starts one when
 * there is none yet. Duplicates and files of another bijeenkomst are refused with a message; the rest is
 * still read. `changed` says whether there is anything new to store: a drop of refused files only
 * leaves the atelier as it was, the very same object.
 */
export function addFiles(start: Atelier | null, files: readonly { name: string; text: string }[], now = new Date()): { atelier: Atelier | null; reports: FileReport[]; changed: boolean } {
  let atelier = start;
  const reports: FileReport[] = [];
  // One growing list with its ids and names in sets: checking each new bijdrage against the whole list
  // (and copying the list per bijdrage) made a drop of thousands of files quadratic.
  const bijdragen: Bijdrage[] = start ? [...start.bijdragen] : [];
  const ids = new Set(bijdragen.map((x) => x.id));
  const taken = new Set(bijdragen.map((x) => x.naam.toLocaleLowerCase("nl")));
  let added = false;
  /** Adds one bijdrage; returns the line for the report, a refusal or what went in. */
  const add = (file: string, b: Bijdrage, fromWerkboek: boolean): FileReport => {
    const subject = fileSubject(file);
    const a: Atelier =
      atelier ??
      newAtelier(
        { format: BIJEENKOMST_FORMAT, version: BIJEENKOMST_VERSION, id: b.bijeenkomst.id === "onbekend" ? newId("bk") : b.bijeenkomst.id, title: b.bijeenkomst.title || "Leeratelier", date: b.bijeenkomst.date ?? "", onderdelen: ["waarden", "principes", "resultaten"], startvraag: "", fracties: [], stellingen: [], vraagsoort: b.vraagsoort, revisie: b.bijeenkomst.revisie ?? 1, createdAt: b.bijeenkomst.createdAt ?? now.toISOString(), updatedAt: now.toISOString() },
        now,
      );
    if (ids.has(b.id)) {
      return { file, ok: false, message: `${subject}: de bijdrage van ${b.naam} staat er al in. Hij is niet nog een keer toegevoegd; je hoeft niets te doen.` };
    }
    if (!fromWerkboek && b.bijeenkomst.id !== a.bijeenkomst.id) {
      return { file, ok: false, message: verschilMelding(b.bijeenkomst, a.bijeenkomst, subject) };
    }
    if (bijdragen.length >= MAX_BIJDRAGEN) {
      return { file, ok: false, message: `${subject} is niet toegevoegd: dit leeratelier heeft al ${formatGetal(MAX_BIJDRAGEN)} bijdragen, het maximum. Begin een tweede leeratelier voor de rest.` };
    }
    // Only now, with a bijdrage that goes in, does a new atelier exist.
    atelier = a;
    const naam = uniqueName(b.naam, taken);
    const bijdrage = fromWerkboek
      ? { ...b, naam, bijeenkomst: { id: a.bijeenkomst.id, title: a.bijeenkomst.title }, ...narrowParts(b, a.bijeenkomst.onderdelen) }
      : { ...b, naam };
    bijdragen.push(bijdrage);
    ids.add(bijdrage.id);
    taken.add(naam.toLocaleLowerCase("nl"));
    added = true;
    return { file, ok: true, message: `${subject}: bijdrage van ${naam} toegevoegd${fromWerkboek ? " (uit een heel werkboek: alleen de gevraagde onderdelen)" : ""}.${fromWerkboek ? "" : revisieNoot(b.bijeenkomst, a.bijeenkomst)}` };
  };
  for (const f of files) {
    const subject = fileSubject(f.name);
    const outcome = parseLeerateliersFile(f.text, f.name);
    switch (outcome.kind) {
      case "fout":
        reports.push({ file: f.name, ok: false, message: outcome.message });
        break;
      case "bijeenkomst":
        if (atelier && atelier.bijeenkomst.id !== outcome.bijeenkomst.id) {
          const diff = verschillen(bijeenkomstRef(outcome.bijeenkomst), atelier.bijeenkomst);
          reports.push({ file: f.name, ok: false, message: `${subject} is een andere bijeenkomst ("${outcome.bijeenkomst.title}") en is niet geopend. Begin daarvoor een nieuw leeratelier.${diff.length ? ` Verschil: ${diff.join("; ")}.` : ""}` });
        } else if (atelier && outcome.bijeenkomst.revisie < atelier.bijeenkomst.revisie) {
          // An older copy of the file must not undo the griffier's later changes.
          reports.push({ file: f.name, ok: false, message: `${subject} is versie ${outcome.bijeenkomst.revisie} van de bijeenkomst; hier staat al versie ${atelier.bijeenkomst.revisie}. De nieuwere blijft staan.` });
        } else {
          atelier = atelier ? { ...atelier, bijeenkomst: outcome.bijeenkomst, updatedAt: now.toISOString() } : newAtelier(outcome.bijeenkomst, now);
          reports.push({ file: f.name, ok: true, message: `${subject}: bijeenkomst "${outcome.bijeenkomst.title}" geopend.` });
        }
        break;
      case "atelier": {
        if (atelier && atelier.id !== outcome.atelier.id) {
          reports.push({ file: f.name, ok: false, message: `${subject} is een leeratelier van een andere bijeenkomst ("${outcome.atelier.bijeenkomst.title}") en is niet geopend. Begin daarvoor een nieuw leeratelier.` });
          break;
        }
        if (!atelier) atelier = { ...outcome.atelier, bijdragen: [] };
        const results = outcome.atelier.bijdragen.map((b) => add(f.name, b, false));
        const n = results.filter((r) => r.ok).length;
        const total = outcome.atelier.bijdragen.length;
        const rest = total - n > 0 ? ` De andere ${formatGetal(total - n)} stonden er al in, hoorden bij een andere bijeenkomst of pasten er niet meer bij.` : "";
        reports.push({ file: f.name, ok: true, message: `${subject}: leeratelier geopend, ${formatGetal(n)} van ${formatGetal(total)} bijdragen toegevoegd.${rest}` });
        break;
      }
      case "bijdrage":
        reports.push(add(f.name, outcome.bijdrage, outcome.fromWerkboek));
        break;
    }
  }
  const result: Atelier | null = atelier;
  if (result && added) return { atelier: { ...result, bijdragen, updatedAt: now.toISOString() }, reports, changed: true };
  return { atelier: result, reports, changed: result !== start };
}
