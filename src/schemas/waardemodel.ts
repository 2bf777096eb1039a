import "./zodConfig.ts";
import * as z from "zod/mini";
import { idSchema, list, shortText, text } from "./visie.ts";

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
  question: shortText(500),
  /** Set when the sheet was loaded from the voorbeeld, so the UI can label it. */
  fromVoorbeeld: z._default(z.boolean(), false),
  /** Stap 1 kader. */
  kader: z._default(
    z.object({
      /** Ids of the staalkaarten (laws) involved. */
      wetten: list(z.string().check(z.maxLength(40)), 10),
      /** Which powers the raad has: bij verordening vs. bij of krachtens. */
      bevoegdheden: text(),
      /** What jurisprudence limits. */
      jurisprudentie: text(),
    }),
    { wetten: [], bevoegdheden: "", jurisprudentie: "" },
  ),
  /** Stap 2: answers per deelvraag id (from content/werkbladen/waardemodel.yaml). */
  answers: z._default(z.record(z.string().check(z.maxLength(80)), z.string().check(z.maxLength(5000))).check(z.refine((r) => Object.keys(r).length <= 200, "hooguit 200 antwoorden")), {}),
  /** Stap 3: dilemmas. */
  dilemmas: list(dilemmaSchema, 20),
  /** Stap 3: the political compromise. */
  compromis: text(),
  /** Stap 3: why this compromise. */
  waarom: text(),
  /** Stap 4: the choices. */
  keuzes: z._default(
    z.object({
      /** Wat: what is provided. */
      wat: text(),
      /** Voor wie en hoe. */
      voorWie: text(),
      /** Door wie en hoe. */
      doorWie: text(),
      /** Chosen verdeelprocedure, or "" when not chosen. */
      verdeelprocedure: z._default(z.union([z.enum(VERDEELPROCEDURES), z.literal("")]), ""),
      /** Whether a hardheidsclausule is foreseen, and how. */
      hardheidsclausule: text(2000),
    }),
    { wat: "", voorWie: "", doorWie: "", verdeelprocedure: "", hardheidsclausule: "" },
  ),
});

export type WaardemodelSheet = z.infer<typeof waardemodelSheetSchema>;
export type Dilemma = z.infer<typeof dilemmaSchema>;
