/**
 * Readability of an authored card (staalkaart, koerskaart), measured exactly like the raadsvoorstel
 * toets measures a proposal: Flesch-Douma, words per sentence, share of long words.
 */
import { measureReadability } from "./raadsvoorstel/readability.ts";
import { splitSentences } from "./raadsvoorstel/text.ts";
import { mdxToText } from "./search.ts";

export interface KaartLeesbaarheid {
  words: number;
  sentences: number;
  averageSentenceLength: number;
  longWordShare: number;
  fleschDouma: number;
  oordeel: string;
  /** The hardest sentences, lowest Flesch-Douma first. */
  hardestSentences: { text: string; fleschDouma: number; words: number }[];
}

/**
 * The running text of an MDX body. Headings go: they are labels, not sentences, and would make the
 * average sentence look shorter than what a reader actually reads. Each list item becomes its own
 * paragraph, so it counts as one sentence, as the toets counts bullet points; so does each table row.
 */
export function kaartProse(body: string): string {
  const paragraphs = body
    .replace(/^[ \t]{0,3}#{1,6}[ \t].*$/gm, "")
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, "\n")
    .replace(/^[ \t]*\|[ \t]*:?-{3,}.*$/gm, "")
    .replace(/^[ \t]*\|/gm, "\n|");
  return mdxToText(paragraphs);
}

/** Readability of an MDX card body. */
export function kaartLeesbaarheid(body: string): KaartLeesbaarheid {
  const text = kaartProse(body);
  const r = measureReadability(text, splitSentences(text, 0, text.length), "begin");
  return {
    words: r.words,
    sentences: r.sentences,
    averageSentenceLength: r.averageSentenceLength,
    longWordShare: r.longWordShare,
    fleschDouma: r.fleschDouma,
    oordeel: r.oordeel,
    hardestSentences: r.hardestSentences.map(({ text: t, fleschDouma, words }) => ({ text: t, fleschDouma, words })),
  };
}
