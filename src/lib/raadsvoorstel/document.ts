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
  /** Date of the raadsvergadering named in the head, or "". */
  meetingDate: string;
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
    meetingDate: findMeetingDate(text),
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
const DATE_SOURCE = `\\d{1,2}\\s+(?:${MONTHS})\\s+20\\d\\d|\\d{1,2}-\\d{1,2}-20\\d\\d`;
const DATE = new RegExp(`\\b(?:${DATE_SOURCE})\\b`, "iu");
/** "Datum: 14 april 2026", "Datum collegebesluit: 4 maart 2025". */
const DATE_LINE = new RegExp(`^[ \\t*#]*datum\\b[^:\\n]{0,30}:[ \\t*]*(${DATE_SOURCE})`, "imu");
/** "Raadsvergadering: 15 april 2025", "Vergadering van de raad: …", "Raad: …", "…, raad 23 september 2025". */
const MEETING = new RegExp(
  `^[ \\t*#]*(?:raadsvergadering|vergadering van de (?:gemeente)?raad|raadsbehandeling|raad|behandeling\\b[^\\n]*?\\braad)\\b[^\\n\\d]{0,24}?(${DATE_SOURCE})`,
  "imu",
);

/** The date of the proposal in its head, as written ("14 april 2026"): a "Datum:" line first, else the first date. */
export function findDate(text: string): string {
  const head = text.slice(0, 3000);
  return DATE_LINE.exec(head)?.[1] ?? DATE.exec(head)?.[0] ?? "";
}

/** The date of the raadsvergadering that decides on it, when the head names one, else "". */
export function findMeetingDate(text: string): string {
  return MEETING.exec(text.slice(0, 3000))?.[1] ?? "";
}

function yearOf(date: string): number | null {
  const m = /20\d\d/u.exec(date);
  return m === null ? null : Number(m[0]);
}

function firstYear(text: string): number | null {
  const m = /\b20\d\d\b/u.exec(text);
  return m === null ? null : Number(m[0]);
}

/** Lines in the head that name the document, not its subject. */
const NOT_A_TITLE = new RegExp(
  [
    // "Gemeente Veenhuizerland", "GEMEENTE MARREVOORT", "Raadsvoorstel", "RAADSBESLUIT", "Voorstel aan de gemeenteraad"
    "^(?:gemeente\\s+\\S+.{0,30}|(?:gemeente\\s+\\S+\\s*[-–]\\s*)?(?:raads|college)?(?:voorstel|besluit)(?:\\s+(?:aan|van)\\s+de\\s+(?:gemeente)?raad)?(?:\\s+\\S+)?(?:\\s*\\(.*\\))?|voorstel aan de (?:gemeente)?raad|(?:aan\\s+)?de\\s+(?:gemeente)?raad.*|gemeenteraad|collegevoorstel aan de raad)$",
    // "Raadsvoorstel nr. 2012/44", "Nummer: 2025/072", "Zaaknummer: Z/25/118204", any "Label: value" of the letterhead
    "^(?:raads(?:voorstel|besluit)\\s+)?(?:nr|nummer)\\b",
    "^(?:zaaknummer|zaak|kenmerk|registratienummer|nummer|agendapunt|portefeuillehouders?|steller|auteur|datum[^:]*|raad|raadsvergadering|vergadering[^:]*|behandeling|commissie|aan|van|bijlagen?|team|afdeling|programma|status|classificatie|openbaar|versie)\\s*:",
    // a date or number alone, or a place and date ("Oldenbroekhuizen, 6 maart 2012")
    "^[\\d\\s./-]+$",
    `^\\S+,\\s+(?:${DATE_SOURCE})$`,
    "^(?:geachte|aan de)\\b",
  ].join("|"),
  "iu",
);

function cleanLine(s: string): string {
  return s
    .replace(/^[\s#*>]+|[\s*]+$/gu, "")
    .replace(/\*\*/gu, "")
    .trim();
}

/** 120 characters fit a heading on screen; the APK CSV asks for the whole title (`max` Infinity). */
function clipTitle(s: string, max: number): string {
  const t = s.replace(/\s+/gu, " ").replace(/[.;:]$/u, "").trim();
  return t.length > max ? `${t.slice(0, max - 3)}…` : t;
}

/**
 * The proposal's title: "Onderwerp: …" (also as a heading with the subject on the next line), else what
 * the besluit establishes ("besluit vast te stellen de Verordening …"), else the first line that is a real
 * heading or sentence. Never a zaaknummer, "RAADSBESLUIT" or the municipality's name.
 */
export function findTitle(text: string, max = 120): string {
  const head = text.slice(0, 4000);
  const subject = /^[ \t#*]*(?:\d+\.?\s*)?(?:onderwerp|titel|betreft)[ \t*]*:[ \t*]*(.+)$/imu.exec(head);
  if (subject?.[1] !== undefined && cleanLine(subject[1]) !== "") return clipTitle(cleanLine(subject[1]), max);
  const lines = splitLines(head).map((l) => cleanLine(head.slice(l.start, l.end)));
  const own = lines.findIndex((l) => /^(?:\d+\.?\s*)?(?:onderwerp|titel|betreft)$/iu.test(l));
  const next = own >= 0 ? lines.slice(own + 1).find((l) => l !== "") : undefined;
  if (next !== undefined) return clipTitle(next, max);
  const decided = /\bbesluit\b[^.\n]{0,40}?\b(?:vast te stellen|in te stemmen met)\s+(?:de|het)?\s*([^\n;]{8,160})/iu.exec(text);
  for (const line of lines) {
    const s = line.replace(/^(?:raads|college)?voorstel\s*:\s*/iu, "");
    if (s === "" || NOT_A_TITLE.test(s)) continue;
    // A line that starts a letter or the body ("Inleiding") is no title: the besluit says more.
    if (/^(?:\d+\.?\s*)?(?:inleiding|aanleiding|samenvatting|publiekssamenvatting|toelichting|voorgesteld besluit|beslispunten?|voorstel)$/iu.test(s)) break;
    return clipTitle(s, max);
  }
  if (decided?.[1] !== undefined) return clipTitle(decided[1], max);
  return "";
}
