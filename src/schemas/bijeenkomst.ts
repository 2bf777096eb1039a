import "./zodConfig.ts";
// zod/mini: the leeratelier pages validate these files in the browser (ADR 0015).
import * as z from "zod/mini";

import { BIJEENKOMST_FORMAT } from "../vocabulary/bijeenkomstFormat.ts";

export { BIJEENKOMST_FORMAT };

import { ONDERDELEN } from "../vocabulary/onderdelen.ts";
import { OUDE_VRAAGSOORT, VRAAGSOORTEN } from "../vocabulary/vraagsoort.ts";

export { ONDERDELEN, ONDERDEEL_LABELS, ONDERDEEL_PAGES, type Onderdeel } from "../vocabulary/onderdelen.ts";

/** Version 1 of the bijeenkomst file (`.raadskompas-bijeenkomst.json`). */
export const bijeenkomstV1Schema = z.object({
  /** Always "raadskompas-bijeenkomst". */
  format: z.literal(BIJEENKOMST_FORMAT),
  /** File format version. */
  version: z.literal(1),
  /** Stable id; bijdragen name it so the griffier's files cannot be mixed up between evenings. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Title of the evening ("Leeratelier visie sociaal domein"). */
  title: z.string().check(z.trim(), z.minLength(1, "geef de bijeenkomst een titel"), z.maxLength(200)),
  /** Date of the bijeenkomst (YYYY-MM-DD), or "" when not fixed yet. */
  date: z._default(z.union([z.iso.date(), z.literal("")]), ""),
  /** Which worksheet parts the raadsleden fill in. */
  onderdelen: z.array(z.enum(ONDERDELEN)).check(z.minLength(1, "kies minstens één onderdeel"), z.maxLength(ONDERDELEN.length)),
  /** Optional starting question or voorbeeld the griffier puts first. */
  startvraag: z._default(z.string().check(z.maxLength(2000)), ""),
  /** Optional list of fracties to choose from; empty means a raadslid types it (or leaves it out). */
  fracties: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))).check(z.maxLength(30)), []),
  /** Items each raadslid scores from 1 to 5, e.g. proposed waarden; in version 1 always for importance. */
  stellingen: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(30)), []),
  /** When the file was made (ISO 8601). */
  createdAt: z.iso.datetime({ offset: true }),
});

/**
 * Version 2: the griffier says what the stellingen ask (belang or instemming), and a bijeenkomst can be
 * opened and changed again. It keeps its id, so bijdragen made for an earlier revisie still belong to it.
 */
export const bijeenkomstV2Schema = z.object({
  ...bijeenkomstV1Schema.shape,
  /** File format version. */
  version: z.literal(2),
  /** What a 1–5 score on the stellingen means: how important (belang) or how much one agrees (instemming). */
  vraagsoort: z.enum(VRAAGSOORTEN),
  /** Counts the saved versions of this bijeenkomst: 1 when first made, one more after each change. */
  revisie: z.int().check(z.minimum(1), z.maximum(10_000)),
  /** When this revisie was saved (ISO 8601). */
  updatedAt: z.iso.datetime({ offset: true }),
});

export type BijeenkomstV1 = z.infer<typeof bijeenkomstV1Schema>;
export type Bijeenkomst = z.infer<typeof bijeenkomstV2Schema>;

/** A version 1 file as version 2: its scale asked "Hoe belangrijk", and it was never changed. */
export const bijeenkomstFromV1 = (b: BijeenkomstV1): Bijeenkomst => ({ ...b, version: 2, vraagsoort: OUDE_VRAAGSOORT, revisie: 1, updatedAt: b.createdAt });

/** Reads either version and gives the current one; the app writes version 2. */
export const bijeenkomstSchema = z.pipe(
  z.discriminatedUnion("version", [bijeenkomstV1Schema, bijeenkomstV2Schema]),
  z.transform((b): Bijeenkomst => (b.version === 1 ? bijeenkomstFromV1(b) : b)),
);
