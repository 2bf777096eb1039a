import { z } from "zod";
import { kwaliteitseisSchema, koppelingSchema, principeSchema, resultaatSchema, waardeSchema } from "./visie.ts";
import { waardemodelSheetSchema } from "./waardemodel.ts";
import { preventieKeuzeSchema } from "./preventie.ts";

/** Marks a JSON file as a bijdrage: what one raadslid hands in for one bijeenkomst. */
export const BIJDRAGE_FORMAT = "raadskompas-bijdrage";

/** A 1–5 answer to one of the bijeenkomst's stellingen. */
export const scoreSchema = z.object({
  /** The stelling as the bijeenkomst wrote it. */
  stelling: z.string().min(1).max(200),
  /** 1 = niet belangrijk … 5 = heel belangrijk. */
  score: z.number().int().min(1).max(5),
});

/** Version 1 of the bijdrage file (`.raadskompas-bijdrage.json`): only the parts the bijeenkomst asked for. */
export const bijdrageV1Schema = z.object({
  /** Always "raadskompas-bijdrage". */
  format: z.literal(BIJDRAGE_FORMAT),
  /** File format version. */
  version: z.literal(1),
  /** Stable id of this bijdrage; the same file dropped twice is recognised by it. */
  id: z.string().min(1).max(64),
  /** The bijeenkomst it answers. */
  bijeenkomst: z.object({
    /** Id of the bijeenkomst file. */
    id: z.string().min(1).max(64),
    /** Its title, so a person can tell files apart. */
    title: z.string().max(200),
  }),
  /** Name or pseudonym, chosen by the raadslid. */
  naam: z.string().trim().min(1, "geef een naam of schuilnaam").max(80),
  /** Fractie, or "" when the raadslid leaves it out. */
  fractie: z.string().trim().max(80).default(""),
  /** When the bijdrage was made (ISO 8601). */
  createdAt: z.iso.datetime({ offset: true }),
  /** Stap 1, when asked. */
  waarden: z.array(waardeSchema).max(100).default([]),
  /** Stap 2, when asked. */
  principes: z.array(principeSchema).max(50).default([]),
  /** Stap 3, when asked. */
  resultaten: z.array(resultaatSchema).max(50).default([]),
  /** Stap 4, when asked. */
  kwaliteitseisen: z.array(kwaliteitseisSchema).max(100).default([]),
  /** The koppeltabel, when asked. */
  koppelingen: z.array(koppelingSchema).max(100).default([]),
  /** Waardemodel sheets, when asked. */
  waardemodellen: z.array(waardemodelSheetSchema).max(50).default([]),
  /** Koerskaart preventie choices per level, when asked; null otherwise. */
  preventie: z
    .object({ beschermen: preventieKeuzeSchema, stabiliseren: preventieKeuzeSchema, gevolgen: preventieKeuzeSchema })
    .nullable()
    .default(null),
  /** Answers to the stellingen. */
  scores: z.array(scoreSchema).max(30).default([]),
});

export const bijdrageSchema = bijdrageV1Schema;
export type Bijdrage = z.infer<typeof bijdrageSchema>;
export type BijdrageInput = z.input<typeof bijdrageSchema>;
