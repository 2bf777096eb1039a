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
