/**
 * Plain text from an uploaded proposal (.txt, .docx, .pdf). Works in Node and in the browser: the
 * heavy readers (mammoth, pdf.js) are imported only when a file of their type arrives.
 *
 * In the browser pdf.js needs a worker: pass `pdfWorkerSrc` (or set `GlobalWorkerOptions.workerSrc`
 * yourself). In Node no worker is needed.
 */

import { MAX_TOETS_TEXT_CHARS, MAX_UPLOAD_BYTES } from "../../vocabulary/limits.ts";

export const SUPPORTED_EXTENSIONS = [".txt", ".docx", ".pdf"] as const;

/**
 * Limits that keep a hostile or absurd file from freezing the page or exhausting memory (ADR 0009).
 * A long raadsvoorstel has a few hundred thousand characters; the caps are ten times that and more.
 */
export const LIMITS = {
  /** Characters of text handed on: the same cap as a saved toets (src/schemas/toets.ts). */
  textChars: MAX_TOETS_TEXT_CHARS,
  /** A .txt file; 2 million characters take at most 8 MB even in UTF-8. */
  txtBytes: 8 * 1024 * 1024,
  /** A .docx or .pdf file as uploaded. */
  fileBytes: MAX_UPLOAD_BYTES,
  /** The XML of a .docx once unpacked: checked while unpacking, before the Word reader sees it. */
  docxXmlBytes: 40 * 1024 * 1024,
  /** Every part of a .docx together (images included), as its own table of contents declares. */
  docxDeclaredBytes: 300 * 1024 * 1024,
  /** Parts in a .docx. */
  docxEntries: 5000,
} as const;

const nf = new Intl.NumberFormat("nl-NL");
const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;

export interface ExtractOptions {
  /** URL of pdf.worker.mjs, for the browser. */
  pdfWorkerSrc?: string;
}

