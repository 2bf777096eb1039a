/**
 * A proposal prepared for matching: its sections, its sentences with stemmed tokens, and an index from
 * stem and word to where they occur. Built once per analysis, so every signal lookup is a map lookup
 * instead of a scan of the text.
 */
import { splitSectionsAndSentences } from "./sections.ts";
import { countWords, normalizeHeading, splitLines, tokenize, type Span, type Token } from "./text.ts";
import type { Section } from "./types.ts";

export interface Sentence extends Span {
  tokens: Token[];
  /** Index into `Doc.sections`. */
  section: number;
}

/**
 * A place in the text, packed into one number (sentence × 2^20 + token) because a 260 KB document has
 * tens of thousands of them and arrays of pairs cost more time in allocation than the lookups save.
 */
export type Position = number;
const TOKEN_BITS = 2 ** 20;

export function position(sentence: number, token: number): Position {
  return sentence * TOKEN_BITS + token;
}

export function sentenceOf(p: Position): number {
  return Math.floor(p / TOKEN_BITS);
}

export function tokenOf(p: Position): number {
  return p % TOKEN_BITS;
}

export interface Doc {
  text: string;
  sections: Section[];
  /** Normalised heading per section ("" for the preamble). */
  sectionHeadings: string[];
  sentences: Sentence[];
  byStem: Map<string, Position[]>;
  /** Every distinct word (lower case) with its stem; positions are found through `byStem`. */
  words: Map<string, string>;
  /** Words in the whole text, headings included. */
  wordCount: number;
  /** Year the proposal was written, to tell targets ("in 2028") from history ("in 2019"). */
  year: number | null;
  title: string;
  date: string;
}

export function buildDoc(text: string): Doc {
  const { sections, sentences: spans } = splitSectionsAndSentences(text);
  const sentences: Sentence[] = [];
  const byStem = new Map<string, Position[]>();
  const words = new Map<string, string>();
  let wordCount = 0;
  spans.forEach((list, index) => {
    for (const span of list) {
      const s = sentences.length;
      const tokens = tokenize(text, span.start, span.end);
      sentences.push({ start: span.start, end: span.end, tokens, section: index });
      wordCount += tokens.length;
      for (let t = 0; t < tokens.length && t < TOKEN_BITS; t++) {
        const token = tokens[t] as Token;
        const list = byStem.get(token.stem);
        if (list === undefined) byStem.set(token.stem, [position(s, t)]);
        else list.push(position(s, t));
        words.set(token.word, token.stem);
      }
    }
  });
  for (const section of sections) if (section.heading !== null) wordCount += countWords(section.heading.text);
  const date = findDate(text);
  return {
    text,
    sections,
    sectionHeadings: sections.map((s) => (s.heading === null ? "" : normalizeHeading(s.heading.text))),
    sentences,
    byStem,
    words,
    wordCount,
    year: yearOf(date) ?? firstYear(text.slice(0, 600)),
    title: findTitle(text),
    date,
  };
}

/** Positions of every token whose word passes `test` (for prefix, suffix and compound matches). */
export function positionsOfWords(doc: Doc, test: (word: string) => boolean): Position[] {
  const wanted = new Set<string>();
  const stems = new Set<string>();
  for (const [word, stem] of doc.words) {
    if (test(word)) {
      wanted.add(word);
      stems.add(stem);
    }
  }
  const out: Position[] = [];
  for (const stem of stems) {
    for (const p of doc.byStem.get(stem) ?? []) {
      const word = doc.sentences[sentenceOf(p)]?.tokens[tokenOf(p)]?.word;
      if (word !== undefined && wanted.has(word)) out.push(p);
    }
  }
  return out;
}

/** Stems of a phrase, the same way the text was stemmed. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.stem);
}

const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
const DATE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\s+20\\d\\d\\b|\\b\\d{1,2}-\\d{1,2}-20\\d\\d\\b`, "iu");

/** The first date in the head of the proposal, as written ("14 april 2026"), or "". */
export function findDate(text: string): string {
  return DATE.exec(text.slice(0, 3000))?.[0] ?? "";
}

function yearOf(date: string): number | null {
  const m = /20\d\d/u.exec(date);
  return m === null ? null : Number(m[0]);
}

function firstYear(text: string): number | null {
  const m = /\b20\d\d\b/u.exec(text);
  return m === null ? null : Number(m[0]);
}

/** "Onderwerp: …" when present, else the first line that is not just "Raadsvoorstel" or a municipality. */
export function findTitle(text: string): string {
  const head = text.slice(0, 4000);
  const subject = /^[ \t#*]*(?:onderwerp|titel|betreft)[ \t*]*:[ \t*]*(.+)$/imu.exec(head);
  if (subject?.[1] !== undefined) return subject[1].replace(/\*+/gu, "").trim();
  for (const line of splitLines(head)) {
    const s = head
      .slice(line.start, line.end)
      .replace(/^[\s#*]+|[\s*]+$/gu, "")
      .replace(/^(?:raads)?voorstel\s*:\s*/iu, "");
    if (s === "" || /^(?:gemeente\s+\S+|raadsvoorstel|voorstel aan de raad|gemeenteraad)\b.{0,30}$/iu.test(s)) continue;
    return s.length > 120 ? `${s.slice(0, 117)}…` : s;
  }
  return "";
}
