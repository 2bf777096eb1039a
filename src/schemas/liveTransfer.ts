import "./zodConfig.ts";
import * as z from "zod/mini";
import { liveEnvelopeSchema } from "./liveEnvelope.ts";

/** `GET /api/live/transfers/:tid`: whether the other device has fetched the werkboek yet. */
export const transferStatusSchema = z.object({
  /** False once fetched, expired or cancelled. */
  aanwezig: z.boolean(),
  /** When the server removes it unfetched (ISO 8601), or null when it is gone. */
  verlooptOp: z.nullable(z.iso.datetime({ offset: true })),
});

/** `POST /api/live/transfers/:tid/ophalen`: the sealed werkboek, removed from the server by this very request. */
export const transferTakeSchema = z.object({
  /** The compressed, sealed werkboek. */
  envelope: liveEnvelopeSchema,
});

export type TransferStatus = z.infer<typeof transferStatusSchema>;
