import "./zodConfig.ts";
// zod/mini: these schemas run in the browser on the Sturing worksheets (ADR 0015).
import * as z from "zod/mini";
import { idSchema, shortText, text } from "./visie.ts";
import { boundedRecord, datumSchema } from "./datum.ts";
import { WGR_VORMEN } from "../vocabulary/regelingVormen.ts";

// Kept in a zod-free module so the worksheet can render its choices without loading zod (ADR 0015).
export { WGR_VORMEN };

export const wgrVormSchema = z._default(z.union([z.literal(""), z.enum(WGR_VORMEN)]), "");

/** The contribution per inwoner in one begrotingsjaar. */
export const bijdrageSchema = z.object({
  /** Begrotingsjaar. */
  jaar: z.int().check(z.minimum(2000), z.maximum(2100)),
  /** Euro per inwoner; null when not known. */
  perInwoner: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(100_000))), null),
});

/** An answer to one check question of the zienswijze helper. */
export const zienswijzeAntwoordSchema = z.object({
  /** The raadslid's judgement. */
  oordeel: z._default(z.enum(["", "ja", "deels", "nee"]), ""),
  /** What they saw, in their own words; it goes into the draft letter. */
  toelichting: text(3000),
});

/** The zienswijze on the ontwerpbegroting of one regeling. */
export const zienswijzeSchema = z.object({
  /** Begrotingsjaar the ontwerpbegroting is for. */
  begrotingsjaar: z._default(z.nullable(z.int().check(z.minimum(2000), z.maximum(2100))), null),
  /** Answers per check question id (see ZIENSWIJZE_VRAGEN). */
  antwoorden: z._default(boundedRecord(zienswijzeAntwoordSchema, 30), {}),
  /** The letter as edited by the user; "" means "use the draft made from the answers". */
  brief: text(20_000),
});

/** One gemeenschappelijke regeling the gemeente takes part in. */
export const regelingSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Name ("GGD Regio Noord", "Werkbedrijf …"). */
  naam: shortText(200),
  /** Wgr-vorm. */
  vorm: wgrVormSchema,
  /** Deelnemende gemeenten and other partners. */
  deelnemers: text(2000),
  /** Tasks in the sociaal domein the regeling carries out. */
  taken: text(3000),
  /** Contribution per inwoner over the years. */
  bijdragen: z._default(z.array(bijdrageSchema).check(z.maxLength(20)), []),
  /** Raadsrapporteur(s) for this regeling. */
  raadsrapporteur: shortText(300),
  /** When the regeling is next evaluated. */
  evaluatiedatum: datumSchema,
  /** What leaving would cost, and where that is written down. */
  uittredingskosten: text(2000),
  /** Meeting of the algemeen bestuur that adopts next year's begroting (for the jaarkalender). */
  abBegroting: datumSchema,
  /** Day the ontwerpbegroting reached the raad; the zienswijze window runs twelve weeks from it (ADR 0028). */
  ontwerpOntvangen: datumSchema,
  /** Meeting of the algemeen bestuur that adopts last year's jaarrekening. */
  abJaarrekening: datumSchema,
  /** Notes: informatieprotocol, afspraken, contactpersoon. */
  notities: text(5000),
  /** Zienswijze helper for the ontwerpbegroting. */
  zienswijze: z._default(zienswijzeSchema, zienswijzeSchema.parse({})),
});

export type Regeling = z.infer<typeof regelingSchema>;
export type Zienswijze = z.infer<typeof zienswijzeSchema>;
export type ZienswijzeAntwoord = z.infer<typeof zienswijzeAntwoordSchema>;
