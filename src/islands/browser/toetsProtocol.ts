import type { Visie } from "../../schemas/visie.ts";
import type { ToetsThesaurus } from "../../schemas/toetsThesaurus.ts";
import type { Analyse } from "../../lib/raadsvoorstel/types.ts";
import type { Vraag } from "../../lib/raadsvoorstel/questions.ts";

/** Page → worker: analyse this text against the criteria and (optionally) this visie. */
export interface ToetsRequest {
  seq: number;
  text: string;
  visie: Visie | null;
  thesaurus?: ToetsThesaurus;
}

/** Worker → page. `seq` lets the page drop answers to text that has changed since. */
export type ToetsResponse = { seq: number; analyse: Analyse; vragen: Vraag[] } | { seq: number; error: string };

let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, (r: ToetsResponse) => void>();

/** Sends text to the (lazily started) worker; resolves with the answer for this request. */
export function analyseInWorker(text: string, visie: Visie | null, thesaurus?: ToetsThesaurus): Promise<ToetsResponse> {
  if (!worker) {
    worker = new Worker(new URL("./toets.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<ToetsResponse>) => {
      waiting.get(e.data.seq)?.(e.data);
      waiting.delete(e.data.seq);
    };
    worker.onerror = () => {
      for (const [s, resolve] of waiting) resolve({ seq: s, error: "De analyse kon niet worden gestart." });
      waiting.clear();
      worker = null;
    };
  }
  const mine = ++seq;
  return new Promise((resolve) => {
    waiting.set(mine, resolve);
    worker?.postMessage({ seq: mine, text, visie, ...(thesaurus ? { thesaurus } : {}) } satisfies ToetsRequest);
  });
}

/** True when `r` answers the latest request (older answers are stale). */
export const isLatest = (r: ToetsResponse) => r.seq === seq;
