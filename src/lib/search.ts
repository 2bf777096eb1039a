/**
 * Full-text search over the knowledge cards and the worksheet pages' guides: one document per section (`##` or `###`), so a hit can
 * deep-link to the heading. Built at build time; the browser loads the serialised index on demand.
 */
import GithubSlugger from "github-slugger";
import type lunr from "lunr";
import type { ZoekSynoniem } from "../schemas/zoekSynoniemen.ts";
import { dutchLunr, isStopWord, stem } from "./dutch.ts";

/** A card (staalkaart or koerskaart) as the index builder needs it. */
export interface SearchCard {
  /** Page URL, e.g. "/kennis/staalkaarten/wmo/". */
  url: string;
  /** Title shown in results, e.g. "Wmo 2015". */
  title: string;
  /** Raw MDX body. */
  body: string;
}

/** One searchable section. */
export interface SearchDoc {
  /** Unique ref: url + anchor. */
  id: string;
  /** Deep link to the section heading. */
  url: string;
  /** Card title. */
  card: string;
  /** Section heading ("" for text before the first heading). */
  section: string;
  /** Plain text of the section. */
  text: string;
}

/**
 * A lunr index in a smaller shape for the wire (ADR 0027): lunr's own JSON repeats every document
 * ref for every term and keeps empty objects for fields a term is not in. Documents are numbered,
 * terms are numbered in sorted order, numbers are delta-encoded. `unpackIndex` gives lunr its JSON back.
 */
export interface PackedIndex {
  /** lunr version the index was built with. */
  version: string;
  /** Field names, in lunr's order. */
  fields: string[];
  /** Names of the search pipeline functions. */
  pipeline: string[];
  /** Sorted terms; per field, the numbers of the documents holding the term, delta-encoded. */
  terms: [string, ...number[][]][];
  /** Per field of a document: field number, document number, then (term number delta, weight × 1000) pairs. */
  vectors: number[][];
}

/** A search document on the wire: url, card, section, text, and the id only when it is not the url. */
export type PackedDoc = [url: string, card: string, section: string, text: string, id?: string];

/** What `/zoekindex.json` holds. */
export interface SearchBundle {
  /** Format version, so code and file from different releases fail loudly rather than search wrongly. */
  v: 2;
  docs: PackedDoc[];
  index: PackedIndex;
  /** The search thesaurus (content/zoeken/synoniemen.yaml). */
  synoniemen: ZoekSynoniem[];
}

