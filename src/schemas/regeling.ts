import { z } from "zod";
import { idSchema, text } from "./visie.ts";
import { boundedRecord, datumSchema } from "./datum.ts";

/** The five forms of cooperation in the Wet gemeenschappelijke regelingen ("" = not chosen yet). */
export const WGR_VORMEN = ["regeling-zonder-meer", "centrumgemeente", "gemeenschappelijk-orgaan", "bedrijfsvoeringsorganisatie", "openbaar-lichaam"] as const;
export const wgrVormSchema = z.union([z.literal(""), z.enum(WGR_VORMEN)]).default("");

/** The contribution per inwoner in one begrotingsjaar. */
export const bijdrageSchema = z.object({
  /** Begrotingsjaar. */
  jaar: z.number().int().min(2000).max(2100),
  /** Euro per inwoner; null when not known. */
  perInwoner: z.number().min(0).max(100_000).nullable().default(null),
});

/** An answer to one check question of the zienswijze helper. */
export const zienswijzeAntwoordSchema = z.object({
  /** The raadslid's judgement. */
  oordeel: z.enum(["", "ja", "deels", "nee"]).default(""),
  /** What they saw, in their own words; it goes into the draft letter. */
  toelichting: text(3000),
});

/** The zienswijze on the ontwerpbegroting of one regeling. */
export const zienswijzeSchema = z.object({
  /** Begrotingsjaar the ontwerpbegroting is for. */
  begrotingsjaar: z.number().int().min(2000).max(2100).nullable().default(null),
  /** Answers per check question id (see ZIENSWIJZE_VRAGEN). */
  antwoorden: boundedRecord(zienswijzeAntwoordSchema, 30).default({}),
  /** The letter as edited by the user; "" means "use the draft made from the answers". */
  brief: text(20_000),
});

/** One gemeenschappelijke regeling the gemeente takes part in. */
export const regelingSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Name ("GGD Regio Noord", "Werkbedrijf …"). */
  naam: z.string().max(200).default(""),
  /** Wgr-vorm. */
  vorm: wgrVormSchema,
  /** Deelnemende gemeenten and other partners. */
  deelnemers: text(2000),
  /** Tasks in the sociaal domein the regeling carries out. */
  taken: text(3000),
  /** Contribution per inwoner over the years. */
  bijdragen: z.array(bijdrageSchema).max(20).default([]),
  /** Raadsrapporteur(s) for this regeling. */
  raadsrapporteur: z.string().max(300).default(""),
  /** When the regeling is next evaluated. */
  evaluatiedatum: datumSchema,
  /** What leaving would cost, and where that is written down. */
  uittredingskosten: text(2000),
  /** Meeting of the algemeen bestuur that adopts next year's begroting (for the jaarkalender). */
  abBegroting: datumSchema,
  /** Meeting of the algemeen bestuur that adopts last year's jaarrekening. */
  abJaarrekening: datumSchema,
  /** Notes: informatieprotocol, afspraken, contactpersoon. */
  notities: text(5000),
  /** Zienswijze helper for the ontwerpbegroting. */
  zienswijze: zienswijzeSchema.default(zienswijzeSchema.parse({})),
});

export type WgrVorm = (typeof WGR_VORMEN)[number];
export type Regeling = z.infer<typeof regelingSchema>;
export type Zienswijze = z.infer<typeof zienswijzeSchema>;
export type ZienswijzeAntwoord = z.infer<typeof zienswijzeAntwoordSchema>;
