import { z } from "zod";
import { visieSchema } from "./visie.ts";

/** Marks a JSON file as a Raadskompas werkboek, so other JSON is recognised and refused early. */
export const WERKBOEK_FORMAT = "raadskompas-werkboek";

/** Fields every version shares. */
const base = {
  /** Always "raadskompas-werkboek". */
  format: z.literal(WERKBOEK_FORMAT),
  /** Stable id; an import with an id that exists asks "vervangen of beide bewaren". */
  id: z.string().min(1).max(64),
  /** Name the user gives it ("mijn visie", "fractie"). */
  name: z.string().trim().min(1, "geef het werkboek een naam").max(120),
  /** When it was created (ISO 8601). */
  createdAt: z.iso.datetime({ offset: true }),
  /** When it was last changed (ISO 8601). */
  updatedAt: z.iso.datetime({ offset: true }),
};

/** Version 1: the visie werkboek. */
export const werkboekV1Schema = z.object({
  ...base,
  /** File format version. */
  version: z.literal(1),
  /** The four steps of the visie, the koppeltabel and burgerbetrokkenheid. */
  visie: visieSchema.default(visieSchema.parse({})),
});

/** The version the app writes. Older files are migrated to it on import and on load. */
export const CURRENT_VERSION = 1;
/** Schema of the version the app writes. */
export const werkboekSchema = werkboekV1Schema;

export type Werkboek = z.infer<typeof werkboekSchema>;
export type WerkboekInput = z.input<typeof werkboekSchema>;
