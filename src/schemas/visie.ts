import "./zodConfig.ts";
// zod/mini: these schemas run in the browser on every worksheet page; mini tree-shakes to a few KB (ADR 0015).
import * as z from "zod/mini";

/** Ids are short random strings; links between parts of the visie (koppeltabel, kwaliteitseisen) use them. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** Free text a raadslid writes; capped so a stray paste cannot fill the browser's storage. */
export const text = (max = 5000) => z._default(z.string().check(z.maxLength(max, `maximaal ${max} tekens`)), "");

/** A string of at most `max` characters that defaults to "". */
export const shortText = (max: number) => z._default(z.string().check(z.maxLength(max)), "");

/** Stap 1: a maatschappelijke waarde. */
export const waardeSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The value in one or two words ("zelfbeschikking"). */
  name: z.string().check(z.maxLength(200)),
  /** What the value means to this raadslid, in one line. */
  meaning: text(1000),
  /** Part of the personal top 3. */
  top: z._default(z.boolean(), false),
});

/** Stap 2: a leidend principe with its onderbouwing. */
export const principeSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The principle as a short statement ("Eerst de vraag achter de vraag"). */
  title: z.string().check(z.maxLength(300)),
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
  doelgroep: shortText(500),
  /** The change ("een startkwalificatie heeft"). */
  verandering: shortText(1000),
  /** Target figure, or null when none was given. */
  target: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(1e12))), null),
  /** How to read the target. */
  unit: z._default(z.enum(["procent", "aantal"]), "procent"),
  /** The starting point (nulmeting), free text ("nu 71%"). */
  baseline: shortText(500),
  /** Year by which the result should be reached, or null. */
  year: z._default(z.nullable(z.int().check(z.minimum(2000), z.maximum(2100))), null),
  /** Where the figure comes from (monitor, CBS, eigen peiling). */
  bron: shortText(500),
  /** Id of a cijfers-duiden sheet whose latest figure and trend show next to the target. Optional: older files lack it. */
  duidenId: z.optional(z.string().check(z.maxLength(64))),
});

/** A row of the koppeltabel: waarde → leidend principe → onderbouwing → maatschappelijk resultaat. */
export const koppelingSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Id of a waarde, or "" when not chosen yet. */
  waardeId: shortText(64),
  /** Id of a leidend principe, or "". */
  principeId: shortText(64),
  /** Why this principle serves this value here. */
  onderbouwing: text(),
  /** Id of a maatschappelijk resultaat, or "". */
  resultaatId: shortText(64),
});

/** Stap 4: a kwaliteitseis, linked to the leidende principes it follows from. */
export const kwaliteitseisSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The requirement. */
  text: text(2000),
  /** Ids of the leidende principes it follows from. */
  principeIds: z._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)), []),
});

/** Whom to involve in a step and how. */
export const betrokkenheidSchema = z.object({
  /** Which inwoners, organisaties, partners. */
  wie: text(2000),
  /** In what way (dialoogavond, panel, straatgesprek…). */
  hoe: text(2000),
});

// Kept in a zod-free module so worksheet pages can use them without loading zod (ADR 0015).
export { VISIE_STEPS, VISIE_STEP_TITLES } from "../vocabulary/visieSteps.ts";

/** A bounded array that defaults to []. */
export const list = <T extends z.ZodMiniType>(item: T, max: number) => z._default(z.array(item).check(z.maxLength(max)), []);

/** The whole visie part of a werkboek. */
export const visieSchema = z.object({
  /** Stap 1. */
  waarden: list(waardeSchema, 100),
  /** Stap 2. */
  principes: list(principeSchema, 50),
  /** Stap 3. */
  resultaten: list(resultaatSchema, 50),
  /** The koppeltabel. */
  koppelingen: list(koppelingSchema, 100),
  /** Stap 4. */
  kwaliteitseisen: list(kwaliteitseisSchema, 100),
  /** Burgerbetrokkenheid per step. */
  betrokkenheid: z._default(
    z.object({
      waarden: z._default(betrokkenheidSchema, { wie: "", hoe: "" }),
      principes: z._default(betrokkenheidSchema, { wie: "", hoe: "" }),
      resultaten: z._default(betrokkenheidSchema, { wie: "", hoe: "" }),
      kwaliteitseisen: z._default(betrokkenheidSchema, { wie: "", hoe: "" }),
    }),
    {
      waarden: { wie: "", hoe: "" },
      principes: { wie: "", hoe: "" },
      resultaten: { wie: "", hoe: "" },
      kwaliteitseisen: { wie: "", hoe: "" },
    },
  ),
});

export type Waarde = z.infer<typeof waardeSchema>;
export type Principe = z.infer<typeof principeSchema>;
export type Resultaat = z.infer<typeof resultaatSchema>;
export type Koppeling = z.infer<typeof koppelingSchema>;
export type Kwaliteitseis = z.infer<typeof kwaliteitseisSchema>;
export type Visie = z.infer<typeof visieSchema>;
