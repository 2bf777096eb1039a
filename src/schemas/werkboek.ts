import "./zodConfig.ts";
import { z } from "zod";
import { visieSchema } from "./visie.ts";
import { waardemodelSheetSchema } from "./waardemodel.ts";
import { preventieSheetSchema } from "./preventie.ts";
import { staalkaartNotitieSchema } from "./staalkaartNotities.ts";
import { toetsSchema } from "./toets.ts";
import { sturingSchema } from "./sturing.ts";
import { duidenSheetSchema } from "./duiden.ts";

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

/** Version 2: adds the worksheets (waardemodel, koerskaart preventie, staalkaart notes) and saved toetsen. */
export const werkboekV2Schema = werkboekV1Schema.extend({
  /** File format version. */
  version: z.literal(2),
  /** Democratisch waardemodel: one sheet per political question. */
  waardemodellen: z.array(waardemodelSheetSchema).max(50).default([]),
  /** Koerskaart preventie worksheet. */
  preventie: preventieSheetSchema.default(preventieSheetSchema.parse({})),
  /** Notes per staalkaart id. */
  staalkaartNotities: z.record(z.string().max(40), staalkaartNotitieSchema).refine((r) => Object.keys(r).length <= 200, "hooguit 200 staalkaarten").default({}),
  /** Raadsvoorstellen checked against the criteria and the visie. */
  toetsen: z.array(toetsSchema).max(200).default([]),
});

/** Version 3: adds the Sturing worksheets and the cijfers-duiden sheets. */
export const werkboekV3Schema = werkboekV2Schema.extend({
  /** File format version. */
  version: z.literal(3),
  /** Sturing: jaarkalender, regionale samenwerking, startnotitie, beleidscyclus. */
  sturing: sturingSchema.default(sturingSchema.parse({})),
  /** Informatie: one sheet per table of figures that the user duidt. */
  duiden: z.array(duidenSheetSchema).max(50).default([]),
});

/** The version the app writes. Older files are migrated to it on import and on load. */
export const CURRENT_VERSION = 3;
/** Schema of the version the app writes. */
export const werkboekSchema = werkboekV3Schema;
/** Every published version, for the JSON Schema files. */
export const WERKBOEK_VERSIONS = { 1: werkboekV1Schema, 2: werkboekV2Schema, 3: werkboekV3Schema } as const;

export type Werkboek = z.infer<typeof werkboekSchema>;
export type WerkboekInput = z.input<typeof werkboekSchema>;
