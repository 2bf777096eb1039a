/// <reference lib="webworker" />
/**
 * Runs the raadsvoorstel analysis off the main thread, so typing in a 260 KB proposal never stalls.
 * The toetsstenen are derived here too: that keeps the stemmer out of the page's own bundle.
 */
import { analyseRaadsvoorstel } from "../lib/raadsvoorstel/analyse.ts";
import { vragenVoorCollege } from "../lib/raadsvoorstel/questions.ts";
import { toetsstenenFromVisie } from "../lib/raadsvoorstel/toetsstenen.ts";
import type { ToetsRequest, ToetsResponse } from "./toetsProtocol.ts";

self.onmessage = (e: MessageEvent<ToetsRequest>) => {
  const { seq, text, visie, thesaurus } = e.data;
  try {
    const toetsstenen = visie ? toetsstenenFromVisie(visie) : [];
    const analyse = analyseRaadsvoorstel(text, thesaurus ? { toetsstenen, thesaurus } : { toetsstenen });
    const reply: ToetsResponse = { seq, analyse, vragen: vragenVoorCollege(analyse) };
    self.postMessage(reply);
  } catch (err) {
    const reply: ToetsResponse = { seq, error: err instanceof Error ? err.message : String(err) };
    self.postMessage(reply);
  }
};
