import { z } from "zod";

/** Ids are short random strings; links between parts of the visie (koppeltabel, kwaliteitseisen) use them. */
export const idSchema = z.string().min(1).max(64);

/** Free text a raadslid writes; capped so a stray paste cannot fill the browser's storage. */
export const text = (max = 5000) => z.string().max(max, `maximaal ${max} tekens`).default("");

/** Stap 1: a maatschappelijke waarde. */
export const waardeSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The value in one or two words ("zelfbeschikking"). */
  name: z.string().max(200),
  /** What the value means to this raadslid, in one line. */
  meaning: text(1000),
  /** Part of the personal top 3. */
  top: z.boolean().default(false),
});

/** Stap 2: a leidend principe with its onderbouwing. */
export const principeSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The principle as a short statement ("Eerst de vraag achter de vraag"). */
  title: z.string().max(300),
  /** Why it leads to better results for inwoners. */
  onderbouwing: text(),
  /** What it means as a meetlat for a concrete choice. */
  meetlat: text(),
});

/** Stap 3: a maatschappelijk resultaat as a structured statement. */
export const resultaatSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Whom it is about ("jongeren tussen 16 en 23 jaar"). */
  doelgroep: z.string().max(500).default(""),
  /** The change ("een startkwalificatie heeft"). */
  verandering: z.string().max(1000).default(""),
  /** Target figure, or null when none was given. */
  target: z.number().min(0).max(1e12).nullable().default(null),
  /** How to read the target. */
  unit: z.enum(["procent", "aantal"]).default("procent"),
  /** The starting point (nulmeting), free text ("nu 71%"). */
  baseline: z.string().max(500).default(""),
  /** Year by which the result should be reached, or null. */
  year: z.number().int().min(2000).max(2100).nullable().default(null),
  /** Where the figure comes from (monitor, CBS, eigen peiling). */
  bron: z.string().max(500).default(""),
  /** Id of a cijfers-duiden sheet whose latest figure and trend show next to the target. Optional: older files lack it. */
  duidenId: z.string().max(64).optional(),
});

/** A row of the koppeltabel: waarde → leidend principe → onderbouwing → maatschappelijk resultaat. */
export const koppelingSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Id of a waarde, or "" when not chosen yet. */
  waardeId: z.string().max(64).default(""),
  /** Id of a leidend principe, or "". */
  principeId: z.string().max(64).default(""),
  /** Why this principle serves this value here. */
  onderbouwing: text(),
  /** Id of a maatschappelijk resultaat, or "". */
  resultaatId: z.string().max(64).default(""),
});

/** Stap 4: a kwaliteitseis, linked to the leidende principes it follows from. */
export const kwaliteitseisSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The requirement. */
  text: text(2000),
  /** Ids of the leidende principes it follows from. */
  principeIds: z.array(z.string().max(64)).max(50).default([]),
});

/** Whom to involve in a step and how. */
export const betrokkenheidSchema = z.object({
  /** Which inwoners, organisaties, partners. */
  wie: text(2000),
  /** In what way (dialoogavond, panel, straatgesprek…). */
  hoe: text(2000),
});

/** The step ids, in order; also the keys for burgerbetrokkenheid. */
export const VISIE_STEPS = ["waarden", "principes", "resultaten", "kwaliteitseisen"] as const;

/** The whole visie part of a werkboek. */
export const visieSchema = z.object({
  /** Stap 1. */
  waarden: z.array(waardeSchema).max(100).default([]),
  /** Stap 2. */
  principes: z.array(principeSchema).max(50).default([]),
  /** Stap 3. */
  resultaten: z.array(resultaatSchema).max(50).default([]),
  /** The koppeltabel. */
  koppelingen: z.array(koppelingSchema).max(100).default([]),
  /** Stap 4. */
  kwaliteitseisen: z.array(kwaliteitseisSchema).max(100).default([]),
  /** Burgerbetrokkenheid per step. */
  betrokkenheid: z
    .object({
      waarden: betrokkenheidSchema.default({ wie: "", hoe: "" }),
      principes: betrokkenheidSchema.default({ wie: "", hoe: "" }),
      resultaten: betrokkenheidSchema.default({ wie: "", hoe: "" }),
      kwaliteitseisen: betrokkenheidSchema.default({ wie: "", hoe: "" }),
    })
    .default({
      waarden: { wie: "", hoe: "" },
      principes: { wie: "", hoe: "" },
      resultaten: { wie: "", hoe: "" },
      kwaliteitseisen: { wie: "", hoe: "" },
    }),
});

export type Waarde = z.infer<typeof waardeSchema>;
export type Principe = z.infer<typeof principeSchema>;
export type Resultaat = z.infer<typeof resultaatSchema>;
export type Koppeling = z.infer<typeof koppelingSchema>;
export type Kwaliteitseis = z.infer<typeof kwaliteitseisSchema>;
export type Visie = z.infer<typeof visieSchema>;
