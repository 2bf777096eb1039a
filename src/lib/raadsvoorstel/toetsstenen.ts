/**
 * Toetsstenen: the raadslid's own waarden, leidende principes and maatschappelijke resultaten, taken
 * from the visie werkboek and looked for in a proposal by their meaning, not by loose words.
 *
 * A toetssteen becomes a few concepts: its content words (no stop words, no words every proposal uses),
 * each widened with its thesaurus group (schulden ~ schuldhulpverlening ~ betalingsachterstand) and
 * found in inflections and compounds. Words that occur in most proposals weigh little and can never
 * carry a match on their own. A toetssteen is only "aanwezig" when its concepts meet in one sentence or
 * in two neighbouring sentences of the same section; the reason names the words found and the sentence.
 */
import type { Principe, Resultaat, Visie, Waarde } from "../../schemas/visie.ts";
import { BACKGROUND_DF, BACKGROUND_DOCS } from "./background.ts";
import { sentenceOf, tokenOf, type Doc } from "./document.ts";
import { evidence, foldWord, isNoiseWord, tokenize } from "./text.ts";
import { EMPTY_THESAURUS, type CompiledThesaurus } from "./thesaurus.ts";
import { resultaatZin } from "../export/resultaat.ts";
import type { Status, Toetssteen, ToetssteenResultaat } from "./types.ts";

/** The visie's waarden, principes and resultaten as toetsstenen; empty entries are skipped. */
export function toetsstenenFromVisie(visie: Visie): Toetssteen[] {
  return [
    ...visie.waarden.flatMap(fromWaarde),
    ...visie.principes.flatMap(fromPrincipe),
    ...visie.resultaten.flatMap(fromResultaat),
  ];
}

function fromWaarde(w: Waarde): Toetssteen[] {
  const label = w.name.trim() || w.meaning.trim();
  return label === "" ? [] : [{ id: w.id, kind: "waarde", label, description: w.meaning.trim() }];
}

function fromPrincipe(p: Principe): Toetssteen[] {
  const label = p.title.trim() || p.onderbouwing.trim();
  return label === "" ? [] : [{ id: p.id, kind: "principe", label, description: p.onderbouwing.trim() }];
}

function fromResultaat(r: Resultaat): Toetssteen[] {
  const doelgroep = r.doelgroep.trim();
  const verandering = r.verandering.trim();
  if (doelgroep === "" && verandering === "") return [];
  const label = capitalise([doelgroep, verandering].filter(Boolean).join(" "));
  return [{ id: r.id, kind: "resultaat", label, description: resultaatZin(r) }];
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("nl") + s.slice(1);
}

/** Share of background proposals from which a word counts as common: it never carries a match alone. */
const COMMON_SHARE = 0.5;
/** A window is one sentence, or two neighbouring ones of the same section up to this many words. */
const WINDOW_WORDS = 60;
/** Compounds: a stem this long may start a longer word ("gezin" in "gezinsplan")… */
const MIN_PREFIX = 5;
/** …or end one ("plan" in "gezinsplan", "zorg" in "mantelzorg"). */
const MIN_SUFFIX = 4;

/** A content word of the toetssteen, with the stem sequences that count as finding it. */
interface Concept {
  key: string;
  /** As the raadslid wrote it. */
  written: string;
  fromLabel: boolean;
  /** Stem sequences: the word itself and its thesaurus terms. */
  forms: string[][];
  /** 0.1–1: rare words weigh more. */
  weight: number;
  /** In most proposals: never enough on its own. */
  common: boolean;
}

function backgroundWeight(stem: string): { weight: number; common: boolean } {
  const df = BACKGROUND_DF[stem] ?? 0;
  if (BACKGROUND_DOCS === 0 || df === 0) return { weight: 1, common: false };
  const idf = Math.log((BACKGROUND_DOCS + 1) / (df + 1));
  const full = Math.log((BACKGROUND_DOCS + 1) / (0.15 * BACKGROUND_DOCS + 1));
  return { weight: Math.max(0.1, Math.min(1, idf / full)), common: df / BACKGROUND_DOCS >= COMMON_SHARE };
}

