/**
 * A proposal prepared for matching: its sections, its sentences with stemmed tokens, and an index from
 * stem and word to where they occur. Built once per analysis, so every signal lookup is a map lookup
 * instead of a scan of the text.
 */
import { splitSections } from "./sections.ts";
import { normalizeHeading, splitLines, splitSentences, tokenize, type Span, type Token } from "./text.ts";
import type { Section } from "./types.ts";

export interface Sentence extends Span {
  tokens: Token[];
  /** Index into `Doc.sections`. */
  section: number;
}

/** A place in the text: sentence index and token index within it. */
export type Position = readonly [sentence: number, token: number];

export interface Doc {
  text: string;
  sections: Section[];
  /** Normalised heading per section ("" for the preamble). */
  sectionHeadings: string[];
  sentences: Sentence[];
  byStem: Map<string, Position[]>;
  byWord: Map<string, Position[]>;
  /** Year the proposal was written, to tell targets ("in 2028") from history ("in 2019"). */
  year: number | null;
  title: string;
  date: string;
}

export function buildDoc(text: string): Doc {
  const sections = splitSections(text);
  const sentences: Sentence[] = [];
  sections.forEach((section, index) => {
    for (const span of splitSentences(text, section.bodyStart, section.end)) {
      sentences.push({ ...span, tokens: tokenize(text, span.start, span.end), section: index });
    }
  });
  const byStem = new Map<string, Position[]>();
  const byWord = new Map<string, Position[]>();
  sentences.forEach((sentence, s) => {
    sentence.tokens.forEach((token, t) => {
      push(byStem, token.stem, [s, t]);
      push(byWord, token.word, [s, t]);
    });
  });
  const date = findDate(text);
  return {
    text,
    sections,
    sectionHeadings: sections.map((s) => (s.heading === null ? "" : normalizeHeading(s.heading.text))),
    sentences,
    byStem,
    byWord,
    year: yearOf(date) ?? firstYear(text.slice(0, 600)),
    title: findTitle(text),
    date,
  };
}

function push(map: Map<string, Position[]>, key: string, pos: Position): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [pos]);
  else list.push(pos);
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
    const s = head.slice(line.start, line.end).replace(/^[\s#*]+|[\s*]+$/gu, "");
    if (s === "" || /^(?:gemeente\s+\S+|raadsvoorstel|voorstel aan de raad|gemeenteraad)\b.{0,30}$/iu.test(s)) continue;
    return s.length > 120 ? `${s.slice(0, 117)}…` : s;
  }
  return "";
}
