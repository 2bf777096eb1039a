/**
 * Checks a raadsvoorstel against the criteria (S, A–F) and the user's toetsstenen.
 *
 * Each criterion has aspects (D: "alternatieven genoemd" and "waarom afgewezen"). An aspect is found
 * through signal words in the text or through a heading of its own with real content. All aspects
 * found, with more than a passing mention → aanwezig; something found, or a heading that waves the
 * question away ("Er zijn geen risico's.") → deels; nothing, or only "n.v.t." → afwezig.
 */
import { CRITERIA, criterium, type Aspect, type Criterium, type Signal } from "./criteria.ts";
import { buildDoc, type Doc } from "./document.ts";
import { measureReadability } from "./readability.ts";
import { findSignal } from "./signals.ts";
import { countWords, evidence, type Span } from "./text.ts";
import { isKlareTaal } from "./klareTaal.ts";
import { compileThesaurus } from "./thesaurus.ts";
import { matchToetsstenen } from "./toetsstenen.ts";
import type { ToetsThesaurus } from "../../schemas/toetsThesaurus.ts";
import type {
  Analyse,
  AspectResultaat,
  CriteriumResultaat,
  Evidence,
  Leesbaarheid,
  Section,
  Status,
  Toetssteen,
} from "./types.ts";

export interface AnalyseOptions {
  toetsstenen?: readonly Toetssteen[];
  /** content/toets/thesaurus.yaml (synonyms and domain stop words for the toetsstenen). */
  thesaurus?: ToetsThesaurus;
}

const MAX_EVIDENCE_SENTENCES = 5;
/** Words of the opening that stand in for a missing samenvatting in the readability measure. */
const OPENING_WORDS = 150;

export function analyseRaadsvoorstel(text: string, options: AnalyseOptions = {}): Analyse {
  const doc = buildDoc(text);
  const readability = readabilityOf(doc);
  return {
    title: doc.title,
    date: doc.date,
    meetingDate: doc.meetingDate,
    wordCount: doc.wordCount,
    sections: doc.sections,
    criteria: CRITERIA.map((c) => evaluate(doc, c, readability)),
    toetsstenen: matchToetsstenen(doc, options.toetsstenen ?? [], compileThesaurus(options.thesaurus)),
    readability,
  };
}

/** A criterion of another set (e.g. the startnotitie elements): same shape, its own ids. */
export type CriteriumVanSet = Omit<Criterium, "id"> & { id: string };
export type ResultaatVanSet = Omit<CriteriumResultaat, "id"> & { id: string };

/**
 * The same engine for another criteria set: headings, signal words and the aanwezig/deels/afwezig
 * rules work unchanged, so a startnotitie is checked exactly as a raadsvoorstel is.
 */
export function analyseCriteriaSet(text: string, set: readonly CriteriumVanSet[]): ResultaatVanSet[] {
  const doc = buildDoc(text);
  const readability = readabilityOf(doc);
  // evaluate() only reads `id` to single out S (klare taal); ids of other sets never equal "S".
  return set.map((c) => ({ ...evaluate(doc, c as Criterium, readability), id: c.id }));
}

// ---------------------------------------------------------------------------------------------------
// Aspects

interface AspectFinding {
  aspect: Aspect;
  found: AspectResultaat["found"];
  /** Sentences that support it: full hits first. */
  sentences: { sentence: number; weight: number }[];
}

function sectionsOf(doc: Doc, headings: readonly RegExp[]): number[] {
  const out: number[] = [];
  doc.sectionHeadings.forEach((h, i) => {
    if (h !== "" && headings.some((re) => re.test(h))) out.push(i);
  });
  return out;
}

function signalWeight(doc: Doc, signal: Signal, sentence: number, ownSections: Set<number>): number {
  const s = doc.sentences[sentence];
  if (s === undefined) return 0;
  if (signal.weak === true && !ownSections.has(s.section)) return 0;
  const sentenceText = doc.text.slice(s.start, s.end);
  if (signal.future === true && !mentionsLaterYear(sentenceText, doc.year)) return 0;
  if (signal.past === true && !mentionsEarlierYear(sentenceText, doc.year)) return 0;
  if (signal.not?.test(sentenceText) === true) return 0;
  if (signal.near !== undefined) {
    const before = doc.sentences[sentence - 1];
    const previous = before === undefined ? "" : doc.text.slice(before.start, before.end);
    if (!signal.near.test(sentenceText) && !signal.near.test(previous)) return 0;
  }
  if (isMetadata(doc, sentenceText, s.section, s.start)) return 0;
  let weight = signal.partial === true ? 0.5 : 1;
  if (signal.needs !== undefined && !signal.needs.test(sentenceText)) {
    weight = signal.orElse === "niets" ? 0 : weight / 2;
  }
  return weight;
}

