import "./zodConfig.ts";
// zod/mini: the leeratelier pages validate these files in the browser (ADR 0015).
import * as z from "zod/mini";
import { kwaliteitseisSchema, koppelingSchema, principeSchema, resultaatSchema, waardeSchema } from "./visie.ts";
import { waardemodelSheetSchema } from "./waardemodel.ts";
import { preventieKeuzeSchema } from "./preventie.ts";
import { koerskaartSheetsSchema } from "./koerskaartWerkblad.ts";
import { OUDE_VRAAGSOORT, VRAAGSOORTEN } from "../vocabulary/vraagsoort.ts";

import { BIJDRAGE_FORMAT } from "../vocabulary/atelierFormats.ts";
import { MAX_SHEETS } from "../vocabulary/limits.ts";

export { BIJDRAGE_FORMAT };

/** A 1–5 answer to one of the bijeenkomst's stellingen. */
export const scoreSchema = z.object({
  /** The stelling as the bijeenkomst wrote it. */
  stelling: z.string().check(z.minLength(1), z.maxLength(200)),
  /** 1 to 5; what the numbers mean is in the bijdrage's `vraagsoort` (version 1: 1 = niet belangrijk … 5 = heel belangrijk). */
  score: z.int().check(z.minimum(1), z.maximum(5)),
});

/** Version 1 of the bijdrage file (`.raadskompas-bijdrage.json`): only the parts the bijeenkomst asked for. */
export const bijdrageV1Schema = z.object({
  /** Always "raadskompas-bijdrage". */
  format: z.literal(BIJDRAGE_FORMAT),
  /** File format version. */
  version: z.literal(1),
  /** Stable id of this bijdrage; the same file dropped twice is recognised by it. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The bijeenkomst it answers. */
  bijeenkomst: z.object({
    /** Id of the bijeenkomst file. */
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    /** Its title, so a person can tell files apart. */
    title: z.string().check(z.maxLength(200)),
  }),
  /** Name or pseudonym, chosen by the raadslid. */
  naam: z.string().check(z.trim(), z.minLength(1, "geef een naam of schuilnaam"), z.maxLength(80)),
  /** Fractie, or "" when the raadslid leaves it out. */
  fractie: z._default(z.string().check(z.trim(), z.maxLength(80)), ""),
  /** When the bijdrage was made (ISO 8601). */
  createdAt: z.iso.datetime({ offset: true }),
  /** Stap 1, when asked. */
  waarden: z._default(z.array(waardeSchema).check(z.maxLength(100)), []),
  /** Stap 2, when asked. */
  principes: z._default(z.array(principeSchema).check(z.maxLength(50)), []),
  /** Stap 3, when asked. */
  resultaten: z._default(z.array(resultaatSchema).check(z.maxLength(50)), []),
  /** Stap 4, when asked. */
  kwaliteitseisen: z._default(z.array(kwaliteitseisSchema).check(z.maxLength(100)), []),
  /** The koppeltabel, when asked. */
  koppelingen: z._default(z.array(koppelingSchema).check(z.maxLength(100)), []),
  /** Waardemodel sheets, when asked. */
  waardemodellen: z._default(z.array(waardemodelSheetSchema).check(z.maxLength(MAX_SHEETS)), []),
  /** Koerskaart preventie choices per level, when asked; null otherwise. */
  preventie: z._default(z.nullable(z.object({ beschermen: preventieKeuzeSchema, stabiliseren: preventieKeuzeSchema, gevolgen: preventieKeuzeSchema })), null),
  /**
   * The worksheets of the other koerskaarten that were asked, by koerskaart id (keuzes, keuzematrix,
   * evaluatie). Added within version 1: a file without it reads as "none asked" (ADR 0036).
   */
  koerskaarten: koerskaartSheetsSchema,
  /** Answers to the stellingen. */
  scores: z._default(z.array(scoreSchema).check(z.maxLength(30)), []),
});

/**
 * Version 2: the bijdrage says how its scores were asked, and names the revisie and date of the
 * bijeenkomst it answers, so the griffier can be told what differs when it does not match.
 */
export const bijdrageV2Schema = z.object({
  ...bijdrageV1Schema.shape,
  /** File format version. */
  version: z.literal(2),
  /** The bijeenkomst it answers. */
  bijeenkomst: z.object({
    /** Id of the bijeenkomst file. */
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    /** Its title, so a person can tell files apart. */
    title: z.string().check(z.maxLength(200)),
    /** Its date (YYYY-MM-DD) or "" when it had none. Absent when unknown (a bijdrage from version 1). */
    date: z.optional(z.union([z.iso.date(), z.literal("")])),
    /** The revisie of the bijeenkomst the raadslid had open; absent when unknown. */
    revisie: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))),
    /** When that bijeenkomst was first made (ISO 8601); absent when unknown. */
    createdAt: z.optional(z.iso.datetime({ offset: true })),
  }),
  /** What the scores mean: how important (belang) or how much one agrees (instemming). */
  vraagsoort: z.enum(VRAAGSOORTEN),
});

export type BijdrageV1 = z.infer<typeof bijdrageV1Schema>;
export type Bijdrage = z.infer<typeof bijdrageV2Schema>;
export type BijdrageInput = z.input<typeof bijdrageV2Schema>;

/** A version 1 bijdrage as version 2: its scores answered "Hoe belangrijk"; what it knew of the bijeenkomst stays. */
export const bijdrageFromV1 = (b: BijdrageV1): Bijdrage => ({ ...b, version: 2, vraagsoort: OUDE_VRAAGSOORT });

/** Reads either version and gives the current one; the app writes version 2. */
export const bijdrageSchema = z.pipe(
  z.discriminatedUnion("version", [bijdrageV1Schema, bijdrageV2Schema]),
  z.transform((b): Bijdrage => (b.version === 1 ? bijdrageFromV1(b) : b)),
);