/** Content words of a text as concepts; thesaurus phrases ("informele zorg") become one concept. */
function conceptsOf(text: string, fromLabel: boolean, th: CompiledThesaurus, seen: Set<string>): Concept[] {
  const tokens = tokenize(text);
  const out: Concept[] = [];
  const stems = tokens.map((t) => t.stem);
  for (let i = 0; i < tokens.length; i++) {
    // A thesaurus phrase that starts here wins over its single words.
    const phrase = phraseAt(stems, i, th);
    if (phrase !== null) {
      const { group, length } = phrase;
      const key = `g${group}`;
      if (!seen.has(key)) {
        seen.add(key);
        const written = tokens.slice(i, i + length).map((t) => t.word).join(" ");
        out.push({ key, written, fromLabel, forms: th.groups[group] ?? [], weight: 1, common: false });
      }
      i += length - 1;
      continue;
    }
    const tok = tokens[i];
    if (tok === undefined) continue;
    const folded = foldWord(tok.word);
    if (isNoiseWord(folded) || th.stop.has(folded) || th.stop.has(tok.stem) || /\d/u.test(folded)) continue;
    const groups = th.byStem.get(tok.stem)?.filter((g) => (th.groups[g] ?? []).some((t) => t.length === 1 && t[0] === tok.stem)) ?? [];
    const key = groups.length > 0 ? `g${groups[0]}` : tok.stem;
    if (seen.has(key)) continue;
    seen.add(key);
    const forms = [[tok.stem], ...groups.flatMap((g) => th.groups[g] ?? [])];
    const { weight, common } = groups.length > 0 ? { weight: 1, common: false } : backgroundWeight(tok.stem);
    out.push({ key, written: tok.word, fromLabel, forms, weight, common });
  }
  return out;
}

/** A multi-word thesaurus term starting at token i. */
function phraseAt(stems: string[], i: number, th: CompiledThesaurus): { group: number; length: number } | null {
  const first = stems[i];
  if (first === undefined) return null;
  let best: { group: number; length: number } | null = null;
  for (const g of th.byStem.get(first) ?? []) {
    for (const term of th.groups[g] ?? []) {
      if (term.length < 2 || (best !== null && term.length <= best.length)) continue;
      if (term.every((s, k) => stems[i + k] === s)) best = { group: g, length: term.length };
    }
  }
  return best;
}

/** Sentence → the proposal's word that matched this concept there. */
function occurrences(doc: Doc, c: Concept): Map<number, string> {
  const out = new Map<number, string>();
  const add = (sentence: number, token: number, length: number) => {
    if (out.has(sentence)) return;
    const tokens = doc.sentences[sentence]?.tokens ?? [];
    out.set(sentence, tokens.slice(token, token + length).map((t) => t.word).join(" "));
  };
  for (const form of c.forms) {
    const first = form[0];
    if (first === undefined) continue;
    if (form.length === 1) {
      for (const p of doc.byStem.get(first) ?? []) add(sentenceOf(p), tokenOf(p), 1);
      continue;
    }
    for (const p of doc.byStem.get(first) ?? []) {
      const s = sentenceOf(p);
      const t = tokenOf(p);
      const tokens = doc.sentences[s]?.tokens ?? [];
      if (form.every((stem, k) => tokens[t + k]?.stem === stem)) add(s, t, form.length);
    }
  }
  // Compounds: one pass over the distinct words of the proposal.
  const singles = c.forms.filter((f) => f.length === 1).map((f) => f[0] ?? "");
  const compoundWords = new Set<string>();
  for (const [word, stem] of doc.words) {
    if (singles.includes(stem)) continue;
    if (singles.some((s) => word.length > s.length + 2 && ((s.length >= MIN_PREFIX && word.startsWith(s)) || (s.length >= MIN_SUFFIX && word.endsWith(s))))) {
      compoundWords.add(stem);
    }
  }
  for (const stem of compoundWords) {
    for (const p of doc.byStem.get(stem) ?? []) add(sentenceOf(p), tokenOf(p), 1);
  }
  return out;
}

