import "./zodConfig.ts";
import * as z from "zod/mini";
import { liveEnvelopeSchema } from "./liveEnvelope.ts";

/** The names of the events on the two live feeds (Server-Sent Events). */
export const FEED_EVENTS = {
  /** Griffier's feed: one bijdrage (liveBijdrage's feedBijdrageSchema). */
  bijdrage: "bijdrage",
  /** Both feeds: the state of the session; on the griffier's feed it also closes each catch-up. */
  sessie: "sessie",
  /** Participants' feed: a new gedeelde uitkomst. */
  uitkomst: "uitkomst",
  /** Both feeds: the griffier deleted the session; the feed ends. */
  verwijderd: "verwijderd",
} as const;

/** Event `sessie`. */
export const feedSessieSchema = z.object({
  /** True once insturen is closed. */
  gesloten: z.boolean(),
  /** Participants with a bijdrage on the server (griffier's feed only). */
  aantal: z.optional(z.int().check(z.minimum(0))),
  /** Revision of the gedeelde uitkomst, 0 when none. */
  uitkomstRev: z.int().check(z.minimum(0)),
});

/** Event `uitkomst` and `GET /api/live/sessions/:sid/uitkomst`: the combined view, sealed with the session key. */
export const feedUitkomstSchema = z.object({
  /** Goes up each time the griffier shares again. */
  rev: z.int().check(z.minimum(1)),
  /** The sealed uitkomst. */
  envelope: liveEnvelopeSchema,
});

export type FeedSessie = z.infer<typeof feedSessieSchema>;
export type FeedUitkomst = z.infer<typeof feedUitkomstSchema>;
