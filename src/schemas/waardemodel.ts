import "./zodConfig.ts";
import { z } from "zod";
import { idSchema, text } from "./visie.ts";

/** The five kernwaarden after Deborah Stone, in the order the model uses. */
export const KERNWAARDEN = ["gelijkheid", "efficientie", "welzijn", "vrijheid", "veiligheid"] as const;
export const kernwaardeIdSchema = z.enum(KERNWAARDEN);

/** The eight verdeelprocedures. */
export const VERDEELPROCEDURES = ["enkelvoudig", "vergelijkende-toets", "veiling", "loting", "volgorde-van-binnenkomst", "evenredig", "open", "bpkv"] as const;

/** Two kernwaarden in tension, and how the raadslid weighs them. */
export const dilemmaSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** First kernwaarde. */
  a: kernwaardeIdSchema,
  /** Second kernwaarde (may equal `a`: a dilemma can sit inside one value). */
  b: kernwaardeIdSchema,
  /** The trade-off in the user's words. */
  afweging: text(),
});

/** One democratisch-waardemodel sheet: one political question worked through. */
export const waardemodelSheetSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The political question, e.g. "Wat verstaan we onder jeugdhulp?". */
  question: z.string().max(500).default(""),
  /** Set when the sheet was loaded from the voorbeeld, so the UI can label it. */
  fromVoorbeeld: z.boolean().default(false),
  /** Stap 1 kader. */
  kader: z
    .object({
      /** Ids of the staalkaarten (laws) involved. */
      wetten: z.array(z.string().max(40)).max(10).default([]),
      /** Which powers the raad has: bij verordening vs. bij of krachtens. */
      bevoegdheden: text(),
      /** What jurisprudence limits. */
      jurisprudentie: text(),
    })
    .default({ wetten: [], bevoegdheden: "", jurisprudentie: "" }),
  /** Stap 2: answers per deelvraag id (from content/werkbladen/waardemodel.yaml). */
  answers: z.record(z.string().max(80), z.string().max(5000)).refine((r) => Object.keys(r).length <= 200, "hooguit 200 antwoorden").default({}),
  /** Stap 3: dilemmas. */
  dilemmas: z.array(dilemmaSchema).max(20).default([]),
  /** Stap 3: the political compromise. */
  compromis: text(),
  /** Stap 3: why this compromise. */
  waarom: text(),
  /** Stap 4: the choices. */
  keuzes: z
    .object({
      /** Wat: what is provided. */
      wat: text(),
      /** Voor wie en hoe. */
      voorWie: text(),
      /** Door wie en hoe. */
      doorWie: text(),
      /** Chosen verdeelprocedure, or "" when not chosen. */
      verdeelprocedure: z.union([z.enum(VERDEELPROCEDURES), z.literal("")]).default(""),
      /** Whether a hardheidsclausule is foreseen, and how. */
      hardheidsclausule: text(2000),
    })
    .default({ wat: "", voorWie: "", doorWie: "", verdeelprocedure: "", hardheidsclausule: "" }),
});

export type WaardemodelSheet = z.infer<typeof waardemodelSheetSchema>;
export type Dilemma = z.infer<typeof dilemmaSchema>;
