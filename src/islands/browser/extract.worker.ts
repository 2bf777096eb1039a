/// <reference lib="webworker" />
/**
 * Reads .txt and .docx files off the main thread: a hostile Word file is refused here after at most a
 * few seconds of unpacking, and the page stays usable meanwhile. (PDFs are read by pdf.js, which has
 * its own worker.)
 */
import type { ExtractRequest, ExtractResponse } from "./extractClient.ts";

self.onmessage = async (e: MessageEvent<ExtractRequest>) => {
  const { seq, bytes, name } = e.data;
  let reply: ExtractResponse;
  try {
    const { extractText } = await import("../../lib/raadsvoorstel/extract.ts");
    reply = { seq, text: await extractText(new Uint8Array(bytes), name) };
  } catch (err) {
    reply = { seq, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
