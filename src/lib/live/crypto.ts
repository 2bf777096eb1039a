/**
 * End-to-end encryption of the live leeratelier with WebCrypto (browsers and Node 24 alike), ADR 0022.
 *
 * - The session key (AES-256-GCM) is made by the griffier's browser and travels only in the join link's
 *   fragment. It seals the session meta (bijeenkomst + griffier's public key) and the gedeelde uitkomst:
 *   what every participant may read.
 * - A bijdrage is sealed for the griffier alone: a one-time ECDH P-256 key pair per envelope, agreed with
 *   the griffier's public key and run through HKDF, gives the AES key. Someone who has the link (another
 *   participant, a photo of the QR code) can therefore read the bijeenkomst but not anyone's bijdrage.
 * - Every envelope binds its purpose and ids as additional data, so the server cannot move a bijdrage to
 *   another participant or session, or pass a bijdrage off as the meta, without decryption failing.
 */
import type { LiveEnvelope } from "../../schemas/liveEnvelope.ts";
import { fromBase64url, toBase64url } from "./base64url.ts";

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

const AES = { name: "AES-GCM", length: 256 } as const;
const ECDH = { name: "ECDH", namedCurve: "P-256" } as const;

/** `n` random bytes from the platform's CSPRNG. */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** 16 random bytes as base64url (22 characters): session, participant and transfer ids. */
export function newId(): string {
  return toBase64url(randomBytes(16));
}

/** 32 random bytes as base64url (43 characters): admin and write secrets. */
export function newSecret(): string {
  return toBase64url(randomBytes(32));
}

/** The additional data that ties an envelope to what it is for. */
export const aad = {
  meta: (sid: string) => `raadskompas-live/1/meta/${sid}`,
  bijdrage: (sid: string, pid: string) => `raadskompas-live/1/bijdrage/${sid}/${pid}`,
  uitkomst: (sid: string) => `raadskompas-live/1/uitkomst/${sid}`,
  transfer: (tid: string) => `raadskompas-live/1/overzetten/${tid}`,
} as const;

/** A new AES-256-GCM key, and the same as base64url for the link's fragment. */
export async function generateKey(): Promise<{ key: CryptoKey; raw: string }> {
  const raw = randomBytes(32);
  return { key: await importKey(toBase64url(raw)), raw: toBase64url(raw) };
}

/** The AES key from a link's fragment. Throws on a key of the wrong length. */
export async function importKey(raw: string): Promise<CryptoKey> {
  const bytes = fromBase64url(raw);
  if (bytes.length !== 32) throw new Error("de sleutel heeft niet de goede lengte");
  return subtle().importKey("raw", bytes, AES, false, ["encrypt", "decrypt"]);
}

/** The griffier's key pair; the private half never leaves her browser (stored as JWK by the caller). */
export async function generateGriffierKeys(): Promise<{ privateJwk: JsonWebKey; publicRaw: string }> {
  const pair = await subtle().generateKey(ECDH, true, ["deriveBits"]);
  const [privateJwk, publicRaw] = await Promise.all([
    subtle().exportKey("jwk", pair.privateKey),
    subtle().exportKey("raw", pair.publicKey),
  ]);
  return { privateJwk, publicRaw: toBase64url(new Uint8Array(publicRaw)) };
}

function bytesOf(plaintext: string | Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return typeof plaintext === "string" ? encoder.encode(plaintext) : plaintext;
}

async function sealWith(key: CryptoKey, data: string, plaintext: string | Uint8Array<ArrayBuffer>): Promise<{ iv: string; ct: string }> {
  const iv = randomBytes(12);
  const ct = await subtle().encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(data) }, key, bytesOf(plaintext));
  return { iv: toBase64url(iv), ct: toBase64url(new Uint8Array(ct)) };
}

async function openWith(key: CryptoKey, data: string, env: LiveEnvelope): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const pt = await subtle().decrypt(
      { name: "AES-GCM", iv: fromBase64url(env.iv), additionalData: encoder.encode(data) },
      key,
      fromBase64url(env.ct),
    );
    return new Uint8Array(pt);
  } catch {
    // One message for a wrong key, a changed byte and a swapped envelope: they look the same to GCM.
    throw new DecryptError();
  }
}