export async function extractText(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<string> {
  const ext = extensionOf(fileName);
  checkFileSize(bytes.length, fileName);
  let text: string;
  if (ext === ".txt") text = decodeText(bytes);
  else if (ext === ".docx") text = await docxText(bytes);
  else if (ext === ".pdf") text = await pdfText(bytes, options);
  else {
    const kind = ext === "" ? "zonder extensie" : `'${ext}'`;
    throw new Error(`Dit bestandstype (${kind}) kan niet worden gelezen. Gebruik een .txt-, .docx- of .pdf-bestand.`);
  }
  if (text.trim() === "") {
    throw new Error(
      ext === ".pdf"
        ? "Deze pdf bevat geen tekst die gelezen kan worden. Misschien is het een scan; probeer een Word-versie."
        : "Dit document is leeg: er staat geen tekst in.",
    );
  }
  if (text.length > LIMITS.textChars) {
    throw new Error(
      `Dit document bevat te veel tekst (${nf.format(text.length)} tekens; hooguit ${nf.format(LIMITS.textChars)}). Kopieer het deel dat je wilt toetsen en plak dat in het tekstvak.`,
    );
  }
  return text;
}

/**
 * Refuses a file that is too large before anything reads it. Call it with `file.size` in the browser,
 * so a 600 MB file is never loaded into memory.
 */
export function checkFileSize(size: number, fileName: string): void {
  const ext = extensionOf(fileName);
  const max = ext === ".txt" ? LIMITS.txtBytes : LIMITS.fileBytes;
  if (size > max) {
    throw new Error(`Dit bestand is te groot (${mb(size)}). Een ${ext === "" ? "bestand" : ext.slice(1)}-bestand mag hooguit ${mb(max)} zijn. Kies een kleiner bestand of kopieer de tekst die je wilt toetsen.`);
  }
}

function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/u.exec(fileName.trim());
  return m === null ? "" : m[0].toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// .txt

/** UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252 (old Word "Save as text"). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 4096).includes(0)) {
    throw new Error("Dit bestand kon niet worden gelezen: het lijkt geen tekstbestand.");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return new TextDecoder("windows-1252").decode(body);
  }
}

// ---------------------------------------------------------------------------------------------------
// .docx

const NOT_WORD = "Dit bestand kon niet worden gelezen: het lijkt geen geldig Word-document.";

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const TOO_BIG_WORD = `Dit Word-document is uitgepakt veel groter dan een raadsvoorstel kan zijn (meer dan ${mb(LIMITS.docxXmlBytes)} tekst-opmaak). Het is niet gelezen. Sla het opnieuw op in Word, of kopieer de tekst.`;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** The zip's table of contents (central directory); null when it is not a readable zip. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > LIMITS.docxEntries) throw new Error(TOO_BIG_WORD);
  const out: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    out.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return out;
}

/** Inflates one entry and counts the bytes, stopping as soon as `budget` is exceeded. Keeps nothing. */
async function inflatedSize(bytes: Uint8Array, e: ZipEntry, budget: number): Promise<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = e.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new Error(NOT_WORD);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data.length;
  if (e.method !== 8) throw new Error(NOT_WORD);
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.length;
      if (total > budget) return total;
    }
  } catch {
    throw new Error(NOT_WORD);
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/**
 * Checks the real unpacked size of a .docx before the Word reader unpacks it in memory: a "zip bomb"
 * of a few hundred KB can hold gigabytes. The declared sizes can lie, so the XML parts (the ones the
 * reader opens) are inflated here with a running count; nothing is kept.
 */
export async function checkDocxSize(bytes: Uint8Array): Promise<void> {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error(NOT_WORD);
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > LIMITS.docxDeclaredBytes || entries.some((e) => e.uncompressedSize === 0xffffffff)) throw new Error(TOO_BIG_WORD);
  let budget = LIMITS.docxXmlBytes;
  for (const e of entries) {
    if (!/\.(xml|rels)$/iu.test(e.name)) continue;
    budget -= await inflatedSize(bytes, e, budget);
    if (budget < 0) throw new Error(TOO_BIG_WORD);
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  if (!isZip(bytes)) throw new Error(NOT_WORD);
  await checkDocxSize(bytes);
  const mammoth = (await import("mammoth")).default;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; give both.
  const input = { buffer: bytes, arrayBuffer: toArrayBuffer(bytes) } as unknown as Parameters<
    typeof mammoth.extractRawText
  >[0];
  try {
    const result = await mammoth.extractRawText(input);
    return result.value;
  } catch {
    throw new Error(NOT_WORD);
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

// ---------------------------------------------------------------------------------------------------
// .pdf

const NOT_PDF = "Dit bestand kon niet worden gelezen: het lijkt geen geldige pdf.";

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Positioned {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

function runsInNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === "string";
}

const LEGACY_PDFJS = "pdfjs-dist/legacy/build/pdf.mjs";

async function loadPdfjs(options: ExtractOptions): Promise<typeof import("pdfjs-dist")> {
  // The legacy build runs in Node without DOM; browsers get the modern build.
  // The specifier is a variable so the bundler leaves the legacy build (~0.5 MB) out of the site: only
  // Node (the CLI, tests) loads it, from node_modules (ADR 0015).
  const pdfjs = runsInNode() ? ((await import(/* @vite-ignore */ LEGACY_PDFJS)) as typeof import("pdfjs-dist")) : await import("pdfjs-dist");
  if (options.pdfWorkerSrc !== undefined && pdfjs.GlobalWorkerOptions.workerSrc === "") {
    pdfjs.GlobalWorkerOptions.workerSrc = options.pdfWorkerSrc;
  }
  return pdfjs as typeof import("pdfjs-dist");
}

async function pdfText(bytes: Uint8Array, options: ExtractOptions): Promise<string> {
  if (!isPdf(bytes)) throw new Error(NOT_PDF);
  const pdfjs = await loadPdfjs(options);
  // pdf.js takes ownership of the buffer it gets; hand it a copy so the caller's bytes stay usable.
  // (pdf.js 6 no longer has `isEvalSupported`: it never evaluates font code.)
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    useWorkerFetch: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) if (isTextItem(item)) items.push(item);
      pages.push(pageText(items));
    }
    return pages.join("\n\n");
  } catch (error) {
    const name = (error as { name?: string } | null)?.name ?? "";
    if (name === "PasswordException") {
      throw new Error("Dit bestand kon niet worden gelezen: de pdf is beveiligd met een wachtwoord.");
    }
    throw new Error(NOT_PDF);
  } finally {
    await task.destroy();
  }
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/**
 * Rebuilds lines from positioned text: items on the same baseline form one line (left to right), and a
 * vertical gap clearly wider than the usual line spacing becomes a blank line, so headings stay on a
 * line of their own and paragraphs stay apart.
 */
export function pageText(items: PdfTextItem[]): string {
  const positioned: Positioned[] = items
    .filter((i) => i.str !== "")
    .map((i) => {
      const x = i.transform[4] ?? 0;
      const size = Math.abs(i.transform[3] ?? i.height) || i.height || 10;
      return { str: i.str, x, y: i.transform[5] ?? 0, end: x + i.width, size };
    });
  const lines: Positioned[][] = [];
  for (const item of [...positioned].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line !== undefined && first !== undefined && Math.abs(first.y - item.y) <= Math.max(2, first.size * 0.4)) {
      line.push(item);
    } else {
      lines.push([item]);
    }
  }
  const gaps = lines.slice(1).map((l, i) => (lines[i]?.[0]?.y ?? 0) - (l[0]?.y ?? 0));
  const usual = median(gaps.filter((g) => g > 0)) ?? 0;
  return lines
    .map((line, i) => {
      const text = joinLine(line.sort((a, b) => a.x - b.x));
      const gap = gaps[i - 1];
      return i > 0 && gap !== undefined && usual > 0 && gap > usual * 1.5 ? `\n${text}` : text;
    })
    .join("\n");
}

function joinLine(items: Positioned[]): string {
  let out = "";
  let prevEnd: number | null = null;
  for (const item of items) {
    const needsSpace =
      prevEnd !== null && item.x - prevEnd > item.size * 0.15 && !out.endsWith(" ") && !item.str.startsWith(" ");
    out += (needsSpace ? " " : "") + item.str;
    prevEnd = item.end;
  }
  return out.trimEnd();
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
