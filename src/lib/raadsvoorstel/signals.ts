/**
 * Finds the sentences where a signal occurs. Word signals are looked up in the stem index; a signal
 * preceded closely by "geen" or "zonder" does not count ("Er zijn geen risico's").
 */
import type { Signal } from "./criteria.ts";
import { phraseStems, positionsOfWords, sentenceOf, tokenOf, type Doc } from "./document.ts";

type Matcher =
  | { kind: "phrase"; stems: string[] }
  | { kind: "together"; stems: string[] }
  | { kind: "prefix"; prefix: string }
  | { kind: "suffix"; suffix: string }
  | { kind: "regex"; re: RegExp };

/** A sentence where a signal occurs, and the token where it starts (-1 for a pattern). */
export interface Hit {
  sentence: number;
  token: number;
}

const NEGATORS = new Set(["geen", "zonder", "nooit"]);
const NEGATION_WINDOW = 3;

const compiled = new Map<string | RegExp, Matcher>();

function matcherFor(match: string | RegExp): Matcher {
  let m = compiled.get(match);
  if (m !== undefined) return m;
  if (typeof match !== "string") m = { kind: "regex", re: match };
  else if (match.includes(" + ")) m = { kind: "together", stems: match.split(" + ").flatMap(phraseStems) };
  else if (match.startsWith("*")) m = { kind: "suffix", suffix: match.slice(1).toLocaleLowerCase("nl") };
  else if (match.endsWith("*")) m = { kind: "prefix", prefix: match.slice(0, -1).toLocaleLowerCase("nl") };
  else m = { kind: "phrase", stems: phraseStems(match) };
  compiled.set(match, m);
  return m;
}

/** Every (non-negated) occurrence of the signal's words or pattern, ignoring its conditions. */
export function findSignal(doc: Doc, signal: Signal): Hit[] {
  const m = matcherFor(signal.match);
  switch (m.kind) {
    case "phrase":
      return phraseHits(doc, m.stems);
    case "together":
      return togetherHits(doc, m.stems);
    case "prefix":
      return wordHits(doc, (w) => w.startsWith(m.prefix));
    case "suffix":
      return wordHits(doc, (w) => w.endsWith(m.suffix));
    case "regex":
      return regexHits(doc, m.re);
  }
}

function phraseHits(doc: Doc, stems: string[]): Hit[] {
  const first = stems[0];
  if (first === undefined) return [];
  const hits: Hit[] = [];
  for (const p of doc.byStem.get(first) ?? []) {
    const s = sentenceOf(p);
    const t = tokenOf(p);
    const tokens = doc.sentences[s]?.tokens ?? [];
    if (stems.every((stem, i) => tokens[t + i]?.stem === stem) && !negated(doc, s, t)) {
      hits.push({ sentence: s, token: t });
    }
  }
  return hits;
}

function togetherHits(doc: Doc, stems: string[]): Hit[] {
  const first = stems[0];
  if (first === undefined) return [];
  const hits: Hit[] = [];
  const seen = new Set<number>();
  for (const p of doc.byStem.get(first) ?? []) {
    const s = sentenceOf(p);
    const t = tokenOf(p);
    if (seen.has(s)) continue;
    const tokens = doc.sentences[s]?.tokens ?? [];
    if (stems.every((stem) => tokens.some((tok) => tok.stem === stem)) && !negated(doc, s, t)) {
      hits.push({ sentence: s, token: t });
      seen.add(s);
    }
  }
  return hits;
}

function wordHits(doc: Doc, test: (word: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const p of positionsOfWords(doc, test)) {
    const s = sentenceOf(p);
    const t = tokenOf(p);
    if (!negated(doc, s, t)) hits.push({ sentence: s, token: t });
  }
  return hits;
}

function regexHits(doc: Doc, re: RegExp): Hit[] {
  const hits: Hit[] = [];
  doc.sentences.forEach((sentence, s) => {
    if (re.test(doc.text.slice(sentence.start, sentence.end))) hits.push({ sentence: s, token: -1 });
  });
  return hits;
}

function negated(doc: Doc, sentence: number, token: number): boolean {
  const tokens = doc.sentences[sentence]?.tokens ?? [];
  for (let i = Math.max(0, token - NEGATION_WINDOW); i < token; i++) {
    if (NEGATORS.has(tokens[i]?.word ?? "")) return true;
  }
  return false;
}
