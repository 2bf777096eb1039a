import "./zodConfig.ts";
// zod/mini: part of the werkboek schema, which runs in the browser (ADR 0015).
import * as z from "zod/mini";
import { jaarkalenderSchema } from "./jaarkalender.ts";
import { regelingSchema } from "./regeling.ts";
import { startnotitieSchema } from "./startnotitie.ts";
import { beleidscyclusSchema } from "./beleidscyclus.ts";
import { shortText } from "./visie.ts";

/**
 * The Sturing worksheets (jaarkalender, regionale samenwerking, startnotitie, beleidscyclus).
 * Added in werkboek version 3; every field has a default, so `{}` (what the 2 → 3 migration writes) is valid.
 */
export const sturingSchema = z.object({
  /** Name of the user's gemeente, used in letters (zienswijze). */
  gemeente: shortText(120),
  /** Werkblad jaarkalender: the raad's P&C dates. */
  jaarkalender: z._default(jaarkalenderSchema, jaarkalenderSchema.parse({})),
  /** Gemeenschappelijke regelingen: cards on /sturing/regionale-samenwerking/, dates in the jaarkalender. */
  regelingen: z._default(z.array(regelingSchema).check(z.maxLength(40)), []),
  /** Werkblad startnotitie. */
  startnotitie: z._default(startnotitieSchema, startnotitieSchema.parse({})),
  /** Werkblad beleidscyclus for one theme. */
  beleidscyclus: z._default(beleidscyclusSchema, beleidscyclusSchema.parse({})),
});

export type Sturing = z.infer<typeof sturingSchema>;
