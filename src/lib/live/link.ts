/**
 * The join link and the transfer link. Session id and key sit in the fragment (after `#`), which a browser
 * never sends to any server, nor puts in a Referer. Write and admin secrets are never part of a link:
 * each browser makes its own and keeps it.
 */
export const MEEDOEN_PATH = "/leeratelier/meedoen/";
export const WERKBOEK_PATH = "/werkboek/";

const ID = /^[A-Za-z0-9_-]{22}$/;
const KEY = /^[A-Za-z0-9_-]{43}$/;

export interface JoinLink {
  /** Session id. */
  sid: string;
  /** Session key (AES-256, base64url). */
  key: string;
}

export interface TransferLink {
  /** Transfer slot id. */
  tid: string;
  /** Transfer key (AES-256, base64url). */
  key: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; fout: string };

/** `#s=…&k=…`: short, so the QR code stays coarse enough to scan from the back of the room. */
export function joinFragment(link: JoinLink): string {
  return `#s=${link.sid}&k=${link.key}`;
}

/** The whole join link for `origin` (e.g. "https://raadskompas.gemeente.nl"). */
export function joinUrl(origin: string, link: JoinLink): string {
  return new URL(MEEDOEN_PATH + joinFragment(link), origin).href;
}

/** `#t=…&k=…` on /werkboek/. */
export function transferFragment(link: TransferLink): string {
  return `#t=${link.tid}&k=${link.key}`;
}

export function transferUrl(origin: string, link: TransferLink): string {
  return new URL(WERKBOEK_PATH + transferFragment(link), origin).href;
}

function params(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
}

/** Reads `location.hash` of the meedoen page. Messages are for the raadslid, in plain Dutch. */
export function parseJoinFragment(hash: string): Parsed<JoinLink> {
  const p = params(hash);
  const sid = p.get("s");
  const key = p.get("k");
  if (sid === null && key === null) {
    return { ok: false, fout: "Deze link mist de code van de sessie. Scan de QR-code opnieuw of vraag de griffie om de link." };
  }
  if (sid === null || !ID.test(sid) || key === null || !KEY.test(key)) {
    return { ok: false, fout: "Deze link is niet compleet of beschadigd. Scan de QR-code opnieuw of vraag de griffie om de link." };
  }
  return { ok: true, value: { sid, key } };
}

/** Reads `location.hash` of /werkboek/; null when the hash is not a transfer at all. */
export function parseTransferFragment(hash: string): Parsed<TransferLink> | null {
  const p = params(hash);
  const tid = p.get("t");
  if (tid === null) return null;
  const key = p.get("k");
  if (!ID.test(tid) || key === null || !KEY.test(key)) {
    return { ok: false, fout: "Deze overzetlink is niet compleet of beschadigd. Maak op het andere apparaat een nieuwe QR-code." };
  }
  return { ok: true, value: { tid, key } };
}