/** MDX/Markdown to plain text: keeps words, drops markup, imports and components. */
export function mdxToText(src: string): string {
  return src
    .replace(/^(import|export)\s.*$/gm, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, "")
    .replace(/\|/g, " ")
    .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/gm, "")
    .replace(/[*_`~]/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Splits a card into sections with the same heading ids Astro's MDX renderer gives them. */
export function splitCard(card: SearchCard): SearchDoc[] {
  const slugger = new GithubSlugger();
  const docs: SearchDoc[] = [];
  let current = { section: "", anchor: "", lines: [] as string[] };
  const flush = () => {
    const text = mdxToText(current.lines.join("\n"));
    if (text) {
      const url = current.anchor ? `${card.url}#${current.anchor}` : card.url;
      docs.push({ id: url, url, card: card.title, section: current.section, text });
    }
  };
  let inFence = false;
  for (const line of card.body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m?.[1] && m[2]) {
      const heading = m[2].replace(/[*_`]/g, "").trim();
      const anchor = slugger.slug(heading);
      // Every heading advances the slugger (as rehype does), but only h2/h3 start a new document.
      if (m[1].length <= 3) {
        flush();
        current = { section: heading, anchor, lines: [] };
        continue;
      }
    }
    current.lines.push(line);
  }
  flush();
  return docs;
}

/**
 * Builds the lunr index with the Dutch pipeline; each document's ref is its number in `docs`.
 * Positions are not stored (they tripled the index); snippets find matches themselves.
 */
export function buildSearchIndex(docs: SearchDoc[]): lunr.Index {
  const l = dutchLunr();
  return l(function () {
    this.use(l.nl);
    this.ref("n");
    this.field("section", { boost: 8 });
    this.field("card", { boost: 8 });
    this.field("text");
    docs.forEach((d, n) => this.add({ n: String(n), section: d.section, card: d.card, text: d.text }));
  });
}

/** lunr's serialised index, as far as packing needs it. */
interface LunrJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
  pipeline: string[];
}

const delta = (nums: number[]) => nums.map((x, i) => (i === 0 ? x : x - (nums[i - 1] ?? 0)));
const undelta = (nums: number[]) => {
  let sum = 0;
  return nums.map((x) => (sum += x));
};

/** lunr's JSON (refs are document numbers) to the wire shape. */
export function packIndex(json: LunrJson): PackedIndex {
  const { fields } = json;
  // lunr numbers terms in insertion order; renumbering them in sorted order costs nothing and lets the
  // term number be its place in `terms`.
  const renumber = new Map(json.invertedIndex.map(([, posting], i) => [posting._index, i]));
  const terms = json.invertedIndex.map(([term, posting]): [string, ...number[][]] => [
    term,
    ...fields.map((f) => delta(Object.keys((posting[f] ?? {}) as object).map(Number).sort((a, b) => a - b))),
  ]);
  const vectors = json.fieldVectors.map(([fieldRef, elements]) => {
    const slash = fieldRef.indexOf("/");
    const pairs: [number, number][] = [];
    for (let i = 0; i < elements.length; i += 2) pairs.push([renumber.get(elements[i] ?? -1) ?? -1, elements[i + 1] ?? 0]);
    pairs.sort((a, b) => a[0] - b[0]);
    const out = [fields.indexOf(fieldRef.slice(0, slash)), Number(fieldRef.slice(slash + 1))];
    let prev = 0;
    for (const [t, w] of pairs) {
      out.push(t - prev, Math.round(w * 1000));
      prev = t;
    }
    return out;
  });
  return { version: json.version, fields, pipeline: json.pipeline, terms, vectors };
}

/** The wire shape back to the JSON `lunr.Index.load` reads. */
export function unpackIndex(p: PackedIndex): LunrJson {
  const invertedIndex = p.terms.map(([term, ...postings], i): LunrJson["invertedIndex"][number] => {
    const posting: Record<string, unknown> & { _index: number } = { _index: i };
    p.fields.forEach((f, k) => {
      posting[f] = Object.fromEntries(undelta(postings[k] ?? []).map((n) => [String(n), {}]));
    });
    return [term, posting];
  });
  const fieldVectors = p.vectors.map(([f, n, ...rest]): [string, number[]] => {
    const elements: number[] = [];
    let t = 0;
    for (let i = 0; i < rest.length; i += 2) {
      t += rest[i] ?? 0;
      elements.push(t, (rest[i + 1] ?? 0) / 1000);
    }
    return [`${p.fields[f ?? 0]}/${n}`, elements];
  });
  return { version: p.version, fields: p.fields, fieldVectors, invertedIndex, pipeline: p.pipeline };
}

/**
 * A page that is not a card, such as a worksheet, indexed by its guide texts and questions. Each part
 * links to an anchor on the page; its `content` may be any guide data (all strings in it are used),
 * so a guide that gains a field is searchable without touching this code.
 */
export interface SearchPage {
  url: string;
  title: string;
  parts: { section: string; anchor?: string; content: unknown }[];
}

/** Every string in a value (objects and arrays walked in order), e.g. all texts of a worksheet guide. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The search documents of a page: one per part, deep-linked to its anchor. */
export function pageDocs(page: SearchPage): SearchDoc[] {
  return page.parts.flatMap((part, i) => {
    const text = stringsIn(part.content)
      .map((t) => t.replace(/\s+/g, " ").trim())
      .filter((t) => t !== "")
      .join("\n");
    if (!text) return [];
    const url = part.anchor ? `${page.url}#${part.anchor}` : page.url;
    // Parts without an anchor share the page's URL, so their id needs the part's place to stay unique.
    return [{ id: part.anchor ? url : `${page.url}?deel=${i}`, url, card: page.title, section: part.section, text }];
  });
}

/** Builds the bundle served as `/zoekindex.json`: the cards, then other pages such as worksheets. */
export function buildSearchBundle(cards: SearchCard[], pages: SearchPage[] = [], synoniemen: ZoekSynoniem[] = []): SearchBundle {
  const docs = [...cards.flatMap(splitCard), ...pages.flatMap(pageDocs)];
  // Two sections with one id would show as one result and deep-link to the same place.
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`Zoekindex: het id ${d.id} komt twee keer voor.`);
    seen.add(d.id);
  }
  return {
    v: 2,
    docs: docs.map((d): PackedDoc => (d.id === d.url ? [d.url, d.card, d.section, d.text] : [d.url, d.card, d.section, d.text, d.id])),
    index: packIndex(buildSearchIndex(docs).toJSON() as unknown as LunrJson),
    synoniemen,
  };
}

/** A loaded bundle: the documents by number, the lunr index and what the query planner looks words up in. */
export interface LoadedSearch {
  docs: SearchDoc[];
  index: lunr.Index;
  vocab: SearchVocab;
}

