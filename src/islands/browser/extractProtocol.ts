/** The messages between the page and the file-reading worker (extract.worker.ts, extractClient.ts). Types only. */
export interface ExtractRequest {
  seq: number;
  bytes: ArrayBuffer;
  name: string;
}

export type ExtractResponse = { seq: number; text: string } | { seq: number; error: string };
