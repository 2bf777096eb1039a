/**
 * Text from an uploaded proposal without blocking the page: the size is checked before the file is
 * read, .txt and .docx are read in a worker (stopped after a time limit), .pdf by pdf.js in its worker.
 */
export interface ExtractRequest {
  seq: number;
  bytes: ArrayBuffer;
  name: string;
}

export type ExtractResponse = { seq: number; text: string } | { seq: number; error: string };

/** Longer than any real document needs; a file that takes this long is refused. */
const TIME_LIMIT_MS = 30_000;
let seq = 0;

export async function extractFile(file: File, pdfWorkerSrc: string): Promise<string> {
  const { checkFileSize } = await import("../../lib/raadsvoorstel/extract.ts");
  checkFileSize(file.size, file.name);
  if (/\.pdf$/iu.test(file.name.trim())) {
    const { extractText } = await import("../../lib/raadsvoorstel/extract.ts");
    return extractText(new Uint8Array(await file.arrayBuffer()), file.name, { pdfWorkerSrc });
  }
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module" });
  const mine = ++seq;
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("Het lezen van dit bestand duurde te lang en is gestopt. Kopieer de tekst en plak die in het tekstvak.")), TIME_LIMIT_MS);
      worker.onmessage = (e: MessageEvent<ExtractResponse>) => {
        if (e.data.seq !== mine) return;
        clearTimeout(timer);
        if ("error" in e.data) reject(new Error(e.data.error));
        else resolve(e.data.text);
      };
      worker.onerror = () => {
        clearTimeout(timer);
        reject(new Error("Dit bestand kon niet worden gelezen. Kopieer de tekst en plak die in het tekstvak."));
      };
      worker.postMessage({ seq: mine, bytes, name: file.name } satisfies ExtractRequest, [bytes]);
    });
  } finally {
    // One worker per file: a runaway unpack is ended with it, and memory is given back.
    worker.terminate();
  }
}
