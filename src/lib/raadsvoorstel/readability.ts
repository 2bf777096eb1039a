/**
 * Readability of a Dutch text: Flesch-Douma (the Dutch adaptation of Flesch Reading Ease), average
 * sentence length and the share of long words, with a Dutch syllable counter.
 */
import { evidence, type Span } from "./text.ts";
import type { Leesbaarheid } from "./types.ts";

/** Dutch vowel sounds written with more than one letter, longest first. Each is one syllable. */
const VOWEL_UNITS = [
  "ieu",
  "eeu",
  "oei",
  "aai",
  "ooi",
  "aa",
  "ee",
  "oo",
  "uu",
  "ie",
  "oe",
  "eu",
  "ei",
  "ui",
  "ou",
  "au",
  "ai",
];
const VOWELS = /[aeiouyĳ]/u;
/** A diaeresis marks the start of a new syllable: ideeën, geïnformeerd, coördinatie. */
const DIAERESIS = /[äëïöü]/u;

/** Number of syllables in a Dutch word (at least 1 for any word with letters). */
export function countSyllables(word: string): number {
  const w = word
    .toLocaleLowerCase("nl")
    .replace(/ij/gu, "ĳ")
    .replace(/[áàâ]/gu, "a")
    .replace(/[éèê]/gu, "e")
    .replace(/[íìî]/gu, "i")
    .replace(/[óòô]/gu, "o")
    .replace(/[úùû]/gu, "u");
  let count = 0;
  let i = 0;
  while (i < w.length) {
    const ch = w[i] ?? "";
    if (DIAERESIS.test(ch)) {
      count++;
      i++;
    } else if (VOWELS.test(ch)) {
      count++;
      i += vowelUnitLength(w, i);
    } else {
      i++;
    }
  }
  return count === 0 && /\p{L}/u.test(w) ? 1 : count;
}

function vowelUnitLength(w: string, i: number): number {
  if (w[i] === "ĳ") return 1;
  const unit = VOWEL_UNITS.find((u) => w.startsWith(u, i));
  return unit?.length ?? 1;
}

/** Flesch-Douma: 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word). */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

/** The usual Flesch bands, in Dutch. */
export function oordeel(score: number): string {
  if (score >= 90) return "zeer makkelijk";
  if (score >= 80) return "makkelijk";
  if (score >= 70) return "vrij makkelijk";
  if (score >= 60) return "normaal";
  if (score >= 50) return "vrij moeilijk";
  if (score >= 30) return "moeilijk";
  return "zeer moeilijk";
}

export const LONG_WORD_SYLLABLES = 4;
export const LONG_WORD_RULE = "woorden van 4 of meer lettergrepen";

/** Words with at least one letter; bare numbers ("2026") are not words for readability. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’-]\p{L}+)*/gu) ?? []).filter((w) => /\p{L}/u.test(w));
}

/** Readability of the given sentences of `text`. */
export function measureReadability(text: string, sentences: Span[], source: Leesbaarheid["source"]): Leesbaarheid {
  let words = 0;
  let syllables = 0;
  let long = 0;
  const scored: Leesbaarheid["hardestSentences"] = [];
  for (const span of sentences) {
    const ws = wordsOf(text.slice(span.start, span.end));
    if (ws.length === 0) continue;
    const syl = ws.reduce((sum, w) => sum + countSyllables(w), 0);
    words += ws.length;
    syllables += syl;
    long += ws.filter((w) => countSyllables(w) >= LONG_WORD_SYLLABLES).length;
    scored.push({ ...evidence(text, span), fleschDouma: round(fleschDouma(ws.length, 1, syl)), words: ws.length });
  }
  const count = scored.length;
  const score = fleschDouma(words, count, syllables);
  return {
    source,
    start: sentences[0]?.start ?? 0,
    end: sentences[sentences.length - 1]?.end ?? 0,
    words,
    sentences: count,
    averageSentenceLength: count === 0 ? 0 : round(words / count),
    syllablesPerWord: words === 0 ? 0 : round(syllables / words),
    longWordShare: words === 0 ? 0 : round(long / words),
    longWordRule: LONG_WORD_RULE,
    fleschDouma: round(score),
    oordeel: count === 0 ? "geen tekst" : oordeel(score),
    hardestSentences: scored.sort((a, b) => a.fleschDouma - b.fleschDouma || a.start - b.start).slice(0, 3),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
