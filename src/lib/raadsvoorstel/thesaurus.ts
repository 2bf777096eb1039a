/**
 * The toets thesaurus (content/toets/thesaurus.yaml) prepared for lookups: every term as a list of
 * stems, indexed by each stem it contains, plus the domain stop words as folded words.
 */
import type { ToetsThesaurus } from "../../schemas/toetsThesaurus.ts";
import { foldWord, tokenize } from "./text.ts";

export interface CompiledThesaurus {
  /** Folded words that never carry a toetssteen on their own. */
  stop: Set<string>;
  /** Per group: its terms as stem sequences. */
  groups: string[][][];
  /** Stem of a one-word term → the groups it belongs to. */
  byStem: Map<string, number[]>;
}

export const EMPTY_THESAURUS: CompiledThesaurus = { stop: new Set(), groups: [], byStem: new Map() };

const cache = new WeakMap<ToetsThesaurus, CompiledThesaurus>();

export function compileThesaurus(data: ToetsThesaurus | undefined): CompiledThesaurus {
  if (data === undefined) return EMPTY_THESAURUS;
  const known = cache.get(data);
  if (known !== undefined) return known;
  const stop = new Set(data.stopwoorden.map((w) => foldWord(w)));
  const groups = data.groepen.map((g) => g.termen.map((t) => tokenize(t).map((tok) => tok.stem)).filter((s) => s.length > 0));
  const byStem = new Map<string, number[]>();
  groups.forEach((terms, gi) => {
    for (const stems of terms) {
      for (const s of stems) {
        const list = byStem.get(s) ?? [];
        if (!list.includes(gi)) list.push(gi);
        byStem.set(s, list);
      }
    }
  });
  const compiled = { stop, groups, byStem };
  cache.set(data, compiled);
  return compiled;
}
