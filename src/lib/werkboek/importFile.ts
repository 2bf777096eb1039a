/**
 * Reading a werkboek file a user picked: size before reading, encoding, a structural check before
 * JSON.parse, validation (io.ts) and new ids for duplicates. Kept apart from io.ts so pages load this
 * code only when a file is chosen.
 */
import { newId } from "../ids.ts";
import { formatGetal } from "../getal.ts";
import { EMPTY_FILE, MAX_IMPORT_BYTES, describePath, fileTooLarge, parseWerkboekFile, type ParseResult } from "./io.ts";

/** No object or list in a werkboek has this many parts; a file that does is refused before validation. */
const MAX_PARTS = 1000;

/**
 * First object or list with more than MAX_PARTS members, found by scanning the JSON text itself:
 * building an object with hundreds of thousands of keys already takes seconds, so this runs before
 * JSON.parse. Only commas outside strings are counted. `maxParts`: a format with longer lists (the
 * leeratelier's bijdragen) passes its own limit.
 */
export function oversizedPart(text: string, maxParts = MAX_PARTS): { path: PropertyKey[]; size: number } | null {
  const stack: { commas: number; key: PropertyKey | null; array: boolean; expectKey: boolean; lastKey: string | null }[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34) break;
        else j++;
      }
      const top = stack[stack.length - 1];
      if (top && !top.array && top.expectKey) {
        top.lastKey = text.slice(i + 1, Math.min(j, i + 81));
        top.expectKey = false;
      }
      i = j;
    } else if (c === 123 || c === 91) {
      const top = stack[stack.length - 1];
      const key = top ? (top.array ? top.commas : top.lastKey) : null;
      stack.push({ commas: 0, key, array: c === 91, expectKey: c === 123, lastKey: null });
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (!top) continue;
      top.commas++;
      top.expectKey = !top.array;
      if (top.commas >= maxParts) {
        return { path: stack.slice(1).map((f) => f.key ?? "?"), size: countMembers(text, i, top.commas) };
      }
    }
  }
  return null;
}

/** Members of the container being scanned, counted on from `i` (for the message only; bounded). */
function countMembers(text: string, from: number, commas: number): number {
  let depth = 0;
  let count = commas;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (depth === 0) break;
      depth--;
    } else if (c === 44 && depth === 0) count++;
  }
  return count + 1;
}

/**
 * Gives a new id to each later item that repeats an id within its list, so an edit never changes two
 * entries at once. Links (koppelingen, toetsstenen) keep pointing at the first, which keeps its id.
 */
function dedupeIds<T>(value: T): { value: T; renamed: number; dropped: number } {
  let renamed = 0;
  let dropped = 0;
  // A toets's criteria carry fixed ids ("S", "A" … "G"), not generated ones: a new id would be invalid,
  // so a repeated criterion is left out and the first one is kept.
  const FIXED_IDS = new Set(["criteria"]);
  const walk = (v: unknown, key = ""): unknown => {
    if (Array.isArray(v) && FIXED_IDS.has(key)) {
      const seen = new Set<string>();
      return v.flatMap((item) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === "string" && seen.has(id)) {
          dropped++;
          return [];
        }
        if (typeof id === "string") seen.add(id);
        return [walk(item)];
      });
    }
    if (Array.isArray(v)) {
      const seen = new Set<string>();
      return v.map((item) => {
        const next = walk(item);
        const id = (next as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return next;
        if (!seen.has(id)) {
          seen.add(id);
          return next;
        }
        renamed++;
        let fresh = newId(id.slice(0, 40));
        while (seen.has(fresh)) fresh = newId(id.slice(0, 40));
        seen.add(fresh);
        return { ...(next as object), id: fresh };
      });
    }
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const out = walk(value) as T;
  return { value: renamed === 0 && dropped === 0 ? value : out, renamed, dropped };
}

/**
 * File bytes to text. A werkboek export is UTF-8; a file that is not (re-saved in an old editor as
 * Windows-1252) is read as Windows-1252, with a warning, rather than with "�" in every é.
 */
function decodeWerkboekBytes(bytes: Uint8Array): { text: string; warning?: string } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(body),
      warning: "Dit bestand was niet als UTF-8 opgeslagen. Het is gelezen als Windows-1252 (West-Europees). Kijk na of letters als é en ë goed zijn overgekomen.",
    };
  }
}

/** Reads a chosen file: size first (without reading it), then bytes, decoding and validation. */
export async function readWerkboekFile(file: { size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<ParseResult> {
  if (file.size === 0) return { ok: false, errors: [EMPTY_FILE] };
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [fileTooLarge(file.size)] };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, errors: ["Het bestand kon niet worden gelezen. Kies het opnieuw, of kopieer het eerst naar je eigen computer."] };
  }
  return parseWerkboekBytes(bytes);
}

/** `parseWerkboekFile` for raw bytes, with the encoding check. */
export function parseWerkboekBytes(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_IMPORT_BYTES) return parseWerkboekFile("", bytes.length);
  const { text, warning } = decodeWerkboekBytes(bytes);
  const big = oversizedPart(text);
  if (big) {
    return { ok: false, errors: [`Het onderdeel "${describePath(big.path)}" heeft ${formatGetal(big.size)} delen; een werkboek heeft er nergens meer dan ${formatGetal(MAX_PARTS)}. Het bestand is waarschijnlijk beschadigd. Kies een andere export.`] };
  }
  const r = parseWerkboekFile(text, bytes.length);
  if (!r.ok) return r;
  const { value: werkboek, renamed, dropped } = dedupeIds(r.werkboek);
  const warnings = [
    ...(warning ? [warning] : []),
    ...(renamed > 0 ? [`${renamed} ${renamed === 1 ? "onderdeel had" : "onderdelen hadden"} dezelfde id als een ander onderdeel en ${renamed === 1 ? "kreeg" : "kregen"} een nieuwe. Kijk na of alles klopt.`] : []),
    ...(dropped > 0 ? [`${dropped} ${dropped === 1 ? "criterium stond" : "criteria stonden"} twee keer in dezelfde toets. Alleen het eerste is bewaard.`] : []),
  ];
  return { ...r, werkboek, ...(warnings.length > 0 ? { warnings } : {}) };
}


