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
  // Many people write the same few waarden: stem each spelling once.
  const keys = new Map<string, string>();
  for (const item of items) {
    const written = term(item).trim().replace(/\s+/g, " ");
    if (written === "") continue;
    let key = keys.get(written);
    if (key === undefined) {
      key = termKey(written);
      keys.set(written, key);
    }
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
 * of their words). Identical wordings are merged first, so only distinct wordings are compared.
 *
 * Comparing every pair of distinct wordings is quadratic: 4,500 people with their own sentences meant
 * hundreds of millions of comparisons. Two sets can only reach the Jaccard threshold when they share a
 * word among their rarest ones (prefix filtering, as in the "All-Pairs" similarity join of Bayardo et
 * al., 2007), so each wording is compared only with wordings that share one of its first few rare words.
 * The clusters are the same as with the full comparison: single link depends only on which pairs reach
 * the threshold, and a pair that reaches it always shares a prefix word.
 */
export function clusterSimilar<T>(items: readonly T[], text: (item: T) => string, threshold = 0.34, stats?: { comparisons: number }): T[][] {
  const byKey = new Map<string, { stems: Set<string>; items: T[] }>();
  const stemCache = new Map<string, string[]>();
  for (const item of items) {
    const written = text(item);
    let s = stemCache.get(written);
    if (!s) {
      s = stems(written);
      stemCache.set(written, s);
    }
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
    // Path halving keeps later finds short.
    let x = i;
    while (parent[x] !== root) {
      const next = parent[x] ?? root;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const frequency = new Map<string, number>();
  for (const u of unique) for (const stem of u.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const byRarity = (a: string, b: string) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  const seen = new Int32Array(unique.length).fill(-1);
  unique.forEach((u, j) => {
    const ordered = [...u.stems].sort(byRarity);
    const prefix = threshold > 0 ? ordered.length - Math.ceil(threshold * ordered.length) + 1 : ordered.length;
    for (const stem of ordered.slice(0, Math.max(1, prefix))) {
      const earlier = index.get(stem);
      if (earlier) {
        for (const i of earlier) {
          if (seen[i] === j) continue;
          seen[i] = j;
          if (stats) stats.comparisons++;
          const a = unique[i];
          if (a && find(i) !== find(j) && similarity(a.stems, u.stems) >= threshold) parent[find(j)] = find(i);
        }
        earlier.push(j);
      } else index.set(stem, [j]);
    }
  });
  const clusters = new Map<number, T[]>();
  unique.forEach((u, i) => {
    const root = find(i);
    const c = clusters.get(root);
    if (c) c.push(...u.items);
    else clusters.set(root, [...u.items]);
  });
  // Items keep their input order inside a cluster, so the first author stays first.
  const order = new Map(items.map((x, i) => [x, i]));
  return [...clusters.values()].map((c) => c.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0))).sort((a, b) => b.length - a.length);
}
