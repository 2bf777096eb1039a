/**
 * Plain text from an uploaded proposal (.txt, .docx, .pdf). Works in Node and in the browser: the
 * heavy readers (mammoth, pdf.js) are imported only when a file of their type arrives.
 *
 * In the browser pdf.js needs a worker: pass `pdfWorkerSrc` (or set `GlobalWorkerOptions.workerSrc`
 * yourself). In Node no worker is needed.
 */

export const SUPPORTED_EXTENSIONS = [".txt", ".docx", ".pdf"] as const;

export interface ExtractOptions {
  /** URL of pdf.worker.mjs, for the browser. */
  pdfWorkerSrc?: string;
}

export async function extractText(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<string> {
  const ext = extensionOf(fileName);
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
  return text;
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

async function docxText(bytes: Uint8Array): Promise<string> {
  if (!isZip(bytes)) throw new Error(NOT_WORD);
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
