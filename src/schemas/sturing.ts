import "./zodConfig.ts";
import { z } from "zod";
import { jaarkalenderSchema } from "./jaarkalender.ts";
import { regelingSchema } from "./regeling.ts";
import { startnotitieSchema } from "./startnotitie.ts";
import { beleidscyclusSchema } from "./beleidscyclus.ts";

/**
 * The Sturing worksheets (jaarkalender, regionale samenwerking, startnotitie, beleidscyclus).
 * Added in werkboek version 3; every field has a default, so `{}` (what the 2 → 3 migration writes) is valid.
 */
export const sturingSchema = z.object({
  /** Name of the user's gemeente, used in letters (zienswijze). */
  gemeente: z.string().max(120).default(""),
  /** Werkblad jaarkalender: the raad's P&C dates. */
  jaarkalender: jaarkalenderSchema.default(jaarkalenderSchema.parse({})),
  /** Gemeenschappelijke regelingen: cards on /sturing/regionale-samenwerking/, dates in the jaarkalender. */
  regelingen: z.array(regelingSchema).max(40).default([]),
  /** Werkblad startnotitie. */
  startnotitie: startnotitieSchema.default(startnotitieSchema.parse({})),
  /** Werkblad beleidscyclus for one theme. */
  beleidscyclus: beleidscyclusSchema.default(beleidscyclusSchema.parse({})),
});

export type Sturing = z.infer<typeof sturingSchema>;
