/**
 * Low-level text handling: lines, sentences and stemmed tokens, all as offsets into the original
 * text so every finding can be highlighted in place.
 */
import { isStopWord, stem as snowballStem } from "../dutch.ts";
import type { Evidence } from "./types.ts";

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Lower-cased word as written. */
  word: string;
  /** Dutch stem, see `stemWord`. */
  stem: string;
}

const stemCache = new Map<string, string>();

/**
 * Dutch stem of a word. Snowball alone keeps "risico's"/"risico", "alternatieven"/"alternatief",
 * "moties"/"motie" and "financieel"/"financiële" apart, so we smooth those cases afterwards.
 */
export function stemWord(word: string): string {
  let cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  // Dutch has no locale-specific case rules, and toLowerCase is much faster than toLocaleLowerCase.
  const lower = word.toLowerCase();
  cached = stemCache.get(lower);
  if (cached === undefined) {
    cached = smoothStem(snowballStem(lower.replace(/['’]s$/u, "")));
    stemCache.set(lower, cached);
  }
  stemCache.set(word, cached);
  return cached;
}

function smoothStem(stem: string): string {
  let out = stem.normalize("NFD").replace(/\p{M}/gu, "");
  // Plural -s after a vowel (moties, scenarios, euros) that Snowball leaves alone.
  if (out.length > 4) out = out.replace(/([aeiouy])s$/u, "$1");
  // Dutch spelling alternates f/v and s/z at the end of a stem (alternatief, alternatieven).
  out = out.replace(/v$/u, "f").replace(/z$/u, "s");
  // Snowball only undoubles a vowel after a consonant; "financieel" needs it after a vowel too.
  return out.replace(/([aeou])\1([^aeiouy])$/u, "$1$2");
}

/** Stop words for keyword matching: lunr's Dutch list plus words every proposal uses. */
const EXTRA_STOPWORDS = new Set(
  (
    "we wij onze jullie hun hen gaan gaat kunnen moeten wordt worden zullen willen heeft hebben hebt " +
    "bereikt bereiken jaar jaren over alle elke ieder iedere procent aantal gemeente college raad voorstel " +
    "erop ervan daarbij daarmee hierbij waarbij waarin zodat dus echter wel ook nog al zo'n één twee drie " +
    "eerst daarna steeds vaak heel"
  ).split(" "),
);

/** Lower case without diacritics: "Eén" and "een" are the same stop word. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /[^\u0000-\u007f]/u.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

/** True for words that carry no meaning for matching a toetssteen. */
export function isNoiseWord(word: string): boolean {
  const lower = foldWord(word);
  return lower.length < 3 || EXTRA_STOPWORDS.has(lower) || isStopWord(lower) || /^\d+$/u.test(lower);
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** Words of `text` between `from` and `to`, with offsets and stems. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    tokens.push({ start: m.index, end: m.index + m[0].length, word, stem: stemWord(word) });
  }
  return tokens;
}

/** Lines without their terminator (\n, \r\n or \r). */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const re = /\r\n|\n|\r/gu;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Bullets and list numbering at the start of a line ("- ", "•", "1. ", "a) ", "1.2 "). */
export const LIST_MARKER =
  /^[ \t]*(?:[-–•*▪◦·»>]|\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|\d{1,2}(?=[ \t]+\p{Lu})|[a-zA-Z][.)])[ \t]+/u;

/** Common Dutch abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  "bijv bv o.a d.w.z m.b.t t.a.v t.o.v i.v.m nr art ca mln mld mr dhr mevr drs ir ing e.d enz etc jl vs blz incl excl resp evt min max".split(
    " ",
  ),
);

const SENTENCE_END = /[.!?…]+["'’”)\]]*(?=\s+["'‘“(€]?[\p{Lu}\d])/gu;

/**
 * Sentences between `from` and `to`. A blank line or a list item always starts a new sentence, so
 * bullet points count as sentences even without a full stop; single line breaks (wrapped text from a
 * PDF) do not.
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const block of blocks(text, from, to)) {
    let start = block.start;
    const body = text.slice(block.start, block.end);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
      const end = block.start + m.index + m[0].length;
      if (isAbbreviation(text, start, block.start + m.index)) continue;
      pushTrimmed(text, start, end, start === block.start, out);
      start = end;
    }
    pushTrimmed(text, start, block.end, start === block.start, out);
  }
  return out;
}

function blocks(text: string, from: number, to: number): Span[] {
  const result: Span[] = [];
  let current: Span | null = null;
  for (const line of splitLines(text.slice(from, to))) {
    const start = from + line.start;
    const end = from + line.end;
    const content = text.slice(start, end);
    if (content.trim() === "") {
      current = null;
      continue;
    }
    if (current === null || LIST_MARKER.test(content) || content.trimStart().startsWith("|")) {
      current = { start, end };
      result.push(current);
    } else {
      current.end = end;
    }
  }
  return result;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let i = dot;
  while (i > sentenceStart && !/\s/u.test(text[i - 1] ?? " ")) i--;
  const word = text
    .slice(i, dot)
    .toLocaleLowerCase("nl")
    .replace(/^[("'‘“]+/u, "");
  // A single capital before a stop is an initial ("wethouder J. de Boer").
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/u, ""));
}

function pushTrimmed(text: string, start: number, end: number, atLineStart: boolean, out: Span[]): void {
  let s = start;
  let e = end;
  const marker = atLineStart ? LIST_MARKER.exec(text.slice(s, e)) : null;
  if (marker !== null) s += marker[0].length;
  while (s < e && /\s/u.test(text[s] ?? "")) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
  if (e > s && /\p{L}/u.test(text.slice(s, e))) out.push({ start: s, end: e });
}

/** Evidence for a span: always `text.slice(start, end)`. */
export function evidence(text: string, span: Span): Evidence {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** Lower case, no diacritics, apostrophes and punctuation as spaces: for heading patterns. */
export function normalizeHeading(heading: string): string {
  const lower = heading.toLowerCase();
  // Most headings are plain ASCII and need no accent folding.
  const folded = /[^\u0000-\u007f]/u.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
  return folded
    .replace(/['’]s\b/gu, "s")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const WORD_COUNTER = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Count of words (letter or digit runs) in a string, without building an array of them. With `limit`,
 * stops counting there: "has at least three words" need not scan a whole section.
 */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  WORD_COUNTER.lastIndex = 0;
  while (n < limit && WORD_COUNTER.exec(text) !== null) n++;
  return n;
}
