import "./zodConfig.ts";
import * as z from "zod/mini";
import { liveEnvelopeSchema } from "./liveEnvelope.ts";
import { participantIdSchema, publicKeySchema } from "./liveIds.ts";

/** The body of `PUT /api/live/sessions/:sid/bijdragen/:pid`: a bijdrage sealed for the griffier. */
export const putBijdrageRequestSchema = z.extend(liveEnvelopeSchema, {
  /** Required here: a bijdrage is always sealed with the griffier's public key. */
  epk: publicKeySchema,
});

/** The answer to a stored bijdrage: the raadslid sees "Ontvangen door de griffie". */
export const putBijdrageResponseSchema = z.object({
  /** How often this participant's bijdrage changed on the server (1 for the first). */
  rev: z.int().check(z.minimum(1)),
  /** True the first time this participant sent anything: only then does the count go up. */
  nieuw: z.boolean(),
  /** When the server stored this version (ISO 8601). */
  ontvangenOp: z.iso.datetime({ offset: true }),
});

/** One bijdrage on the griffier's feed (event `bijdrage`). */
export const feedBijdrageSchema = z.object({
  /** The participant. */
  pid: participantIdSchema,
  /** Revision: a resend has a higher one and replaces the earlier version. */
  rev: z.int().check(z.minimum(1)),
  /** Position in the session's feed; the feed resumes after the last one seen. */
  seq: z.int().check(z.minimum(1)),
  /** The sealed bijdrage, or null when the participant withdrew it. */
  envelope: z.nullable(liveEnvelopeSchema),
  /** When the server stored this version (ISO 8601). */
  ontvangenOp: z.iso.datetime({ offset: true }),
});

export type PutBijdrageResponse = z.infer<typeof putBijdrageResponseSchema>;
export type FeedBijdrage = z.infer<typeof feedBijdrageSchema>;
