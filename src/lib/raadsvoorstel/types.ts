/**
 * Types of the raadsvoorstel analysis. The ids it is built on live in src/vocabulary/criteria.ts, below
 * the schemas, and are re-exported here for lib/ and the islands.
 */

export { CRITERIUM_IDS, STATUSES, TOETSSTEEN_KINDS, type CriteriumId, type Status, type ToetssteenKind } from "../../vocabulary/criteria.ts";
import type { CriteriumId, Status, ToetssteenKind } from "../../vocabulary/criteria.ts";

/** Something from the user's own visie to look for in a proposal. */
export interface Toetssteen {
  id: string;
  kind: ToetssteenKind;
  label: string;
  description: string;
}

/** A stretch of the ORIGINAL text: `text === original.slice(start, end)`. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** How much a section under a criterion heading actually says. */
export type SectionContent = "inhoud" | "ontkenning" | "leeg";

/** A part of the proposal that starts at a recognised heading. */
export interface Section {
  /** The heading text without numbering or markup; null for the text before the first heading. */
  heading: Evidence | null;
  /** 1 for top-level headings, deeper for "3.1" or "##". */
  level: number;
  /** Start of the heading line (or of the text). */
  start: number;
  /** Where the content under the heading begins. */
  bodyStart: number;
  /** End of the section (exclusive). */
  end: number;
  /** Criteria whose heading patterns this heading matches (often none). */
  criteria: CriteriumId[];
  /** Content classification of the body. */
  content: SectionContent;
  /** Sentences of three or more words in the body. */
  sentenceCount: number;
}

/** One sub-requirement of a criterion, e.g. "reden van afwijzing" under D. */
export interface AspectResultaat {
  id: string;
  label: string;
  found: "ja" | "deels" | "nee";
}

export interface CriteriumResultaat {
  id: CriteriumId;
  title: string;
  status: Status;
  /** 0–1: share of the aspects found (a half-found aspect counts half). */
  score: number;
  /** Dutch explanation of the status, for the UI and the memo. */
  reason: string;
  aspects: AspectResultaat[];
  evidence: Evidence[];
}

export interface ToetssteenResultaat {
  id: string;
  kind: ToetssteenKind;
  label: string;
  status: Status;
  /** 0–1: how strongly the best passage matches. */
  score: number;
  reason: string;
  evidence: Evidence[];
}

export interface Leesbaarheid {
  /** Which text was measured: the samenvatting, or the opening of the proposal when there is none. */
  source: "samenvatting" | "begin";
  /** Span of the measured text in the original. */
  start: number;
  end: number;
  words: number;
  sentences: number;
  /** Average words per sentence. */
  averageSentenceLength: number;
  syllablesPerWord: number;
  /** Share (0–1) of words that count as long under `longWordRule`. */
  longWordShare: number;
  /** The rule used for "long word", in Dutch. */
  longWordRule: string;
  /** 206.835 − 0.93 × ASL − 77 × syllables per word. */
  fleschDouma: number;
  /** Dutch label for the score ("normaal", "moeilijk" …). */
  oordeel: string;
  /** Up to three sentences with the lowest Flesch-Douma score. */
  hardestSentences: (Evidence & { fleschDouma: number; words: number })[];
}

export interface Analyse {
  /** Best guess of the proposal's title (from "Onderwerp:" or the first line). */
  title: string;
  /** Date as written in the proposal, or "". */
  date: string;
  /** Date of the raadsvergadering that decides on it, as written, or "". */
  meetingDate: string;
  wordCount: number;
  sections: Section[];
  criteria: CriteriumResultaat[];
  toetsstenen: ToetssteenResultaat[];
  readability: Leesbaarheid;
}
