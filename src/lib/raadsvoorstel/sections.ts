/**
 * Splits a raadsvoorstel into sections at its headings. Proposals come in many shapes: numbered
 * ("3. Argumenten"), ALL CAPS, Markdown ("## Financiën"), a label with the text on the same line
 * ("Risico's: geen"), or a short line of its own ("Kanttekeningen en risico's"). A short line only
 * counts as a heading when it is a heading we know, so that wrapped text from a PDF is not mistaken
 * for one.
 */
import { criteriaForHeading } from "./criteria.ts";
import { countWords, normalizeHeading, splitLines, splitSentences, type Span } from "./text.ts";
import type { Section, SectionContent } from "./types.ts";

/** Headings that structure a proposal without answering a criterion. */
const GENERIC_HEADING = new RegExp(
  "^(?:" +
    [
      "aanleiding",
      "inleiding",
      "(?:voorgesteld |ontwerp)?besluit(?:punt(?:en)?)?",
      "beslispunt(?:en)?",
      "(?:het )?voorstel",
      "argument(?:en|atie)",
      "motivering",
      "toelichting",
      "inhoud",
      "communicatie",
      "bijlagen?",
      "onderwerp",
      "(?:vergader)?datum",
      "agendapunt",
      "(?:raads)?vergadering",
      "portefeuille(?:houder)?",
      "(?:registratie|zaak|raadsvoorstel ?)?nummer",
      "steller",
      "auteur",
      "context",
      "achtergrond",
      "probleemstelling",
      "wat is het probleem",
      "juridis",
      "participatie",
      "duurzaamheid",
      "advies",
      "integrale advisering",
      "ondertekening",
      "raadsvoorstel",
      "aan de (?:gemeente)?raad",
      "overwegingen",
      "doel",
      "wat vragen we",
      "wat verandert",
      "hoe ziet",
      "betrokkenheid",
      "inspraak",
      "rol van de raad",
      "openbaarheid",
      "behandeling",
      "beslissing",
    ].join("|") +
    ")",
  "u",
);

/** What an empty heading says: nothing. */
const PLACEHOLDER =
  /^(?:|n ?v ?t|nvt|niet van toepassing|niet aan de orde|volgt(?: later)?|nog niet bekend|p ?m|geen bijzonderheden|nader te bepalen|n ?t ?b)$/u;

interface Candidate {
  /** Start of the line. */
  lineStart: number;
  /** The heading text (without numbering, markup or colon). */
  text: Span;
  level: number;
  /** Numbered, ALL CAPS or Markdown: a heading even when we do not know its words. */
  structural: boolean;
  known: boolean;
  criteria: Section["criteria"];
  /** Where the content starts (after the colon for "Label: text"). */
  bodyStart: number;
  /** An unnumbered heading set in from the margin: a sub-item (a bullet whose glyph got lost). */
  indented: boolean;
  numbered: boolean;
}

/** Sections of the proposal, in order; the first has `heading: null` when text precedes the first heading. */
export function splitSections(text: string): Section[] {
  return splitSectionsAndSentences(text).sections;
}

/** Sections plus the sentences of each section's body (computed anyway to judge the content). */
export function splitSectionsAndSentences(text: string): { sections: Section[]; sentences: Span[][] } {
  const candidates = findHeadings(text);
  const sections: Section[] = [];
  const sentences: Span[][] = [];
  let current: { start: number; bodyStart: number; level: number; c: Candidate | null } = {
    start: 0,
    bodyStart: 0,
    level: 0,
    c: null,
  };
  const close = (end: number): void => {
    if (current.c === null && text.slice(0, end).trim() === "") return;
    const body = splitSentences(text, current.bodyStart, end);
    sections.push(makeSection(text, current.c, current.start, current.bodyStart, end, current.level, body));
    sentences.push(body);
  };
  for (const c of candidates) {
    // An indented label under a heading is a sub-item; a samenvatting (often in a text box) never is.
    const subItem = c.indented && current.c !== null && !current.c.indented && !c.criteria.includes("S");
    const startsSection = !subItem && (c.known || current.c === null || c.level <= current.level);
    if (!startsSection) continue;
    close(c.lineStart);
    current = { start: c.lineStart, bodyStart: c.bodyStart, level: c.level, c };
  }
  close(text.length);
  return { sections, sentences };
}

function makeSection(
  text: string,
  c: Candidate | null,
  start: number,
  bodyStart: number,
  end: number,
  level: number,
  sentences: Span[],
): Section {
  const content = classifyContent(text.slice(bodyStart, end), sentences.length);
  return {
    heading: c === null ? null : { start: c.text.start, end: c.text.end, text: text.slice(c.text.start, c.text.end) },
    level,
    start,
    bodyStart,
    end,
    criteria: c?.criteria ?? [],
    content,
    sentenceCount:
      content === "leeg" ? 0 : sentences.filter((s) => countWords(text.slice(s.start, s.end), 3) >= 3).length,
  };
}