/** Loads a bundle (also in the browser, where the Dutch pipeline must be registered first). */
export function loadSearchBundle(bundle: SearchBundle): LoadedSearch {
  if (bundle.v !== 2) throw new Error("Zoekindex: onbekende versie van het bestand.");
  const l = dutchLunr();
  const docs = bundle.docs.map(([url, card, section, text, id]): SearchDoc => ({ id: id ?? url, url, card, section, text }));
  return { docs, index: l.Index.load(unpackIndex(bundle.index)), vocab: searchVocab(bundle.index.terms.map((t) => t[0]), docs, bundle.synoniemen) };
}

/** A ranked hit with a highlighted snippet. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** Snippet split into plain and highlighted parts, so no HTML is ever built from content. */
  snippet: { text: string; mark: boolean }[];
}

/** Words of a user query, lower-cased, without stop words. */
export function queryTerms(query: string): string[] {
  return (query.toLocaleLowerCase("nl").match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !isStopWord(w));
}

// Dutch compounds and agent nouns stem differently ("mantelzorgers" → "mantelzorger", "mantelzorg" →
// "mantelzorg"), so every term is also searched as a prefix of its shortened root.
function rootOf(s: string): string {
  const r = s.replace(/(ers|er|ing|ingen|en|e|s)$/, "");
  return r.length >= 4 ? r : s;
}