/** Thrown when an envelope does not open: wrong key, tampered ciphertext, or meant for something else. */
export class DecryptError extends Error {
  constructor() {
    super("Dit bericht kan niet worden geopend: de sleutel klopt niet of de inhoud is veranderd.");
    this.name = "DecryptError";
  }
}

/** Seal with the session (or transfer) key. */
export async function seal(key: CryptoKey, data: string, plaintext: string | Uint8Array<ArrayBuffer>): Promise<LiveEnvelope> {
  return { v: 1, ...(await sealWith(key, data, plaintext)) };
}

/** Open an envelope sealed with `seal`. */
export async function open(key: CryptoKey, data: string, env: LiveEnvelope): Promise<Uint8Array<ArrayBuffer>> {
  if (env.epk !== undefined) throw new DecryptError();
  return openWith(key, data, env);
}

async function agreedKey(privateKey: CryptoKey, peerPublic: CryptoKey, epkRaw: Uint8Array<ArrayBuffer>, recipientRaw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const shared = await subtle().deriveBits({ name: "ECDH", public: peerPublic }, privateKey, 256);
  const ikm = await subtle().importKey("raw", shared, "HKDF", false, ["deriveKey"]);
  // Both public keys in the info bind the AES key to this exact pair (as in ECIES/HPKE).
  const info = new Uint8Array([...encoder.encode("raadskompas-live/1/ecdh-p256-hkdf-sha256/"), ...epkRaw, ...recipientRaw]);
  return subtle().deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32), info }, ikm, AES, false, ["encrypt", "decrypt"]);
}

/** Seal for the griffier: only the holder of the private key belonging to `griffierPublicRaw` can open it. */
export async function sealFor(griffierPublicRaw: string, data: string, plaintext: string | Uint8Array<ArrayBuffer>): Promise<LiveEnvelope & { epk: string }> {
  const recipientRaw = fromBase64url(griffierPublicRaw);
  const recipient = await subtle().importKey("raw", recipientRaw, ECDH, false, []);
  const eph = await subtle().generateKey(ECDH, true, ["deriveBits"]);
  const epkRaw = new Uint8Array(await subtle().exportKey("raw", eph.publicKey));
  const key = await agreedKey(eph.privateKey, recipient, epkRaw, recipientRaw);
  return { v: 1, epk: toBase64url(epkRaw), ...(await sealWith(key, data, plaintext)) };
}

/** The griffier's private key, ready to open bijdragen. */
export async function importGriffierKey(privateJwk: JsonWebKey): Promise<{ privateKey: CryptoKey; publicRaw: string }> {
  const privateKey = await subtle().importKey("jwk", privateJwk, ECDH, false, ["deriveBits"]);
  // The public point is part of the private JWK; re-importing it without `d` gives the public key.
  const { d: _d, key_ops: _ops, ...pub } = privateJwk;
  const publicKey = await subtle().importKey("jwk", pub, ECDH, true, []);
  return { privateKey, publicRaw: toBase64url(new Uint8Array(await subtle().exportKey("raw", publicKey))) };
}

/** Open a bijdrage sealed with `sealFor`. */
export async function openFrom(griffier: { privateKey: CryptoKey; publicRaw: string }, data: string, env: LiveEnvelope): Promise<Uint8Array<ArrayBuffer>> {
  if (env.epk === undefined) throw new DecryptError();
  let key: CryptoKey;
  try {
    const epkRaw = fromBase64url(env.epk);
    const epk = await subtle().importKey("raw", epkRaw, ECDH, false, []);
    key = await agreedKey(griffier.privateKey, epk, epkRaw, fromBase64url(griffier.publicRaw));
  } catch {
    throw new DecryptError();
  }
  return openWith(key, data, env);
}

/** UTF-8 text of a decrypted envelope; a non-UTF-8 plaintext counts as one that does not open. */
export function text(bytes: Uint8Array<ArrayBuffer>): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DecryptError();
  }
}

/** The byte length of an envelope as JSON on the wire: what the server's size limits count. */
export function envelopeBytes(env: LiveEnvelope): number {
  return encoder.encode(JSON.stringify(env)).length;
}

/** gzip, so a werkboek of a few MB fits the transfer slot (JSON shrinks five- to tenfold). */
export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
}

/** Inverse of `gzip`; refuses to inflate beyond `maxBytes` (a small envelope must not become gigabytes). */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error("het overgezette werkboek is uitgepakt te groot");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
