/**
 * Grouping what different people wrote: "Zelfredzaamheid", "zelfredzaam" and "ZELFREDZAAMHEID" are one
 * waarde. Words are lower-cased, stripped of accents and reduced to their Dutch stem (the same stemmer the
 * raadsvoorstel-toets uses), so grouping and matching agree across the app.
 */
import { isNoiseWord, stemWord, tokenize } from "../raadsvoorstel/text.ts";

/** Content-word stems of a text, accents removed, in order, without repeats. */
export function stems(text: string): string[] {
  const out: string[] = [];
  const tokens = tokenize(text.normalize("NFD").replace(/\p{M}/gu, ""));
  for (const t of tokens) {
    // A one-word term is kept even when it is short ("vrij"); in longer texts such words carry no meaning.
    if (tokens.length > 1 && isNoiseWord(t.word)) continue;
    if (!out.includes(t.stem)) out.push(t.stem);
  }
  return out;
}

/** The key two spellings of one term share: "Zelfredzaamheid" and "zelfredzaam" → "zelfredzam". */
export function termKey(term: string): string {
  const s = stems(term);
  return s.length > 0 ? [...s].sort().join(" ") : stemWord(term.trim().toLowerCase());
}

export interface TermGroup<T> {
  key: string;
  /** The spelling most people used (ties: the first seen). */
  label: string;
  /** Every spelling seen, most used first. */
  variants: string[];
  items: T[];
}

/** Groups items by the key of their term; groups are ordered by size, then by first appearance. */
export function groupTerms<T>(items: readonly T[], term: (item: T) => string): TermGroup<T>[] {
  const groups = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    const written = term(item).trim().replace(/\s+/g, " ");
    if (written === "") continue;
    const key = termKey(written);
    if (key === "") continue;
    const g = groups.get(key) ?? { items: [] as T[], spellings: new Map<string, number>() };
    g.items.push(item);
    g.spellings.set(written, (g.spellings.get(written) ?? 0) + 1);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      const variants = [...g.spellings.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
      return { key, label: variants[0] ?? key, variants, items: g.items };
    })
    .sort((a, b) => b.items.length - a.items.length);
}

/** Overlap of two stem sets (Jaccard): 1 = the same words, 0 = nothing in common. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  const common = new Set(a.filter((x) => setB.has(x))).size;
  return common / (new Set([...a, ...b]).size);
}

/**
 * Clusters texts that say much the same (single link: a joins b when they share at least `threshold`
 * of their words). Small inputs (a raad has at most 45 members), so the quadratic pass is fine.
 */
export function clusterSimilar<T>(items: readonly T[], text: (item: T) => string, threshold = 0.34): T[][] {
  const keyed = items.map((item) => ({ item, stems: stems(text(item)) })).filter((x) => x.stems.length > 0);
  const parent = keyed.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < keyed.length; i++) {
    for (let j = i + 1; j < keyed.length; j++) {
      if (similarity(keyed[i]?.stems ?? [], keyed[j]?.stems ?? []) >= threshold) parent[find(j)] = find(i);
    }
  }
  const clusters = new Map<number, T[]>();
  keyed.forEach((k, i) => {
    const root = find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), k.item]);
  });
  return [...clusters.values()].sort((a, b) => b.length - a.length);
}
