/**
 * Toetsstenen: the raadslid's own waarden, leidende principes and maatschappelijke resultaten, taken
 * from the visie werkboek and looked for in a proposal by their meaning (stemmed keywords), not only by
 * their exact name.
 */
import type { Principe, Resultaat, Visie, Waarde } from "../../schemas/visie.ts";
import { positionsOfWords, sentenceOf, type Doc } from "./document.ts";
import { evidence, isNoiseWord, tokenize } from "./text.ts";
import { resultaatZin } from "../export/visie.ts";
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

/** Words too common in any proposal to say anything about a toetssteen. */
const COMMON = new Set(["inwoner", "inwoners", "mensen", "gemeentelijk", "gemeentelijke"]);

interface Keywords {
  label: string[];
  description: string[];
  /** The word as the raadslid wrote it, per stem, for readable reasons. */
  written: Map<string, string>;
}

function keywords(t: Toetssteen): Keywords {
  const written = new Map<string, string>();
  const stems = (s: string): string[] => {
    const out: string[] = [];
    for (const tok of tokenize(s)) {
      if (isNoiseWord(tok.word) || COMMON.has(tok.word) || out.includes(tok.stem)) continue;
      out.push(tok.stem);
      if (!written.has(tok.stem)) written.set(tok.stem, tok.word);
    }
    return out;
  };
  const label = stems(t.label);
  return { label, description: stems(t.description).filter((s) => !label.includes(s)), written };
}

/** Sentences that contain the keyword, also inside compounds ("mantelzorg" in "mantelzorgers"). */
function sentencesWith(doc: Doc, stem: string): Set<number> {
  const out = new Set<number>();
  for (const p of doc.byStem.get(stem) ?? []) out.add(sentenceOf(p));
  if (stem.length >= 6) {
    for (const p of positionsOfWords(doc, (w) => w.length > stem.length && w.includes(stem))) out.add(sentenceOf(p));
  }
  return out;
}

/** Where and how well the proposal speaks to each toetssteen. */
export function matchToetsstenen(doc: Doc, toetsstenen: readonly Toetssteen[]): ToetssteenResultaat[] {
  return toetsstenen.map((t) => matchOne(doc, t));
}

interface SentenceScore {
  sentence: number;
  label: string[];
  description: string[];
}

function matchOne(doc: Doc, t: Toetssteen): ToetssteenResultaat {
  const kw = keywords(t);
  const perSentence = new Map<number, SentenceScore>();
  const found = new Set<string>();
  let labelSpread = 0;
  const collect = (stems: string[], key: "label" | "description"): void => {
    for (const stem of stems) {
      const where = sentencesWith(doc, stem);
      if (key === "label") labelSpread = Math.max(labelSpread, where.size);
      for (const s of where) {
        const score = perSentence.get(s) ?? { sentence: s, label: [], description: [] };
        score[key].push(stem);
        perSentence.set(s, score);
        found.add(stem);
      }
    }
  };
  collect(kw.label, "label");
  collect(kw.description, "description");

  const points = (s: SentenceScore): number => 2 * s.label.length + s.description.length;
  const ranked = [...perSentence.values()].sort((a, b) => points(b) - points(a) || a.sentence - b.sentence);
  const best = ranked[0];
  const status = statusOf(kw, best, found.size, labelSpread);
  const max = 2 * kw.label.length + Math.min(kw.description.length, 3);
  const score = best === undefined || max === 0 ? 0 : Math.min(1, Math.round((points(best) / max) * 100) / 100);
  const evidenceSentences = ranked.filter((s) => points(s) >= 2).slice(0, 3);
  return {
    id: t.id,
    kind: t.kind,
    label: t.label,
    status,
    score,
    reason: reasonOf(t, kw, status, evidenceSentences.length, found),
    evidence: evidenceSentences
      .map((s) => doc.sentences[s.sentence])
      .filter((s) => s !== undefined)
      .map((s) => evidence(doc.text, s))
      .sort((a, b) => a.start - b.start),
  };
}

/**
 * aanwezig: one sentence carries the label (or most of it), or the label with two words of its meaning,
 * or three words of the meaning; or a word of the label recurs through the text as a theme (in three or
 * more sentences) while its meaning shows up too. deels: loose words. afwezig: nothing, or one word.
 */
function statusOf(kw: Keywords, best: SentenceScore | undefined, distinctFound: number, labelSpread: number): Status {
  if (best === undefined) return "afwezig";
  const labelNeeded = Math.max(1, Math.ceil(kw.label.length * 0.6));
  const strongSentence =
    (kw.label.length > 0 && best.label.length >= labelNeeded) ||
    (best.label.length >= 1 && best.description.length >= 2) ||
    best.description.length >= 3;
  const theme = labelSpread >= 3 && distinctFound > 1;
  if (strongSentence || theme) return "aanwezig";
  const total = kw.label.length + kw.description.length;
  if (best.label.length >= 1 || best.description.length >= 2 || distinctFound >= Math.max(2, Math.ceil(total / 2))) {
    return "deels";
  }
  return "afwezig";
}

function reasonOf(t: Toetssteen, kw: Keywords, status: Status, sentences: number, found: Set<string>): string {
  const words = [...found]
    .slice(0, 6)
    .map((stem) => kw.written.get(stem) ?? stem)
    .join(", ");
  if (kw.label.length + kw.description.length === 0) return `'${t.label}' bevat geen woorden om op te zoeken.`;
  if (status === "aanwezig") {
    return `'${t.label}' komt terug in ${sentences} ${sentences === 1 ? "zin" : "zinnen"} (gevonden: ${words}).`;
  }
  if (status === "deels") return `Alleen losse woorden van '${t.label}' gevonden (${words}).`;
  return `Geen zin in het voorstel gaat over '${t.label}' of de woorden uit de beschrijving.`;
}