/** "n.v.t." and the like say nothing; a single sentence with "geen" only waves the question away. */
export function classifyContent(body: string, sentences: number): SectionContent {
  if (sentences > 1) return "inhoud";
  const norm = normalizeHeading(body.length > 400 ? body.slice(0, 400) : body);
  if (PLACEHOLDER.test(norm)) return "leeg";
  // "Er zijn geen risico's." waves the question away; a long sentence with a "niet" somewhere in it does not.
  if (norm === "geen" || (/\b(?:geen|niet)\b/u.test(norm) && countWords(norm, 16) <= 15)) return "ontkenning";
  return "inhoud";
}

function findHeadings(text: string): Candidate[] {
  const lines = splitLines(text);
  const out: Candidate[] = [];
  let previous = ""; // trimmed content of the previous non-blank line
  let previousWasHeading = true;
  let previousBlank = true;
  let inBijlagen = false;
  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    // A rule or the edge of a text box ("┌────┐", "=====") separates like a blank line.
    if (raw.trim() === "" || DECORATION.test(raw)) {
      previousBlank = true;
      continue;
    }
    const afterBreak = previousBlank || previousWasHeading || /[.:;!?)"”’]$/u.test(previous);
    let c = headingCandidate(text, line, afterBreak);
    // The numbered titles in a list of bijlagen are not headings.
    if (c !== null && c.numbered && inBijlagen) c = null;
    if (c !== null) {
      out.push(c);
      inBijlagen = BIJLAGEN.test(normalizeHeading(text.slice(c.text.start, c.text.end)));
    }
    previousWasHeading = c !== null;
    previous = raw.trim();
    previousBlank = false;
  }
  return out;
}

const BIJLAGEN = /^bijlagen?$/u;
const DECORATION = /^\s*[\u2500-\u257F=_~*-]{3,}\s*$/u;

const MARKDOWN = /^(\s*)(#{1,6})\s+/u;
const NUMBERING = /^(\s*)(\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+(?=\S)/u;
const INLINE_LABEL = /^(\s*(?:\*\*|__)?)([^:*_]{2,60}?)\s*(?:\*\*|__)?\s*:(?:\*\*|__)?[ \t]*/u;

function headingCandidate(text: string, line: Span, afterBreak: boolean): Candidate | null {
  const raw = text.slice(line.start, line.end);
  const md = MARKDOWN.exec(raw);
  if (md !== null) {
    const start = line.start + md[0].length;
    const end = trimEnd(text, start, line.end, /[\s#*]/u);
    return candidate(text, line.start, { start, end }, md[2]?.length ?? 1, true, line.end);
  }
  const num = NUMBERING.exec(raw);
  const textStart = line.start + (num?.[0].length ?? raw.length - raw.trimStart().length);
  const level = num === null ? 1 : (num[2] ?? "").split(".").length;
  const whole = { start: textStart, end: trimEnd(text, textStart, line.end, /[\s:*]/u) };
  const wholeText = text.slice(whole.start, whole.end);
  if (looksLikeHeading(wholeText, /:[\s*]*$/u.test(raw)) && !raw.includes(": ")) {
    const caps = isAllCaps(wholeText);
    const c = candidate(text, line.start, whole, level, num !== null || caps, line.end);
    if (c.structural || (c.known && afterBreak)) return c;
  }
  return afterBreak ? inlineHeading(text, line, num === null ? 1 : level) : null;
}

/** "Risico's: Er zijn geen risico's." — a known label followed by its content on the same line. */
function inlineHeading(text: string, line: Span, level: number): Candidate | null {
  const raw = text.slice(line.start, line.end);
  const m = INLINE_LABEL.exec(raw.replace(NUMBERING, (s) => " ".repeat(s.length)));
  if (m === null) return null;
  const label = m[2] ?? "";
  if (countWords(label, 7) > 6 || !/^\p{Lu}/u.test(label)) return null;
  const start = line.start + (m[1]?.length ?? 0);
  const c = candidate(text, line.start, { start, end: start + label.length }, level, false, line.start + m[0].length);
  return c.known ? c : null;
}

function candidate(
  text: string,
  lineStart: number,
  span: Span,
  level: number,
  structural: boolean,
  bodyStart: number,
): Candidate {
  const norm = normalizeHeading(text.slice(span.start, span.end));
  const criteria = criteriaForHeading(norm);
  return {
    lineStart,
    text: span,
    level,
    structural,
    known: criteria.length > 0 || GENERIC_HEADING.test(norm),
    criteria,
    bodyStart,
    indented: !structural && /^[ \t]/u.test(text.slice(lineStart, lineStart + 1)),
    numbered: NUMBERING.test(text.slice(lineStart, span.start + 1)),
  };
}

/** Short, starts with a capital, and does not end like a sentence ("We meten het zo:" is a sentence). */
function looksLikeHeading(s: string, endsWithColon: boolean): boolean {
  if (s.length > 80) return false;
  const words = countWords(s, 11);
  return (
    s.length > 1 &&
    s.length <= 80 &&
    words <= 10 &&
    /^\p{Lu}/u.test(s) &&
    !/[.,;]$/u.test(s) &&
    !(endsWithColon && words > 4)
  );
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toLocaleUpperCase("nl");
}

function trimEnd(text: string, start: number, end: number, junk: RegExp): number {
  let e = end;
  while (e > start && junk.test(text[e - 1] ?? "")) e--;
  return e;
}
