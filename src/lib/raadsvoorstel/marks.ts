/**
 * The highlighted passages of a proposal and, for every piece of evidence, the passage its link lands
 * on. Evidence of different criteria often overlaps (the same sentence answers B and E); overlapping
 * spans are merged into one mark, so a link can never point at a mark that was dropped.
 */
import type { Analyse } from "./types.ts";

export interface Mark {
  start: number;
  end: number;
  /** Element id, "bewijs-<n>". */
  id: string;
  /** What it is evidence for: criterion ids and "T1", "T2"… for toetsstenen. */
  labels: string[];
  /** "c-A" for a mark of one criterion, "steen" for toetsstenen only, "multi" for more. */
  kind: string;
}

export interface EvidenceMarks {
  marks: Mark[];
  /** `evidenceKey(owner, index)` → id of the mark containing that evidence. */
  anchor: Map<string, string>;
}

/** Key of the i-th evidence of a criterion ("A") or toetssteen ("T1"). */
export const evidenceKey = (owner: string, index: number): string => `${owner}:${index}`;

export function evidenceMarks(a: Pick<Analyse, "criteria" | "toetsstenen">): EvidenceMarks {
  const all = [
    ...a.criteria.flatMap((c) => c.evidence.map((e, i) => ({ start: e.start, end: e.end, owner: c.id, i }))),
    ...a.toetsstenen.flatMap((t, ti) => t.evidence.map((e, i) => ({ start: e.start, end: e.end, owner: `T${ti + 1}`, i }))),
  ]
    .filter((e) => e.end > e.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const marks: Mark[] = [];
  const anchor = new Map<string, string>();
  let current: Mark | null = null;
  for (const e of all) {
    if (current === null || e.start >= current.end) {
      current = { start: e.start, end: e.end, id: `bewijs-${marks.length + 1}`, labels: [], kind: "" };
      marks.push(current);
    } else {
      current.end = Math.max(current.end, e.end);
    }
    if (!current.labels.includes(e.owner)) current.labels.push(e.owner);
    anchor.set(evidenceKey(e.owner, e.i), current.id);
  }
  for (const m of marks) {
    const first = m.labels[0] ?? "";
    m.kind = m.labels.length > 1 ? "multi" : first.startsWith("T") ? "steen" : `c-${first}`;
  }
  return { marks, anchor };
}
