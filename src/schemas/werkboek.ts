import "./zodConfig.ts";
import * as z from "zod/mini";
import { list, visieSchema } from "./visie.ts";
import { waardemodelSheetSchema } from "./waardemodel.ts";
import { preventieSheetSchema } from "./preventie.ts";
import { staalkaartNotitieSchema } from "./staalkaartNotities.ts";
import { toetsSchema } from "./toets.ts";
import { sturingSchema } from "./sturing.ts";
import { duidenSheetSchema } from "./duiden.ts";

import { CURRENT_VERSION, WERKBOEK_FORMAT } from "../vocabulary/werkboekFormat.ts";
import { MAX_SHEETS } from "../vocabulary/limits.ts";

export { CURRENT_VERSION, WERKBOEK_FORMAT };

/** Fields every version shares. */
const base = {
  /** Always "raadskompas-werkboek". */
  format: z.literal(WERKBOEK_FORMAT),
  /** Stable id; an import with an id that exists asks "vervangen of beide bewaren". */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Name the user gives it ("mijn visie", "fractie"). */
  name: z.string().check(z.trim(), z.minLength(1, "geef het werkboek een naam"), z.maxLength(120)),
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
  visie: z._default(visieSchema, () => visieSchema.parse({})),
});

/** Version 2: adds the worksheets (waardemodel, koerskaart preventie, staalkaart notes) and saved toetsen. */
export const werkboekV2Schema = z.extend(werkboekV1Schema, {
  /** File format version. */
  version: z.literal(2),
  /** Democratisch waardemodel: one sheet per political question. */
  waardemodellen: list(waardemodelSheetSchema, MAX_SHEETS),
  /** Koerskaart preventie worksheet. */
  preventie: z._default(preventieSheetSchema, () => preventieSheetSchema.parse({})),
  /** Notes per staalkaart id. */
  staalkaartNotities: z._default(z.record(z.string().check(z.maxLength(40)), staalkaartNotitieSchema).check(z.refine((r) => Object.keys(r).length <= 200, "hooguit 200 staalkaarten")), {}),
  /** Raadsvoorstellen checked against the criteria and the visie. */
  toetsen: list(toetsSchema, 200),
});

/** Version 3: adds the Sturing worksheets and the cijfers-duiden sheets. */
export const werkboekV3Schema = z.extend(werkboekV2Schema, {
  /** File format version. */
  version: z.literal(3),
  /** Sturing: jaarkalender, regionale samenwerking, startnotitie, beleidscyclus. */
  sturing: z._default(sturingSchema, () => sturingSchema.parse({})),
  /** Informatie: one sheet per table of figures that the user duidt. */
  duiden: list(duidenSheetSchema, MAX_SHEETS),
});

/** Schema of the version the app writes. */
export const werkboekSchema = werkboekV3Schema;
/** Every published version, for the JSON Schema files. */
export const WERKBOEK_VERSIONS = { 1: werkboekV1Schema, 2: werkboekV2Schema, 3: werkboekV3Schema } as const;

export type Werkboek = z.infer<typeof werkboekSchema>;
export type WerkboekInput = z.input<typeof werkboekSchema>;