function mentionsEarlierYear(sentence: string, year: number | null): boolean {
  const years = (sentence.match(/\b(?:19|20)\d\d\b/gu) ?? []).map(Number);
  return years.some((y) => year === null || y <= year);
}

/**
 * Lines that describe the document rather than say something: "Zaaknummer: Z/25/118204", "RAADSBESLUIT",
 * "Registratienummer 2024-0917", and the proposal's own title. They are never evidence.
 */
const METADATA =
  /^[\s*#]*(?:raadsvoorstel|collegevoorstel|raadsbesluit)\b[^.!?]*$|^[\s*#]*(?:zaak|registratie|raadsvoorstel|document|corsa|dossier|agenda|volg)?(?:nummer|nr\.?|kenmerk)\b|^[\s*#]*(?:zaaknummer|kenmerk|registratienummer|agendapunt|portefeuillehouder|steller|auteur|datum|onderwerp|betreft|raadsvergadering|commissie|behandeling|bijlagen?)\s*[:.]|^[\s*#]*(?:raadsbesluit|raadsvoorstel|besluit|collegevoorstel)[\s*]*$/iu;

/** Normalised headings of letterhead fields: what follows "Zaaknummer:" is no content either. */
const METADATA_HEADING =
  /^(?:(?:zaak|registratie|raadsvoorstel ?|document|dossier)?nummer|nr|zaaknummer|kenmerk|registratienummer|agendapunt|portefeuillehouders?|steller|auteur|datum|onderwerp|betreft|raadsvergadering|commissie|behandeling|bijlagen?|raadsbesluit|raadsvoorstel)\b/u;

function isMetadata(doc: Doc, sentence: string, section: number, start: number): boolean {
  // A letterhead block can come out as one "sentence": "(0599) 64 31 12\nOnderwerp: … 2013\nBijlagen: 2".
  if (sentence.split(/\r?\n/u).some((line) => METADATA.test(line))) return true;
  // "Zaaknummer: Z/25/118204": the value on the label's own line. Text below such a label is content.
  const sec = doc.sections[section];
  if (sec !== undefined && METADATA_HEADING.test(doc.sectionHeadings[section] ?? "") && !/[\r\n]/u.test(doc.text.slice(sec.bodyStart, start))) {
    return true;
  }
  const title = doc.title.trim();
  return title.length >= 12 && sentence.replace(/[\s*#]+/gu, " ").trim() === title;
}

function mentionsLaterYear(sentence: string, year: number | null): boolean {
  const years = (sentence.match(/\b20\d\d\b/gu) ?? []).map(Number);
  return years.some((y) => year === null || y > year);
}

function findAspect(doc: Doc, c: Criterium, aspect: Aspect): AspectFinding {
  const own = new Set(sectionsOf(doc, aspect.headings ?? c.headings));
  const best = new Map<number, number>();
  let capped = false;
  for (const signal of aspect.signals) {
    for (const hit of findSignal(doc, signal)) {
      const w = signalWeight(doc, signal, hit.sentence, own);
      if (w > 0 && signal.cap === true) capped = true;
      if (w > (best.get(hit.sentence) ?? 0)) best.set(hit.sentence, w);
    }
  }
  const byHeading =
    aspect.headingSentences !== undefined &&
    [...own].some((i) => isAnswered(doc.sections[i], aspect.headingSentences ?? 1));
  const sentences = [...best.entries()]
    .map(([sentence, weight]) => ({ sentence, weight }))
    .sort((a, b) => b.weight - a.weight || a.sentence - b.sentence);
  const top = sentences[0]?.weight ?? 0;
  const found = capped ? "deels" : byHeading || top >= 1 ? "ja" : top > 0 ? "deels" : "nee";
  return { aspect, found, sentences };
}

function isAnswered(section: Section | undefined, minSentences: number): boolean {
  return section !== undefined && section.content === "inhoud" && section.sentenceCount >= minSentences;
}

// ---------------------------------------------------------------------------------------------------
// Criteria

function evaluate(doc: Doc, c: Criterium, readability: Leesbaarheid): CriteriumResultaat {
  const findings = c.aspects.map((a) =>
    c.id === "S" && a.id === "klaretaal" ? klareTaal(a, readability) : findAspect(doc, c, a),
  );
  const own = sectionsOf(doc, c.headings)
    .map((i) => doc.sections[i])
    .filter((s) => s !== undefined);
  const status = statusOf(doc, findings, own, c);
  const score = findings.reduce((sum, f) => sum + (f.found === "ja" ? 1 : f.found === "deels" ? 0.5 : 0), 0);
  return {
    id: c.id,
    title: c.title,
    status,
    score: Math.round((score / findings.length) * 100) / 100,
    reason: reasonOf(doc, c, findings, own, readability),
    aspects: findings.map((f) => ({ id: f.aspect.id, label: f.aspect.label, found: f.found })),
    evidence: evidenceOf(doc, c, findings, own),
  };
}

/**
 * One sentence answers a whole criterion only when it explains: "past binnen de Nota Welzijn 2023" names a
 * document; "voert de Mantelzorgagenda uit die de raad in 2024 vaststelde" or "…, waarin …" says how.
 */
const EXPLAINS = /\b(?:waarin|daarin|omdat|doordat|zodat|want|namelijk|waarmee|daarmee|door\s+te|uitvoering\s+aan|uitwerking\s+van)\b|\bvoer(?:t|en)\b[^.;]{0,80}\buit\b|:/iu;
const explains = (doc: Doc, sentence: number): boolean => {
  const s = doc.sentences[sentence];
  if (s === undefined) return false;
  const text = doc.text.slice(s.start, s.end);
  return countWords(text) >= 16 || EXPLAINS.test(text);
};

function statusOf(doc: Doc, findings: AspectFinding[], own: Section[], c: Criterium): Status {
  const oneSentence = c.oneSentence === true;
  const explained = c.explained === true;
  const all = findings.every((f) => f.found === "ja");
  const supporting = new Set(findings.flatMap((f) => f.sentences.map((s) => s.sentence)));
  // Where only an explaining sentence answers (A), passing mentions ("ons beleid") do not add depth.
  const full = new Set(findings.flatMap((f) => f.sentences.filter((s) => s.weight >= 1).map((s) => s.sentence)));
  const deep =
    (explained ? full : supporting).size >= 2 ||
    own.some((s) => isAnswered(s, 2)) ||
    (oneSentence && [...supporting].some((i) => !explained || explains(doc, i)));
  if (all && deep) return "aanwezig";
  const any = findings.some((f) => f.found !== "nee") || own.some((s) => s.content !== "leeg" && s.sentenceCount >= (c.minSectionSentences ?? 0));
  return any ? "deels" : "afwezig";
}

/** S's second aspect is not a word list: it is the readability of the samenvatting itself. */
function klareTaal(aspect: Aspect, r: Leesbaarheid): AspectFinding {
  return { aspect, found: isKlareTaal(r) ? "ja" : "nee", sentences: [] };
}

// ---------------------------------------------------------------------------------------------------
// Readability

/** Enough words that a samenvatting's first paragraph is text, not only its title. */
const SUMMARY_WORDS = 40;

/** The samenvatting when there is one with content, else the opening ~150 words. */
function readabilityOf(doc: Doc): Leesbaarheid {
  // "PUBLIEKSSAMENVATTING" over a subtitle line, then "Waar gaat dit over?": measure the first part with text.
  const candidates = sectionsOf(doc, criterium("S").headings).filter((i) => doc.sections[i]?.content === "inhoud");
  const samenvatting = candidates.find((i) => (doc.sections[i]?.sentenceCount ?? 0) >= 2) ?? candidates[0];
  if (samenvatting !== undefined) {
    const all = doc.sentences.filter((s) => s.section === samenvatting);
    // A heading the parser did not see ("De motie") can make the samenvatting run on. A summary is its
    // first paragraph of real text (a title line alone is not), so measure up to the first blank line
    // after some 40 words.
    const spans: Span[] = [];
    let words = 0;
    for (const [i, s] of all.entries()) {
      spans.push(s);
      words += countWords(doc.text.slice(s.start, s.end));
      const next = all[i + 1];
      if (next !== undefined && words >= SUMMARY_WORDS && /\r?\n[ \t]*\r?\n/u.test(doc.text.slice(s.end, next.start))) break;
    }
    if (spans.length > 0) return measureReadability(doc.text, spans, "samenvatting");
  }
  const opening: Span[] = [];
  let words = 0;
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const n = countWords(sentence);
    if (!isProse(sentence, n)) continue;
    opening.push(s);
    words += n;
    if (words >= OPENING_WORDS) break;
  }
  return measureReadability(doc.text, opening, "begin");
}

/** Titles, metadata lines ("Datum: 14 april 2026") and table rows are not prose to measure. */
function isProse(sentence: string, words: number): boolean {
  if (sentence.startsWith("|") || words < 4) return false;
  return /[.!?:;]$/u.test(sentence) || words >= 8;
}

// ---------------------------------------------------------------------------------------------------
// Explanation and evidence

function reasonOf(doc: Doc, c: Criterium, findings: AspectFinding[], own: Section[], r: Leesbaarheid): string {
  const parts = [headingPart(doc, own)];
  const found = findings.filter((f) => f.found === "ja").map(describe);
  const half = findings.filter((f) => f.found === "deels").map((f) => f.aspect.label);
  const missing = findings.filter((f) => f.found === "nee").map((f) => f.aspect.label);
  if (found.length > 0) parts.push(`gevonden: ${found.join(", ")}`);
  if (half.length > 0) parts.push(`alleen in algemene termen: ${half.join(", ")}`);
  if (missing.length > 0) parts.push(`niet gevonden: ${missing.join(", ")}`);
  if (c.id === "S" && r.source === "samenvatting") {
    parts.push(
      `Flesch-Douma ${Math.round(r.fleschDouma)} (${r.oordeel}), gemiddeld ${Math.round(r.averageSentenceLength)} woorden per zin in ${r.sentences} ${r.sentences === 1 ? "zin" : "zinnen"}`,
    );
  }
  const sentence = parts.join("; ");
  return `${sentence.charAt(0).toLocaleUpperCase("nl")}${sentence.slice(1)}.`;
}

function describe(f: AspectFinding): string {
  const n = f.sentences.filter((s) => s.weight >= 1).length;
  if (n === 0) return f.aspect.label;
  return `${f.aspect.label} (${n} ${n === 1 ? "zin" : "zinnen"})`;
}

function headingPart(doc: Doc, own: Section[]): string {
  const best = own.find((s) => s.content === "inhoud") ?? own.find((s) => s.content === "ontkenning") ?? own[0];
  if (best?.heading == null) return "geen eigen kop voor dit onderwerp";
  const name = best.heading.text.trim();
  if (best.content === "inhoud") {
    const n = best.sentenceCount;
    return `kop '${name}' gevonden met ${n} ${n === 1 ? "zin" : "zinnen"} inhoud`;
  }
  const body = doc.text.slice(best.bodyStart, best.end).trim().replace(/\s+/gu, " ");
  if (best.content === "ontkenning") return `kop '${name}' gevonden, maar er staat alleen '${clip(body)}'`;
  return body === ""
    ? `kop '${name}' gevonden, maar zonder inhoud`
    : `kop '${name}' gevonden, maar met alleen '${clip(body)}'`;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function evidenceOf(doc: Doc, c: Criterium, findings: AspectFinding[], own: Section[]): Evidence[] {
  const out: Evidence[] = own.flatMap((s) => (s.heading === null ? [] : [s.heading])).slice(0, 3);
  const sentences =
    c.id === "S"
      ? doc.sentences.filter((s) => own.some((o) => doc.sections[s.section] === o)).slice(0, 2)
      : pickSentences(doc, findings);
  for (const s of sentences) out.push(evidence(doc.text, s));
  return dedupe(out).sort((a, b) => a.start - b.start);
}

/** The strongest sentences, taking from each aspect in turn so every aspect is shown. */
function pickSentences(doc: Doc, findings: AspectFinding[]): Span[] {
  const picked: number[] = [];
  const queues = findings.map((f) => f.sentences.map((s) => s.sentence));
  for (let round = 0; picked.length < MAX_EVIDENCE_SENTENCES; round++) {
    let any = false;
    for (const q of queues) {
      const next = q[round];
      if (next === undefined) continue;
      any = true;
      if (!picked.includes(next) && picked.length < MAX_EVIDENCE_SENTENCES) picked.push(next);
    }
    if (!any) break;
  }
  return picked.map((i) => doc.sentences[i]).filter((s) => s !== undefined);
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
