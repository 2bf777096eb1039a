/**
 * A werkboek to another device through the relay: compressed, sealed with a one-time key that only the
 * QR code carries, fetched once and then gone from the server (or after 10 minutes unfetched).
 */
import type { LiveClient } from "./client.ts";
import { LiveError } from "./client.ts";
import { aad, envelopeBytes, generateKey, gunzip, gzip, importKey, newId, open, seal } from "./crypto.ts";
import { LIVE_LIMITS } from "./limits.ts";
import type { TransferLink } from "./link.ts";

const encoder = new TextEncoder();
/** A werkboek may be 20 MB (ADR 0008); a transfer never inflates beyond that. */
export const MAX_WERKBOEK_BYTES = 20 * 1024 * 1024;

export async function sendWerkboek(client: LiveClient, werkboekJson: string): Promise<{ link: TransferLink; verlooptOp: string }> {
  const tid = newId();
  const { key, raw } = await generateKey();
  const env = await seal(key, aad.transfer(tid), await gzip(encoder.encode(werkboekJson)));
  if (envelopeBytes(env) > LIVE_LIMITS.transferBytes) {
    throw new LiveError(413, "te-groot", `Dit werkboek is te groot om over te zetten (hooguit ${LIVE_LIMITS.transferBytes / 1024 / 1024} MB ingepakt). Exporteer het als bestand.`);
  }
  const { verlooptOp } = await client.putTransfer(tid, env);
  return { link: { tid, key: raw }, verlooptOp };
}

/** Fetches (and thereby removes) the werkboek; returns its JSON text for the normal import. */
export async function receiveWerkboek(client: LiveClient, link: TransferLink): Promise<string> {
  const { envelope } = await client.takeTransfer(link.tid);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await open(await importKey(link.key), aad.transfer(link.tid), envelope);
  } catch {
    throw new LiveError(400, "sleutel", "Het werkboek kon niet worden geopend: de QR-code hoort er niet bij. Maak op het andere apparaat een nieuwe.");
  }
  return new TextDecoder().decode(await gunzip(bytes, MAX_WERKBOEK_BYTES));
}
