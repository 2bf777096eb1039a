/** When a samenvatting counts as klare taal; small and free of imports so the page can show the rule. */
import type { Leesbaarheid } from "./types.ts";

/**
 * A samenvatting in klare taal, calibrated on how Dutch B1 guidance is applied in practice: short
 * sentences (on average 15 words or fewer, the usual B1 rule of thumb) with a Flesch-Douma of at least
 * 45, or somewhat longer sentences (up to 20) when the words are easy (Flesch-Douma 60 or more).
 * Flesch-Douma alone is too strict for Dutch: its long compounds ("zorgparkeervergunning") pull the
 * score down while a reader takes them in at once. A single sentence is never a samenvatting in klare taal.
 */
export const KLARE_TAAL = {
  minSentences: 2,
  shortSentences: 15,
  minFleschDoumaShort: 45,
  maxSentenceLength: 20,
  minFleschDouma: 60,
} as const;

/** The thresholds above in words, for the page, the memo and the CLI. */
export const KLARE_TAAL_UITLEG =
  `Raadskompas noemt een samenvatting klare taal (ongeveer taalniveau B1) als ze minstens ${KLARE_TAAL.minSentences} zinnen heeft, ` +
  `én de zinnen gemiddeld hoogstens ${KLARE_TAAL.shortSentences} woorden hebben met een Flesch-Douma-score van minstens ${KLARE_TAAL.minFleschDoumaShort}, ` +
  `of gemiddeld hoogstens ${KLARE_TAAL.maxSentenceLength} woorden met een score van minstens ${KLARE_TAAL.minFleschDouma}.`;

/** True when a measured samenvatting meets KLARE_TAAL. */
export function isKlareTaal(r: Pick<Leesbaarheid, "source" | "sentences" | "fleschDouma" | "averageSentenceLength">): boolean {
  if (r.source !== "samenvatting" || r.sentences < KLARE_TAAL.minSentences) return false;
  const short = r.averageSentenceLength <= KLARE_TAAL.shortSentences && r.fleschDouma >= KLARE_TAAL.minFleschDoumaShort;
  const easy = r.averageSentenceLength <= KLARE_TAAL.maxSentenceLength && r.fleschDouma >= KLARE_TAAL.minFleschDouma;
  return short || easy;
}
