import "./zodConfig.ts";
import { z } from "zod";
import { DUIDEN_LIMITS } from "../lib/duiden/limits.ts";

/** A figure (finite: zod 4 numbers refuse Infinity), or null when it is unknown or hidden in the source ("." or "x" at CBS): never stored as 0. */
export const cijferSchema = z.number().min(-1e15).max(1e15).nullable();

/** One row of figures: a category, a gemeente or an indicator over the periods. */
export const reeksSchema = z.object({
  /** Stable id within the sheet ("r1"). */
  id: z.string().min(1).max(64),
  /** Name shown in the legend ("Huishoudelijke hulp · BSN", "Borger-Odoorn"). */
  naam: z.string().max(200).default(""),
  /** Unit ("aantal", "euro", "%"), or "" when unknown. */
  eenheid: z.string().max(60).default(""),
  /** One figure per period, in the order of `periodes`. */
  waarden: z.array(cijferSchema).max(DUIDEN_LIMITS.periodes).default([]),
  /** Number of inwoners this row is about, for "per 1.000 inwoners"; null when not given. */
  inwoners: z.number().int().min(1).max(100_000_000).nullable().default(null),
});

/** The table of figures, as read from a paste or a file. */
export const duidenDataSchema = z.object({
  /** Period or column labels in time order ("2018", "2023 kw 1"); categories when there is no time. */
  periodes: z.array(z.string().max(60)).max(DUIDEN_LIMITS.periodes).default([]),
  /** The rows of figures. */
  reeksen: z.array(reeksSchema).max(DUIDEN_LIMITS.reeksen).default([]),
});

/**
 * One "cijfers duiden" worksheet: a table of figures, its chart and the duiden-vragen.
 * Added in werkboek version 3; every field has a default, so the v2 → v3 migration stays valid.
 */
export const duidenSheetSchema = z.object({
  /** Stable id, so a maatschappelijk resultaat in the visie can link to this sheet. */
  id: z.string().min(1).max(64),
  /** What the figures are about ("Wmo-cliënten per voorziening"). */
  title: z.string().max(300).default(""),
  /** Set when the sheet was made from the example set, so the UI can label it. */
  fromVoorbeeld: z.boolean().default(false),
  /** Where the figures come from and the date they describe ("CBS StatLine, 2024"). */
  bron: z.string().max(500).default(""),
  /** The figures. */
  data: duidenDataSchema.default({ periodes: [], reeksen: [] }),
  /** Chart kind: trend line, bars, or own figure against a comparison band. */
  grafiek: z.enum(["lijn", "staaf", "band"]).default("lijn"),
  /** Ids of the rows shown in the chart; empty means the first few. */
  getoond: z.array(z.string().max(64)).max(DUIDEN_LIMITS.reeksen).default([]),
  /** Show figures per 1.000 or 10.000 inwoners (rows without an inwoners figure stay absolute). */
  perInwoners: z.enum(["nee", "1000", "10000"]).default("nee"),
  /** The comparison band: the own row against a group. */
  vergelijking: z
    .object({
      /** Id of the own gemeente's row, or "". */
      eigenId: z.string().max(64).default(""),
      /** Name of the group ("gemeenten met 20.000–50.000 inwoners"). */
      groep: z.string().max(200).default(""),
      /** Rows of the table that form the group. */
      groepIds: z.array(z.string().max(64)).max(DUIDEN_LIMITS.reeksen).default([]),
      /** Group figures typed by hand, lowest and highest per period, when the group is not in the table. */
      laag: z.array(cijferSchema).max(DUIDEN_LIMITS.periodes).default([]),
      hoog: z.array(cijferSchema).max(DUIDEN_LIMITS.periodes).default([]),
    })
    .default({ eigenId: "", groep: "", groepIds: [], laag: [], hoog: [] }),
  /** Answers to the duiden-vragen (the questions themselves are in content/werkbladen/duiden.yaml). */
  antwoorden: z
    .object({
      /** Wat zien we? */
      zien: z.string().max(5000).default(""),
      /** Wat verklaart het? */
      verklaring: z.string().max(5000).default(""),
      /** Wat weten we niet? */
      nietWeten: z.string().max(5000).default(""),
      /** Wat betekent het voor onze maatschappelijke resultaten? */
      betekenis: z.string().max(5000).default(""),
      /** Welke vraag stellen we aan het college? */
      vraagCollege: z.string().max(5000).default(""),
    })
    .default({ zien: "", verklaring: "", nietWeten: "", betekenis: "", vraagCollege: "" }),
  /** Ids of the visie's maatschappelijke resultaten these figures are about. */
  resultaatIds: z.array(z.string().max(64)).max(50).default([]),
});

export type DuidenSheet = z.infer<typeof duidenSheetSchema>;
export type DuidenData = z.infer<typeof duidenDataSchema>;
export type Reeks = z.infer<typeof reeksSchema>;
export type DuidenVraag = keyof DuidenSheet["antwoorden"];
