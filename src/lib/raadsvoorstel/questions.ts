/**
 * Draft questions for the college: for every criterion that is not fully met and every toetssteen the
 * proposal does not (clearly) serve. The fractie edits them before they are sent.
 */
import { criterium } from "./criteria.ts";
import type { Analyse, CriteriumId, CriteriumResultaat, ToetssteenResultaat } from "./types.ts";

export interface Vraag {
  /** Stable within one analysis: "D", "D-reden", "T-<toetssteen id>". */
  id: string;
  text: string;
  criterionId?: CriteriumId;
  toetssteenId?: string;
}

export function vragenVoorCollege(analyse: Analyse): Vraag[] {
  return [...analyse.criteria.flatMap(criterionQuestions), ...analyse.toetsstenen.flatMap(toetssteenQuestions)];
}

function criterionQuestions(r: CriteriumResultaat): Vraag[] {
  if (r.status === "aanwezig") return [];
  const c = criterium(r.id);
  if (r.status === "afwezig") return [{ id: r.id, text: c.question, criterionId: r.id }];
  // Deels: ask precisely for what is missing; when every aspect is there but thin, ask the whole question.
  const missing = r.aspects.filter((a) => a.found !== "ja");
  if (missing.length === 0) return [{ id: r.id, text: c.question, criterionId: r.id }];
  return missing.map((a) => ({
    id: `${r.id}-${a.id}`,
    text: c.aspects.find((x) => x.id === a.id)?.question ?? c.question,
    criterionId: r.id,
  }));
}

function toetssteenQuestions(t: ToetssteenResultaat): Vraag[] {
  if (t.status === "aanwezig") return [];
  const text = t.status === "deels" ? partlyServed(t) : notServed(t);
  return [{ id: `T-${t.id}`, text, toetssteenId: t.id }];
}

function notServed(t: ToetssteenResultaat): string {
  switch (t.kind) {
    case "waarde":
      return `Hoe houdt dit voorstel rekening met de waarde '${t.label}'?`;
    case "principe":
      return `Hoe past dit voorstel bij het uitgangspunt '${t.label}'?`;
    case "resultaat":
      return `Wat draagt dit voorstel bij aan het resultaat '${t.label}', en hoe zien we dat terug?`;
  }
}

function partlyServed(t: ToetssteenResultaat): string {
  const what = t.kind === "waarde" ? "de waarde" : t.kind === "principe" ? "het uitgangspunt" : "het resultaat";
  return `Het voorstel raakt aan ${what} '${t.label}', maar zegt niet hoe het daaraan bijdraagt. Kan het college dat toelichten?`;
}
