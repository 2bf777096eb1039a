/**
 * Reading the files a griffier drops: bijdragen, whole werkboeken, a bijeenkomst file or an earlier
 * combined leeratelier. Every file is judged on its own, so one bad file never stops the rest; each
 * gets one Dutch line saying what happened.
 */
import * as z from "zod/mini";
import { nl } from "zod/locales";
import { BIJEENKOMST_FORMAT, bijeenkomstSchema, bijeenkomstV2Schema, type Bijeenkomst, type Onderdeel } from "../../schemas/bijeenkomst.ts";
import { BIJDRAGE_FORMAT, bijdrageSchema, type Bijdrage } from "../../schemas/bijdrage.ts";
import { ATELIER_FORMAT, atelierSchema, type Atelier } from "../../schemas/atelier.ts";
import { WERKBOEK_FORMAT, type Werkboek } from "../../schemas/werkboek.ts";
import { describePath, parseWerkboekFile, MAX_IMPORT_BYTES } from "../werkboek/io.ts";
import { newId } from "../ids.ts";
import { slugify } from "../slug.ts";
import { OUDE_VRAAGSOORT } from "./vraagsoort.ts";
import { bijeenkomstRef, revisieNoot, verschilMelding, verschillen } from "./verschil.ts";

z.config(nl());

export type FileOutcome =
  | { kind: "bijdrage"; bijdrage: Bijdrage; fromWerkboek: boolean }
  | { kind: "bijeenkomst"; bijeenkomst: Bijeenkomst }
  | { kind: "atelier"; atelier: Atelier }
  | { kind: "fout"; message: string };

function issues(e: z.core.$ZodError): string {
  const first = e.issues.slice(0, 3).map((i) => `${describePath(i.path)}: ${i.message}`);
  return first.join("; ") + (e.issues.length > 3 ? ` (en nog ${e.issues.length - 3} fouten)` : "");
}

/** Parses one JSON file of any of the leeratelier formats. */
export function parseLeerateliersFile(text: string): FileOutcome {
  if (text.length > MAX_IMPORT_BYTES) return { kind: "fout", message: "Het bestand is te groot (meer dan 10 MB)." };
  if (text.trim() === "") return { kind: "fout", message: "Het bestand is leeg." };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { kind: "fout", message: "Dit is geen geldig JSON-bestand. Het is misschien beschadigd of half gedownload." };
  }
  const format = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>)["format"] : undefined;
  const check = <T>(schema: z.ZodMiniType<T, unknown>, what: string): T | string => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : `Dit ${what} klopt niet: ${issues(r.error)}.`;
  };
  switch (format) {
    case BIJDRAGE_FORMAT: {
      const r = check(bijdrageSchema, "bijdrage-bestand");
      return typeof r === "string" ? { kind: "fout", message: r } : { kind: "bijdrage", bijdrage: r, fromWerkboek: false };
    }
    case BIJEENKOMST_FORMAT: {
      const r = check(bijeenkomstSchema, "bijeenkomst-bestand");
      return typeof r === "string" ? { kind: "fout", message: r } : { kind: "bijeenkomst", bijeenkomst: r };
    }
    case ATELIER_FORMAT: {
      const r = check(atelierSchema, "leeratelier-bestand");
      return typeof r === "string" ? { kind: "fout", message: r } : { kind: "atelier", atelier: r };
    }
    case WERKBOEK_FORMAT: {
      const r = parseWerkboekFile(text);
      if (!r.ok) return { kind: "fout", message: `Dit werkboek klopt niet: ${r.errors.slice(0, 3).join("; ")}.` };
      return { kind: "bijdrage", bijdrage: bijdrageFromWerkboek(r.werkboek), fromWerkboek: true };
    }
    default:
      return { kind: "fout", message: "Dit is geen bestand van Raadskompas: verwacht een bijdrage, een werkboek of een bijeenkomst." };
  }
}

type Parts = Pick<Bijdrage, "waarden" | "principes" | "resultaten" | "kwaliteitseisen" | "koppelingen" | "waardemodellen" | "preventie">;

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
});

