import "./zodConfig.ts";
// zod/mini: the leeratelier pages validate these files in the browser (ADR 0015).
import * as z from "zod/mini";

import { BIJEENKOMST_FORMAT } from "../vocabulary/bijeenkomstFormat.ts";

export { BIJEENKOMST_FORMAT };

import { ONDERDELEN } from "../vocabulary/onderdelen.ts";

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
  /** Items each raadslid scores from 1 (niet belangrijk) to 5 (heel belangrijk), e.g. proposed waarden. */
  stellingen: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(30)), []),
  /** When the file was made (ISO 8601). */
  createdAt: z.iso.datetime({ offset: true }),
});

/** The version the app writes. */
export const bijeenkomstSchema = bijeenkomstV1Schema;
export type Bijeenkomst = z.infer<typeof bijeenkomstSchema>;
