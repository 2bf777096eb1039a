import "./zodConfig.ts";
import * as z from "zod/mini";
import { liveEnvelopeSchema } from "./liveEnvelope.ts";
import { sessionIdSchema } from "./liveIds.ts";

/** `POST /api/live/sessions` (with the admin secret as Bearer token): start or re-create a session. */
export const createSessionRequestSchema = z.strictObject({
  /** The session id the griffier's browser chose. */
  id: sessionIdSchema,
  /** The encrypted session meta (liveMeta: bijeenkomst and the griffier's public key). */
  meta: liveEnvelopeSchema,
});

/** `GET /api/live/sessions/:sid`: what a participant needs to join. Never the bijdragen. */
export const sessionInfoSchema = z.object({
  /** The session id. */
  id: sessionIdSchema,
  /** The encrypted session meta. */
  meta: liveEnvelopeSchema,
  /** True once the griffier pressed "Insturen sluiten". */
  gesloten: z.boolean(),
  /** Revision of the gedeelde uitkomst, 0 when none is shared. */
  uitkomstRev: z.int().check(z.minimum(0)),
});

export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
