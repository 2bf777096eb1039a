import "./zodConfig.ts";
// zod/mini: the leeratelier pages validate these files in the browser (ADR 0015).
import * as z from "zod/mini";
import { bijeenkomstSchema } from "./bijeenkomst.ts";
import { bijdrageSchema } from "./bijdrage.ts";

import { ATELIER_FORMAT } from "../vocabulary/atelierFormats.ts";

export { ATELIER_FORMAT };

/** The combined bijeenkomst as stored locally and exported (`.raadskompas-leeratelier.json`). */
export const atelierSchema = z.object({
  /** Always "raadskompas-leeratelier". */
  format: z.literal(ATELIER_FORMAT),
  /** File format version. */
  version: z.literal(1),
  /** Same id as the bijeenkomst it collects for. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The bijeenkomst. */
  bijeenkomst: bijeenkomstSchema,
  /** Every bijdrage read so far, in the order they came in. */
  bijdragen: z._default(z.array(bijdrageSchema).check(z.maxLength(200)), []),
  /** When it was last changed (ISO 8601). */
  updatedAt: z.iso.datetime({ offset: true }),
});

export type Atelier = z.infer<typeof atelierSchema>;
