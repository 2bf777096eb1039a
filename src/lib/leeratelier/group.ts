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
export function similarity(a: readonly string[] | ReadonlySet<string>, b: readonly string[] | ReadonlySet<string>): number {
  const setA = a instanceof Set ? a : new Set(a);
  const setB = b instanceof Set ? b : new Set(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  let common = 0;
  for (const x of setA) if (setB.has(x)) common++;
  return common / (setA.size + setB.size - common);
}

/**
 * Clusters texts that say much the same (single link: a joins b when they share at least `threshold`
 * of their words). Identical wordings are merged first, so only distinct wordings are compared pairwise;
 * with 45 members that keeps the quadratic pass small.
 */
export function clusterSimilar<T>(items: readonly T[], text: (item: T) => string, threshold = 0.34): T[][] {
  const byKey = new Map<string, { stems: Set<string>; items: T[] }>();
  for (const item of items) {
    const s = stems(text(item));
    if (s.length === 0) continue;
    const key = [...s].sort().join(" ");
    const entry = byKey.get(key) ?? { stems: new Set(s), items: [] };
    entry.items.push(item);
    byKey.set(key, entry);
  }
  const unique = [...byKey.values()];
  const parent = unique.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      const a = unique[i];
      const b = unique[j];
      if (a && b && find(i) !== find(j) && similarity(a.stems, b.stems) >= threshold) parent[find(j)] = find(i);
    }
  }
  const clusters = new Map<number, T[]>();
  unique.forEach((u, i) => {
    const root = find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), ...u.items]);
  });
  // Items keep their input order inside a cluster, so the first author stays first.
  const order = new Map(items.map((x, i) => [x, i]));
  return [...clusters.values()].map((c) => c.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0))).sort((a, b) => b.length - a.length);
}
