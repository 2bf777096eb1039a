/** A short random id (not a UUID: they end up in URLs and files people may read). */
export function newId(prefix = ""): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  const id = Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("").slice(0, 14);
  return prefix ? `${prefix}-${id}` : id;
}