/** Where and how well the proposal speaks to each toetssteen. */
export function matchToetsstenen(
  doc: Doc,
  toetsstenen: readonly Toetssteen[],
  thesaurus: CompiledThesaurus = EMPTY_THESAURUS,
): ToetssteenResultaat[] {
  return toetsstenen.map((t) => matchOne(doc, t, thesaurus));
}

interface Window {
  sentences: number[];
  /** Concept key → the proposal's word. */
  hits: Map<string, string>;
}

function matchOne(doc: Doc, t: Toetssteen, th: CompiledThesaurus): ToetssteenResultaat {
  const seen = new Set<string>();
  const concepts = [...conceptsOf(t.label, true, th, seen), ...conceptsOf(t.description, false, th, seen)];
  const base = { id: t.id, kind: t.kind, label: t.label };
  if (concepts.length === 0) {
    return { ...base, status: "afwezig", score: 0, reason: `'${t.label}' bevat geen woorden om op te zoeken.`, evidence: [] };
  }
  const where = new Map(concepts.map((c) => [c.key, occurrences(doc, c)]));
  // In-proposal rarity: a word in many sentences of this proposal says less about one passage.
  const sentencesTotal = Math.max(1, doc.sentences.length);
  const weightOf = (c: Concept): number => {
    const share = (where.get(c.key)?.size ?? 0) / sentencesTotal;
    return c.weight * (share > 0.15 && sentencesTotal > 20 ? 0.75 : 1);
  };

  const windows = windowsOf(doc, concepts, where);
  const scored = windows.map((w) => ({ w, points: pointsOf(w, concepts, weightOf) }));
  scored.sort((a, b) => b.points - a.points || (a.w.sentences[0] ?? 0) - (b.w.sentences[0] ?? 0));
  const best = scored[0]?.w;
  const status = statusOf(concepts, best, where);
  const max = concepts.reduce((sum, c) => sum + (c.fromLabel ? 2 : 1) * weightOf(c), 0);
  const score = best === undefined || max === 0 ? 0 : Math.min(1, Math.round(((scored[0]?.points ?? 0) / max) * 100) / 100);
  const shown = status === "afwezig" ? [] : scored.filter((s) => carries(s.w, concepts)).slice(0, 3);
  const ev = dedupeSentences(shown.flatMap((s) => s.w.sentences))
    .map((i) => doc.sentences[i])
    .filter((s) => s !== undefined)
    .map((s) => evidence(doc.text, s))
    .sort((a, b) => a.start - b.start);
  return { ...base, status, score, reason: reasonOf(doc, t, concepts, status, best, where), evidence: ev };
}

function dedupeSentences(list: number[]): number[] {
  return [...new Set(list)].slice(0, 4);
}

/** Every sentence with a hit, alone and together with its neighbour in the same section. */
function windowsOf(doc: Doc, concepts: Concept[], where: Map<string, Map<number, string>>): Window[] {
  const perSentence = new Map<number, Map<string, string>>();
  for (const c of concepts) {
    for (const [s, word] of where.get(c.key) ?? []) {
      const m = perSentence.get(s) ?? new Map<string, string>();
      m.set(c.key, word);
      perSentence.set(s, m);
    }
  }
  const out: Window[] = [];
  for (const [s, hits] of perSentence) {
    out.push({ sentences: [s], hits });
    const next = perSentence.get(s + 1);
    const a = doc.sentences[s];
    const b = doc.sentences[s + 1];
    if (next !== undefined && a !== undefined && b !== undefined && a.section === b.section && a.tokens.length + b.tokens.length <= WINDOW_WORDS) {
      out.push({ sentences: [s, s + 1], hits: new Map([...next, ...hits]) });
    }
  }
  return out;
}

