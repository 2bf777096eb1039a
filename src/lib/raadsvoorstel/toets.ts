/**
 * Turns an analysis into the record the werkboek saves (see src/schemas/toets.ts). The user's
 * overrides start equal to the automatic statuses.
 */
import type { Toets } from "../../schemas/toets.ts";
import type { Vraag } from "./questions.ts";
import type { Analyse } from "./types.ts";

export interface NewToetsInput {
  id: string;
  text: string;
  analyse: Analyse;
  /** ISO date-time; passed in so callers (and tests) control the clock. */
  now: string;
  /** Draft questions (`vragenVoorCollege(analyse)`), passed in so the browser can take them from its worker. */
  vragen: Vraag[];
}

export function toetsFromAnalyse({ id, text, analyse, now, vragen }: NewToetsInput): Toets {
  return {
    id,
    title: analyse.title.slice(0, 500),
    date: analyse.date,
    meetingDate: analyse.meetingDate,
    createdAt: now,
    updatedAt: now,
    text,
    criteria: analyse.criteria.map((c) => ({ id: c.id, autoStatus: c.status, status: c.status, notes: "" })),
    toetsstenen: analyse.toetsstenen.map((t) => ({
      id: t.id,
      label: t.label.slice(0, 1000),
      kind: t.kind,
      autoStatus: t.status,
      status: t.status,
      notes: "",
    })),
    vragen: vragen.map((v) =>
      v.criterionId === undefined ? { id: v.id, text: v.text } : { id: v.id, text: v.text, criterionId: v.criterionId },
    ),
  };
}

/**
 * A saved toets brought up to date with a new analysis: of the text after the user edited it, or of
 * the same text against the current visie when the user asks ("vergelijk opnieuw"). Never called
 * just because a toets is opened. The user's own statuses and notes stay; a toetssteen that is no
 * longer in the visie stays too when the user wrote something about it or judged it differently.
 */
export function refreshToets(t: Toets, text: string, a: Analyse, now: string): Toets {
  const crit = new Map(t.criteria.map((c) => [c.id, c]));
  const stenen = new Map(t.toetsstenen.map((s) => [s.id, s]));
  const fresh = a.toetsstenen.map((s) => {
    const old = stenen.get(s.id);
    return { id: s.id, label: s.label.slice(0, 1000), kind: s.kind, autoStatus: s.status, status: old && old.status !== old.autoStatus ? old.status : s.status, notes: old?.notes ?? "" };
  });
  const inAnalyse = new Set(a.toetsstenen.map((s) => s.id));
  const kept = t.toetsstenen.filter((s) => !inAnalyse.has(s.id) && (s.notes.trim() !== "" || s.status !== s.autoStatus));
  return {
    ...t,
    text,
    updatedAt: now,
    criteria: a.criteria.map((c) => {
      const old = crit.get(c.id);
      return { id: c.id, autoStatus: c.status, status: old && old.status !== old.autoStatus ? old.status : c.status, notes: old?.notes ?? "" };
    }),
    toetsstenen: [...fresh, ...kept].slice(0, 300),
  };
}