/** A whole werkboek dropped by the griffier, read as a bijdrage (its name as the author, no fractie). */
export function bijdrageFromWerkboek(w: Werkboek, bijeenkomst: Pick<Bijeenkomst, "id" | "title"> = { id: "onbekend", title: "" }): Bijdrage {
  return {
    format: BIJDRAGE_FORMAT,
    version: 2,
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
    version: 2,
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
  return bijeenkomstV2Schema.parse({ ...input, format: BIJEENKOMST_FORMAT, version: 2, id: vorige?.id ?? newId("bk"), createdAt: vorige?.createdAt ?? at, revisie: (vorige?.revisie ?? 0) + 1, updatedAt: at });
}

export function newAtelier(b: Bijeenkomst, now = new Date()): Atelier {
  return { format: ATELIER_FORMAT, version: 1, id: b.id, bijeenkomst: b, bijdragen: [], updatedAt: now.toISOString() };
}

export interface FileReport {
  file: string;
  ok: boolean;
  message: string;
}

/** Gives a bijdrage a name no other bijdrage in the atelier has ("Mijn werkboek (2)"). */
function uniqueName(naam: string, taken: Set<string>): string {
  if (!taken.has(naam.toLocaleLowerCase("nl"))) return naam;
  for (let i = 2; ; i++) {
    const candidate = `${naam} (${i})`;
    if (!taken.has(candidate.toLocaleLowerCase("nl"))) return candidate;
  }
}

/**
 * Adds dropped files to a combined leeratelier. A bijeenkomst file (or a first bijdrage) starts one when
 * there is none yet. Duplicates and files of another bijeenkomst are refused with a message; the rest is
 * still read.
 */
export function addFiles(start: Atelier | null, files: readonly { name: string; text: string }[], now = new Date()): { atelier: Atelier | null; reports: FileReport[] } {
  let atelier = start;
  const reports: FileReport[] = [];
  // One growing list with its ids and names in sets: checking each new bijdrage against the whole list
  // (and copying the list per bijdrage) made a drop of thousands of files quadratic.
  const bijdragen: Bijdrage[] = start ? [...start.bijdragen] : [];
  const ids = new Set(bijdragen.map((x) => x.id));
  const taken = new Set(bijdragen.map((x) => x.naam.toLocaleLowerCase("nl")));
  let added = false;
  const add = (file: string, b: Bijdrage, fromWerkboek: boolean) => {
    if (!atelier) {
      atelier = newAtelier(
        { format: BIJEENKOMST_FORMAT, version: 2, id: b.bijeenkomst.id === "onbekend" ? newId("bk") : b.bijeenkomst.id, title: b.bijeenkomst.title || "Leeratelier", date: b.bijeenkomst.date ?? "", onderdelen: ["waarden", "principes", "resultaten"], startvraag: "", fracties: [], stellingen: [], vraagsoort: b.vraagsoort, revisie: b.bijeenkomst.revisie ?? 1, createdAt: b.bijeenkomst.createdAt ?? now.toISOString(), updatedAt: now.toISOString() },
        now,
      );
    }
    const a: Atelier = atelier;
    if (ids.has(b.id)) {
      reports.push({ file, ok: false, message: `Deze bijdrage (${b.naam}) staat er al in; niet nog een keer toegevoegd.` });
      return;
    }
    if (!fromWerkboek && b.bijeenkomst.id !== a.bijeenkomst.id) {
      reports.push({ file, ok: false, message: verschilMelding(b.bijeenkomst, a.bijeenkomst) });
      return;
    }
    const naam = uniqueName(b.naam, taken);
    const bijdrage = fromWerkboek
      ? { ...b, naam, bijeenkomst: { id: a.bijeenkomst.id, title: a.bijeenkomst.title }, ...narrowParts(b, a.bijeenkomst.onderdelen) }
      : { ...b, naam };
    bijdragen.push(bijdrage);
    ids.add(bijdrage.id);
    taken.add(naam.toLocaleLowerCase("nl"));
    added = true;
    reports.push({ file, ok: true, message: `Bijdrage van ${naam} toegevoegd${fromWerkboek ? " (uit een heel werkboek: alleen de gevraagde onderdelen)" : ""}.${fromWerkboek ? "" : revisieNoot(b.bijeenkomst, a.bijeenkomst)}` });
  };
  for (const f of files) {
    const outcome = parseLeerateliersFile(f.text);
    switch (outcome.kind) {
      case "fout":
        reports.push({ file: f.name, ok: false, message: outcome.message });
        break;
      case "bijeenkomst":
        if (atelier && atelier.bijeenkomst.id !== outcome.bijeenkomst.id) {
          const diff = verschillen(bijeenkomstRef(outcome.bijeenkomst), atelier.bijeenkomst);
          reports.push({ file: f.name, ok: false, message: `Dit is een andere bijeenkomst ("${outcome.bijeenkomst.title}"). Begin daarvoor een nieuw leeratelier.${diff.length ? ` Verschil: ${diff.join("; ")}.` : ""}` });
        } else if (atelier && outcome.bijeenkomst.revisie < atelier.bijeenkomst.revisie) {
          // An older copy of the file must not undo the griffier's later changes.
          reports.push({ file: f.name, ok: false, message: `Dit is versie ${outcome.bijeenkomst.revisie} van de bijeenkomst; hier staat al versie ${atelier.bijeenkomst.revisie}. De nieuwere blijft staan.` });
        } else {
          atelier = atelier ? { ...atelier, bijeenkomst: outcome.bijeenkomst, updatedAt: now.toISOString() } : newAtelier(outcome.bijeenkomst, now);
          reports.push({ file: f.name, ok: true, message: `Bijeenkomst "${outcome.bijeenkomst.title}" geopend.` });
        }
        break;
      case "atelier":
        if (atelier && atelier.id !== outcome.atelier.id) {
          reports.push({ file: f.name, ok: false, message: `Dit leeratelier hoort bij een andere bijeenkomst ("${outcome.atelier.bijeenkomst.title}").` });
        } else {
          if (!atelier) atelier = { ...outcome.atelier, bijdragen: [] };
          const before = reports.length;
          for (const b of outcome.atelier.bijdragen) add(f.name, b, false);
          const added = reports.slice(before).filter((r) => r.ok).length;
          reports.splice(before, reports.length - before, { file: f.name, ok: true, message: `Leeratelier geopend: ${added} van ${outcome.atelier.bijdragen.length} bijdragen toegevoegd.` });
        }
        break;
      case "bijdrage":
        add(f.name, outcome.bijdrage, outcome.fromWerkboek);
        break;
    }
  }
  const result: Atelier | null = atelier;
  if (result && added) return { atelier: { ...result, bijdragen, updatedAt: now.toISOString() }, reports };
  return { atelier: result, reports };
}
