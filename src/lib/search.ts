/**
 * Full-text search over the knowledge cards and the worksheet pages' guides: one document per section (`##` or `###`), so a hit can
 * deep-link to the heading. Built at build time; the browser loads the serialised index on demand.
 */
import GithubSlugger from "github-slugger";
import type lunr from "lunr";
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

/** What `/zoekindex.json` holds. */
export interface SearchBundle {
  docs: SearchDoc[];
  index: object;
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

/** Builds the lunr index with the Dutch pipeline. Positions are not stored (they tripled the index); snippets find matches themselves. */
export function buildSearchIndex(docs: SearchDoc[]): lunr.Index {
  const l = dutchLunr();
  return l(function () {
    this.use(l.nl);
    this.ref("id");
    this.field("section", { boost: 8 });
    this.field("card", { boost: 2 });
    this.field("text");
    for (const d of docs) this.add(d);
  });
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
export function buildSearchBundle(cards: SearchCard[], pages: SearchPage[] = []): SearchBundle {
  const docs = [...cards.flatMap(splitCard), ...pages.flatMap(pageDocs)];
  // lunr keeps one document per ref: a repeated id would silently drop sections from the search.
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`Zoekindex: het id ${d.id} komt twee keer voor.`);
    seen.add(d.id);
  }
  return { docs, index: buildSearchIndex(docs).toJSON() };
}

/** Loads a bundle (also in the browser, where the Dutch pipeline must be registered first). */
export function loadSearchBundle(bundle: SearchBundle): { docs: Map<string, SearchDoc>; index: lunr.Index } {
  const l = dutchLunr();
  return { docs: new Map(bundle.docs.map((d) => [d.id, d])), index: l.Index.load(bundle.index) };
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

/** Runs a query: exact stem first, then prefix matches; every term is optional but ranked. */
export function search(loaded: ReturnType<typeof loadSearchBundle>, query: string, limit = 20): SearchHit[] {
  const terms = queryTerms(query).slice(0, 12);
  if (terms.length === 0) return [];
  const l = dutchLunr();
  const results = loaded.index.query((q) => {
    for (const t of terms) {
      const s = stem(t);
      q.term(s, { usePipeline: false, boost: 10 });
      q.term(s, { usePipeline: false, boost: 3, wildcard: l.Query.wildcard.TRAILING });
      const root = rootOf(s);
      if (root !== s) q.term(root, { usePipeline: false, boost: 1, wildcard: l.Query.wildcard.TRAILING });
    }
  });
  const matcher = termMatcher(terms);
  return results.slice(0, limit).flatMap((r) => {
    const doc = loaded.docs.get(r.ref);
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
