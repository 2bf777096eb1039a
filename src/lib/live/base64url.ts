/**
 * base64url without padding (RFC 4648 §5): ids, secrets, keys and ciphertext travel as plain URL-safe
 * text. btoa/atob exist in every browser and in Node; `Uint8Array.toBase64` is not on older iPads yet.
 */
const PATTERN = /^[A-Za-z0-9_-]*$/;

export function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  // Chunks keep String.fromCharCode's argument list far below the engine's limit for large ciphertexts.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Throws on anything that is not base64url, so a damaged link or envelope fails loudly, not as garbage. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (!PATTERN.test(text) || text.length % 4 === 1) throw new Error("geen geldige base64url-tekst");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Length in characters of `bytes` bytes as unpadded base64url. */
export function base64urlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}
