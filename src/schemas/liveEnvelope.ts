import "./zodConfig.ts";
import * as z from "zod/mini";
import { publicKeySchema } from "./liveIds.ts";

/**
 * Ciphertext as the relay stores and forwards it: AES-256-GCM, sealed in the browser. The server checks
 * only this shape and the size; it has no key to look inside (ADR 0022).
 */
export const liveEnvelopeSchema = z.strictObject({
  /** Envelope version. */
  v: z.literal(1),
  /** The 96-bit GCM nonce, base64url (16 characters). */
  iv: z.string().check(z.length(16), z.regex(/^[A-Za-z0-9_-]+$/)),
  /**
   * Only on a bijdrage: the sender's one-time ECDH P-256 public key. Together with the griffier's key
   * pair it yields the AES key, so only the griffier can open a bijdrage, not other participants.
   */
  epk: z.optional(publicKeySchema),
  /** Ciphertext followed by the 128-bit tag, base64url (at least the 16-byte tag). */
  ct: z.string().check(z.minLength(22), z.regex(/^[A-Za-z0-9_-]+$/)),
});

export type LiveEnvelope = z.infer<typeof liveEnvelopeSchema>;
