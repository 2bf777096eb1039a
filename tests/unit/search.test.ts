import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { buildSearchBundle, loadSearchBundle, mdxToText, search, snippet, splitCard, type SearchCard, type SearchPage } from "../../src/lib/search.ts";
import { readCard } from "./content.test.ts";

function realCards(): SearchCard[] {
  const staal = readdirSync("content/staalkaarten").map((f) => {
    const { data, body } = readCard(`content/staalkaarten/${f}`);
    return { url: `/kennis/staalkaarten/${f.replace(/\.mdx$/, "")}/`, title: String(data["shortName"]), body };
  });
  const { data, body } = readCard("content/koerskaarten/preventie.mdx");
  return [...staal, { url: "/kennis/koerskaarten/preventie/", title: String(data["title"]), body }];
}

const loaded = loadSearchBundle(JSON.parse(JSON.stringify(buildSearchBundle(realCards()))));

test("mdxToText keeps words and drops markup", () => {
  assert.equal(mdxToText("import X from 'y'\n**Vet** en [link](/a/) en `code`\n- punt\n| a | b |\n|---|---|"), "Vet en link en code\npunt\n a b");
});

test("splitCard makes one document per ## and ### section with Astro's heading ids", () => {
  const docs = splitCard({ url: "/k/", title: "K", body: "Intro\n## Eén kop\ntekst\n### Sub kop\nmeer\n#### Diep\nnog\n## Eén kop\nweer" });
  assert.deepEqual(
    docs.map((d) => [d.url, d.section]),
    [["/k/", ""], ["/k/#eén-kop", "Eén kop"], ["/k/#sub-kop", "Sub kop"], ["/k/#eén-kop-1", "Eén kop"]],
  );
  assert.match(docs[2]?.text ?? "", /Diep\nnog/);
});

test("every part of a page is searchable, also when several parts have no anchor of their own", () => {
  const page: SearchPage = {
    url: "/toets/",
    title: "Toets",
    parts: [
      { section: "A · Kader", content: "Het eerdere besluit van de raad" },
      { section: "G · Financiën", content: "De dekking in de begroting" },
    ],
  };
  const bundle = loadSearchBundle(JSON.parse(JSON.stringify(buildSearchBundle([], [page]))));
  for (const [q, section] of [["besluit", "A · Kader"], ["dekking", "G · Financiën"]]) {
    const hit = search(bundle, q ?? "")[0];
    assert.equal(hit?.doc.section, section, q);
    assert.equal(hit?.doc.url, "/toets/");
  }
});

test("a repeated search id stops the build instead of dropping a section", () => {
  assert.throws(() => buildSearchBundle([{ url: "/k/", title: "K", body: "een" }, { url: "/k/", title: "K", body: "twee" }]), /twee keer/);
});

const expected: [string, RegExp][] = [
  ["mantelzorg", /staalkaarten\/wmo\/#mantelzorg/],
  ["mantelzorgers", /staalkaarten\/wmo\/#mantelzorg/],
  ["vroegsignalering", /staalkaarten\/wgs\/#vroegsignalering/],
  ["beschermd wonen", /staalkaarten\/wmo\/#beschermd-wonen/],
  ["pgb", /staalkaarten\/wmo\/#persoonsgebonden-budget/],
  ["eigen bijdrage", /#(geen-)?eigen-bijdrage/],
  ["schuldhulpverlening", /staalkaarten\/wgs\//],
];
for (const [q, url] of expected) {
  test(`search "${q}" ranks the right staalkaart section first`, () => {
    const hits = search(loaded, q);
    assert.match(hits[0]?.doc.url ?? "(geen resultaat)", url);
  });
}

test("inflected forms find the same section as the base form", () => {
  assert.equal(search(loaded, "jongeren")[0]?.doc.url, search(loaded, "jongere")[0]?.doc.url);
  assert.equal(search(loaded, "mantelzorgers")[0]?.doc.url, search(loaded, "mantelzorg")[0]?.doc.url);
});

test("stop words alone give no results, and nonsense gives none", () => {
  assert.deepEqual(search(loaded, "de en van"), []);
  assert.deepEqual(search(loaded, "xyzzyqq"), []);
});

test("snippets mark every match in the window and nothing else", () => {
  const hit = search(loaded, "mantelzorg")[0];
  assert.ok(hit);
  const marked = hit.snippet.filter((p) => p.mark).map((p) => p.text.toLowerCase());
  assert.ok(marked.length > 0);
  for (const m of marked) assert.match(m, /^mantelzorg/);
  const parts = snippet("een twee drie vier", [[4, 4]], 100);
  assert.deepEqual(parts, [{ text: "een ", mark: false }, { text: "twee", mark: true }, { text: " drie vier", mark: false }]);
});