function pointsOf(w: Window, concepts: Concept[], weightOf: (c: Concept) => number): number {
  let p = 0;
  for (const c of concepts) if (w.hits.has(c.key)) p += (c.fromLabel ? 2 : 1) * weightOf(c);
  // The same points in one sentence beat two sentences.
  return p - (w.sentences.length - 1) * 0.01;
}

/** A window says something only with at least one word that is not common in proposals. */
function carries(w: Window, concepts: Concept[]): boolean {
  return concepts.some((c) => !c.common && w.hits.has(c.key));
}

/**
 * aanwezig: in one window, the only word of the label; or most of the label's words (at least two);
 * or a label word with two words of its meaning; or three words of the meaning. Always with at least
 * one word that is not common in proposals.
 * deels: two distinct words anywhere (one of them not common), or a rare label word in two or more sentences.
 * afwezig: otherwise.
 */
function statusOf(concepts: Concept[], best: Window | undefined, where: Map<string, Map<number, string>>): Status {
  const label = concepts.filter((c) => c.fromLabel);
  const desc = concepts.filter((c) => !c.fromLabel);
  if (best !== undefined && carries(best, concepts)) {
    const labelHits = label.filter((c) => best.hits.has(c.key));
    const descHits = desc.filter((c) => best.hits.has(c.key));
    const labelShare = label.length === 0 ? 0 : labelHits.length / label.length;
    const single = label.length === 1 && labelHits.length === 1 && !(label[0]?.common ?? true);
    if (
      single ||
      (labelHits.length >= 2 && labelShare >= 0.5) ||
      (labelHits.length >= 1 && descHits.length >= 2) ||
      (descHits.length >= 3 && descHits.length / Math.max(1, desc.length) >= 0.5)
    ) {
      return "aanwezig";
    }
  }
  const found = concepts.filter((c) => (where.get(c.key)?.size ?? 0) > 0);
  if (found.length >= 2 && found.some((c) => !c.common)) return "deels";
  // A rare word of the label that recurs: the proposal touches the subject without serving it in one passage.
  if (label.some((c) => !c.common && c.weight >= 0.5 && (where.get(c.key)?.size ?? 0) >= 2)) return "deels";
  return "afwezig";
}

function clip(s: string, n = 140): string {
  const flat = s.replace(/\s+/gu, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function reasonOf(
  doc: Doc,
  t: Toetssteen,
  concepts: Concept[],
  status: Status,
  best: Window | undefined,
  where: Map<string, Map<number, string>>,
): string {
  const describe = (c: Concept, word: string): string =>
    foldWord(word) === foldWord(c.written) ? word : `${word} (≈ ${c.written})`;
  if (status === "aanwezig" && best !== undefined) {
    const words = concepts.flatMap((c) => {
      const w = best.hits.get(c.key);
      return w === undefined ? [] : [describe(c, w)];
    });
    const text = best.sentences.map((i) => doc.sentences[i]).filter((s) => s !== undefined).map((s) => doc.text.slice(s.start, s.end)).join(" ");
    return `'${t.label}' komt terug in de passage "${clip(text)}" (woorden: ${words.join(", ")}).`;
  }
  const loose = concepts.flatMap((c) => {
    const first = where.get(c.key)?.values().next();
    return first === undefined || first.done === true ? [] : [describe(c, first.value)];
  });
  if (status === "deels") {
    return `Alleen losse woorden van '${t.label}' gevonden, niet samen in één passage (${loose.slice(0, 6).join(", ")}).`;
  }
  if (loose.length > 0) {
    return `Geen passage gaat over '${t.label}'; alleen ${loose.length === 1 ? "het woord" : "de woorden"} ${loose.slice(0, 6).join(", ")} ${loose.length === 1 ? "komt" : "komen"} los voor.`;
  }
  return `Geen zin in het voorstel gaat over '${t.label}' of de woorden uit de beschrijving.`;
}
