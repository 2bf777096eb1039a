/** The messages between the page and the toets worker (toets.worker.ts, toetsClient.ts). Types only. */
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
export type ToetsResponse =
  | {
      seq: number;
      analyse: Analyse;
      vragen: Vraag[];
      /** The title without the 120-character clip, for the APK's CSV. */
      volledigeTitel: string;
      /** "Dit lijkt geen raadsvoorstel …" when the text reads as a verordening (soort.ts). */
      waarschuwing?: string;
    }
  | { seq: number; error: string };
