/// <reference lib="webworker" />
/**
 * Runs the raadsvoorstel analysis off the main thread, so typing in a 260 KB proposal never stalls.
 * The toetsstenen are derived here too: that keeps the stemmer out of the page's own bundle.
 */
import { analyseRaadsvoorstel } from "../../lib/raadsvoorstel/analyse.ts";
import { vragenVoorCollege } from "../../lib/raadsvoorstel/questions.ts";
import { toetsstenenFromVisie } from "../../lib/raadsvoorstel/toetsstenen.ts";
import { findTitle } from "../../lib/raadsvoorstel/document.ts";
import { soortWaarschuwing } from "../../lib/raadsvoorstel/soort.ts";
import type { ToetsRequest, ToetsResponse } from "./toetsProtocol.ts";
import type { ToetsThesaurus } from "../../schemas/toetsThesaurus.ts";

// Every message carries a fresh copy of the same thesaurus; keeping the first lets compileThesaurus reuse its work.
let kept: ToetsThesaurus | undefined;

self.onmessage = (e: MessageEvent<ToetsRequest>) => {
  const { seq, text, visie } = e.data;
  const thesaurus = (kept ??= e.data.thesaurus);
  try {
    const toetsstenen = visie ? toetsstenenFromVisie(visie) : [];
    const analyse = analyseRaadsvoorstel(text, thesaurus ? { toetsstenen, thesaurus } : { toetsstenen });
    const waarschuwing = soortWaarschuwing(text);
    const reply: ToetsResponse = {
      seq,
      analyse,
      vragen: vragenVoorCollege(analyse),
      volledigeTitel: findTitle(text, Infinity),
      ...(waarschuwing !== undefined ? { waarschuwing } : {}),
    };
    self.postMessage(reply);
  } catch (err) {
    const reply: ToetsResponse = { seq, error: err instanceof Error ? err.message : String(err) };
    self.postMessage(reply);
  }
};
