import "./zodConfig.ts";
import * as z from "zod/mini";
import { bijeenkomstSchema } from "./bijeenkomst.ts";
import { publicKeySchema } from "./liveIds.ts";

/** Marks the decrypted session meta. */
export const LIVE_META_FORMAT = "raadskompas-live-sessie";

/**
 * The session meta before encryption: what every participant decrypts with the key from the link. The
 * server only ever holds it sealed, so it can neither read nor swap the griffier's public key.
 */
export const liveMetaSchema = z.object({
  /** Always "raadskompas-live-sessie". */
  format: z.literal(LIVE_META_FORMAT),
  /** Format version. */
  version: z.literal(1),
  /** The bijeenkomst: title and the asked parts. */
  bijeenkomst: bijeenkomstSchema,
  /** The griffier's ECDH P-256 public key: bijdragen are sealed for it. */
  griffierSleutel: publicKeySchema,
});

export type LiveMeta = z.infer<typeof liveMetaSchema>;
