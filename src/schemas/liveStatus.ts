import "./zodConfig.ts";
import * as z from "zod/mini";

/**
 * `GET /api/live/status`: present only when the site runs on its own live server. A static host answers
 * 404 (or HTML), and the live buttons then explain that this installation has no live server.
 */
export const liveStatusSchema = z.object({
  /** Always true. */
  live: z.literal(true),
  /** Protocol version of the relay API. */
  versie: z.literal(1),
  /** The sizes a client must stay within (bytes of the JSON envelope). */
  limieten: z.object({
    /** Maximum encrypted bijdrage. */
    bijdrageBytes: z.int(),
    /** Maximum encrypted werkboek transfer. */
    transferBytes: z.int(),
    /** Maximum participants per session. */
    participantsPerSession: z.int(),
  }),
});

export type LiveStatus = z.infer<typeof liveStatusSchema>;
