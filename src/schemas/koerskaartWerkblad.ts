import "./zodConfig.ts";
import * as z from "zod/mini";
import { idSchema, list, text } from "./visie.ts";
import { KEBAB_ID } from "./koerskaartVelden.ts";

/** A key that a guide defines (keuze, kolom, evaluatievraag, koerskaart): kebab-case, so a file cannot smuggle odd keys in. */
const key = (max: number) => z.string().check(z.maxLength(max), z.regex(KEBAB_ID, "gebruik kleine letters, cijfers en streepjes"));

/** A record of at most `max` entries, empty by default. */
const record = <T extends z.ZodMiniType>(k: z.ZodMiniType<string, string>, value: T, max: number, what: string) =>
  z._default(z.record(k, value).check(z.refine((r) => Object.keys(r).length <= max, `hooguit ${max} ${what}`)), {});

/** What a raadslid writes for one keuze of the raad (the field names are KEUZE_VELDEN). */
export const keuzeAntwoordSchema = z.object({
  /** What the gemeente does now: the regeling, its reach and budget. */
  nu: text(2000),
  /** Which way to go: keep, change or add. */
  koers: text(2000),
  /** The waarde or figure the choice rests on. */
  waarom: text(2000),
  /** What it costs a year and where the money comes from. */
  kosten: text(1000),
  /** How to see whether it works: a figure, its baseline and the source. */
  volgen: text(1000),
});

/** One row of the keuzematrix: a doelgroep (or age) with what exists per column. */
export const keuzematrixRijSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Row label, e.g. "Inwoners in de bijstand" or a wijk. */
  label: z.string().check(z.maxLength(200)),
  /** What exists per column id; a missing or empty cell is a gap. */
  cellen: record(key(80), z.string().check(z.maxLength(2000, "maximaal 2000 tekens")), 10, "kolommen"),
});

/** The generic worksheet of one koerskaart (ADR 0036). */
export const koerskaartSheetSchema = z.object({
  /** Answers per keuze id of the guide. */
  keuzes: record(key(80), keuzeAntwoordSchema, 50, "keuzes"),
  /** The keuzematrix; empty means "use the guide's default rows". */
  matrix: list(keuzematrixRijSchema, 30),
  /** Answers to the evaluation questions, by question id. */
  evaluatie: record(key(80), z.string().check(z.maxLength(5000, "maximaal 5000 tekens")), 50, "evaluatievragen"),
});

/** Every generic koerskaart worksheet of a werkboek, by koerskaart id; a new card needs no new file version. */
export const koerskaartSheetsSchema = record(key(60), koerskaartSheetSchema, 20, "koerskaarten");

export type KeuzeAntwoord = z.infer<typeof keuzeAntwoordSchema>;
export type KeuzematrixRij = z.infer<typeof keuzematrixRijSchema>;
export type KoerskaartSheet = z.infer<typeof koerskaartSheetSchema>;