/** What the query planner knows about the words of the site. */
export interface SearchVocab {
  /** Every term in the index (Dutch stems). */
  stems: Set<string>;
  /** Every word as written on the site, lower-cased: the candidates a typo is corrected to. */
  words: Set<string>;
  /** Synonym entries: the stems of each phrase a raadslid types, and the words to look for instead. */
  synoniemen: { zoek: string[][]; vind: string[] }[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const lowerWords = (text: string) => text.toLocaleLowerCase("nl").match(WORD) ?? [];

/** The vocabulary of a loaded index: its stems, the words of its documents and the thesaurus. */
export function searchVocab(stems: Iterable<string>, docs: SearchDoc[], synoniemen: ZoekSynoniem[]): SearchVocab {
  const words = new Set<string>();
  for (const d of docs) for (const w of lowerWords(`${d.card} ${d.section} ${d.text}`)) if (w.length >= 4) words.add(w);
  const entries = synoniemen.map((e) => ({
    zoek: e.zoek.map((phrase) => queryTerms(phrase).map(stem)).filter((p) => p.length > 0),
    vind: e.vind,
  }));
  // A raadslid who misspells a thesaurus word is corrected to it like to any other word.
  for (const e of synoniemen) for (const phrase of e.zoek) for (const w of lowerWords(phrase)) if (w.length >= 4) words.add(w);
  return { stems: new Set(stems), words, synoniemen: entries };
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of two neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** One lunr clause of a planned query. */
export interface Clause {
  /** A stem as it is in the index. */
  term: string;
  boost: number;
  /** Also match longer terms that start with it. */
  prefix?: boolean;
}

/** A query turned into lunr clauses, and the words whose matches the snippet marks. */
export interface QueryPlan {
  clauses: Clause[];
  marks: string[];
}

/**
 * Boosts (ADR 0027). A word as typed counts most; a word found through the thesaurus, a compound split
 * or a typo correction counts less, so that an exact hit for one word of the query ranks above a
 * corrected hit for another.
 */
export const BOOST = { exact: 10, prefix: 3, root: 1, synonym: 5, compound: 4, typo: 4 } as const;

/** Words shorter than this are not corrected: one edit in a short word reaches too many other words. */
export const TYPO_MIN_LENGTH = 5;

/** A word the index knows: its stem is a term, or the start of one. */
function known(vocab: SearchVocab, s: string): boolean {
  if (vocab.stems.has(s)) return true;
  const root = rootOf(s);
  for (const t of vocab.stems) if (t.startsWith(s) || (root !== s && t.startsWith(root))) return true;
  return false;
}

const isWordOrStem = (vocab: SearchVocab, w: string) => vocab.words.has(w) || vocab.stems.has(stem(w));

/**
 * Splits an unknown compound into two parts the site uses ("kostendelersnorm" → "kostendelers" +
 * "norm"), trying the longest second part first; a linking s ("kostendelers-") may be dropped.
 */
export function splitCompound(vocab: SearchVocab, w: string): [string, string] | null {
  for (let i = 3; i <= w.length - 4; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (!isWordOrStem(vocab, tail)) continue;
    if (isWordOrStem(vocab, head)) return [head, tail];
    if (head.endsWith("s") && head.length > 3 && isWordOrStem(vocab, head.slice(0, -1))) return [head.slice(0, -1), tail];
  }
  return null;
}

/** Words of the site one edit away from an unknown word, as candidates for what was meant. */
export function corrections(vocab: SearchVocab, w: string, max = 6): string[] {
  const out: string[] = [];
  for (const c of vocab.words) {
    if (withinOneEdit(w, c) && c !== w) out.push(c);
    if (out.length >= max) break;
  }
  return out;
}

/** Turns a query into clauses: each word as typed, plus thesaurus words, compound parts and typo corrections. */
export function planQuery(vocab: SearchVocab, query: string): QueryPlan {
  const words = queryTerms(query).slice(0, 12);
  const clauses: Clause[] = [];
  const marks = [...words];
  const add = (word: string, boost: number) => {
    const s = stem(word);
    clauses.push({ term: s, boost }, { term: s, boost: Math.max(1, boost / 3), prefix: true });
  };
  const stems = words.map(stem);
  for (const [i, w] of words.entries()) {
    const s = stems[i] ?? w;
    clauses.push({ term: s, boost: BOOST.exact }, { term: s, boost: BOOST.prefix, prefix: true });
    const root = rootOf(s);
    if (root !== s) clauses.push({ term: root, boost: BOOST.root, prefix: true });
    if (known(vocab, s) || w.length < TYPO_MIN_LENGTH) continue;
    const split = splitCompound(vocab, w);
    if (split) {
      for (const part of split) add(part, BOOST.compound);
      marks.push(...split);
    }
    for (const c of corrections(vocab, w)) {
      add(c, BOOST.typo);
      marks.push(c);
      // A corrected word can itself be a thesaurus word ("keukentafelgesprk").
      stems.push(stem(c));
    }
  }
  // Thesaurus phrases match on stems, anywhere in the query, in the order they are written.
  const has = (phrase: string[]) => stems.some((_, i) => phrase.every((p, k) => stems[i + k] === p));
  for (const e of vocab.synoniemen) {
    if (!e.zoek.some(has)) continue;
    for (const phrase of e.vind) {
      for (const w of queryTerms(phrase)) {
        add(w, BOOST.synonym);
        marks.push(w);
      }
    }
  }
  return { clauses, marks };
}

/** Runs a query: exact stem first, then prefix matches, then what the planner adds; every clause is optional but ranked. */
export function search(loaded: LoadedSearch, query: string, limit = 20): SearchHit[] {
  const plan = planQuery(loaded.vocab, query);
  if (plan.clauses.length === 0) return [];
  const l = dutchLunr();
  const results = loaded.index.query((q) => {
    for (const c of plan.clauses) {
      q.term(c.term, c.prefix ? { usePipeline: false, boost: c.boost, wildcard: l.Query.wildcard.TRAILING } : { usePipeline: false, boost: c.boost });
    }
  });
  const matcher = termMatcher(plan.marks);
  return results.slice(0, limit).flatMap((r) => {
    const doc = loaded.docs[Number(r.ref)];
    if (!doc) return [];
    return [{ doc, score: r.score, snippet: snippet(doc.text, matchPositions(doc.text, matcher)) }];
  });
}

/** A test for "does this word match one of the query terms", by stem or by shortened root. */
export function termMatcher(terms: string[]): (word: string) => boolean {
  const stems = terms.map(stem);
  const roots = stems.map(rootOf);
  return (word) => {
    const w = stem(word);
    return stems.some((s) => w === s || w.startsWith(s)) || roots.some((r) => w.startsWith(r));
  };
}

/** [start, length] of every word in `text` that the matcher accepts. */
export function matchPositions(text: string, matches: (word: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (m[0].length > 1 && matches(m[0])) out.push([m.index, m[0].length]);
  }
  return out;
}
/** About `width` characters around the first match, with every match in that window marked. */
export function snippet(text: string, positions: [number, number][], width = 220): SearchHit["snippet"] {
  const first = positions[0];
  let start = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < start + 30) start = space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const parts: SearchHit["snippet"] = [];
  let cursor = start;
  if (start > 0) parts.push({ text: "… ", mark: false });
  for (const [pos, len] of positions) {
    if (pos < cursor || pos + len > end) continue;
    if (pos > cursor) parts.push({ text: text.slice(cursor, pos), mark: false });
    parts.push({ text: text.slice(pos, pos + len), mark: true });
    cursor = pos + len;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false });
  if (end < text.length) parts.push({ text: " …", mark: false });
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") }));
}
