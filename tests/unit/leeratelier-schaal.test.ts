/**
 * Combining grows linearly: a dialoogavond with inwoners can bring thousands of bijdragen, each with its
 * own sentences. These tests compare work at two sizes instead of timing against a fixed clock, so a slow
 * or busy machine does not make them fail, while a quadratic step does (10× the input, ~100× the time).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { clusterSimilar, similarity, stems } from "../../src/lib/leeratelier/group.ts";
import { addFiles } from "../../src/lib/leeratelier/files.ts";
import { sampleFiles } from "../fixtures/leeratelier.ts";

/** The clustering as it was before prefix filtering: every pair of distinct wordings compared. */
function bruteForce(texts: string[], threshold = 0.34): string[][] {
  const byKey = new Map<string, { stems: Set<string>; items: string[] }>();
  for (const t of texts) {
    const s = stems(t);
    if (s.length === 0) continue;
    const key = [...s].sort().join(" ");
    const e = byKey.get(key) ?? { stems: new Set(s), items: [] };
    e.items.push(t);
    byKey.set(key, e);
  }
  const unique = [...byKey.values()];
  const parent = unique.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i] ?? i));
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++)
      if (find(i) !== find(j) && similarity(unique[i]!.stems, unique[j]!.stems) >= threshold) parent[find(j)] = find(i);
  const clusters = new Map<number, string[]>();
  unique.forEach((u, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), ...u.items]));
  return [...clusters.values()];
}

const canonical = (cs: string[][]) => cs.map((c) => [...c].sort().join("|")).sort();

const WORDS = ["zorg", "wijk", "jongeren", "ouderen", "preventie", "vertrouwen", "regie", "eigen", "dichtbij", "huis", "gezin", "plan", "schulden", "werk", "meedoen", "samen", "snel", "hulp", "mantelzorg", "school"];

test("prefix filtering finds exactly the clusters of the full pairwise comparison", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" ")), { maxLength: 60 }),
      fc.constantFrom(0.2, 0.34, 0.5, 0.8, 1),
      (texts, threshold) => {
        assert.deepEqual(canonical(clusterSimilar(texts, (t) => t, threshold)), canonical(bruteForce(texts, threshold)));
      },
    ),
    { numRuns: 300 },
  );
});

/** Distinct sentences, as people write them: a shared theme word and words of their own. */
const sentences = (n: number) => Array.from({ length: n }, (_, i) => `${WORDS[i % WORDS.length]} principe${i} afspraak${i * 7} doel${i * 13}`);

/** CPU time, not wall-clock time: on a busy machine the wall clock mostly measures waiting for a core. */
const fastest = (f: () => void, runs = 3) => {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage();
    f();
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return best;
};

test("clustering 10× as many distinct sentences compares far less than 100× as many pairs", () => {
  // Counted, not timed: the number of pairs compared says whether the work is quadratic, on any machine.
  const count = (n: number) => {
    const stats = { comparisons: 0 };
    clusterSimilar(sentences(n), (t) => t, 0.34, stats);
    return stats.comparisons;
  };
  const small = count(2_000);
  const large = count(20_000);
  // The old pass compared every pair of distinct wordings: n·(n−1)/2, 100× more at 10× the size.
  assert.ok(large <= small * 15, `2.000 zinnen: ${small} vergelijkingen, 20.000 zinnen: ${large}`);
  assert.ok(large < (20_000 * 19_999) / 2 / 100, `20.000 zinnen: ${large} vergelijkingen`);
});

test("reading 20× as many bijdragen takes far less than 400× as long", () => {
  const small = sampleFiles(400);
  const large = sampleFiles(8_000);
  const tSmall = fastest(() => addFiles(null, small));
  const tLarge = fastest(() => addFiles(null, large));
  assert.equal(addFiles(null, large).atelier?.bijdragen.length, 8_000);
  // Linear is ~20×; checking each bijdrage against the whole list and copying it was ~110× here.
  assert.ok(tLarge < tSmall * 60, `400 bijdragen ${tSmall.toFixed(0)} ms, 8.000 bijdragen ${tLarge.toFixed(0)} ms`);
});
