import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { sturingskaartSchema } from "../../src/schemas/sturingskaart.ts";
import { sectionProblem } from "../../src/lib/sections.ts";
import { buildSearchBundle, loadSearchBundle, search, type SearchCard } from "../../src/lib/search.ts";
import { sturingskaartUrl } from "../../src/lib/cards.ts";
import { readCard } from "./content.test.ts";

const ids = readdirSync("content/sturingskaarten").filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));

test("the sturingskaarten validate, carry stand and sources, and contain the parts they declare", () => {
  assert.deepEqual([...ids].sort(), ["beleidscyclus", "instrumenten", "proceskaders", "regionale-samenwerking", "samen-met-de-samenleving", "sturen-op-middelen"]);
  for (const id of ids) {
    const { data, body } = readCard(`content/sturingskaarten/${id}.mdx`);
    const card = sturingskaartSchema.parse(data);
    assert.equal(card.stand.toISOString().slice(0, 10), "2026-01-01", id);
    // A source cannot have been read after today.
    assert.ok(card.sources.every((s) => s.consulted <= new Date()), id);
    assert.equal(sectionProblem(id, body, card.sections), null);
  }
});

test("a sturingskaart without sources or with a bad BWB id is refused", () => {
  const { data } = readCard("content/sturingskaarten/regionale-samenwerking.mdx");
  assert.equal(sturingskaartSchema.safeParse({ ...data, sources: [] }).success, false);
  assert.equal(sturingskaartSchema.safeParse({ ...data, sources: [{ title: "Wgr", bwb: "3740", consulted: "2026-11-29" }] }).success, false);
  // Same schema as the other cards: a source with an address must carry a real one; a document is cited by title.
  assert.equal(sturingskaartSchema.safeParse({ ...data, sources: [{ title: "Wgr", url: "wetten", consulted: "2026-11-29" }] }).success, false);
  assert.equal(sturingskaartSchema.safeParse({ ...data, sources: [{ title: "Puzzelstukken sociaal domein, versie 2.0", consulted: "2026-11-29" }] }).success, true);
});

const cards: SearchCard[] = ids.map((id) => {
  const { data, body } = readCard(`content/sturingskaarten/${id}.mdx`);
  return { url: sturingskaartUrl(id), title: String(data["title"]), body };
});
const staal = readdirSync("content/staalkaarten").map((f) => {
  const { data, body } = readCard(`content/staalkaarten/${f}`);
  return { url: `/kennis/staalkaarten/${f.replace(/\.mdx$/, "")}/`, title: String(data["shortName"]), body };
});
const loaded = loadSearchBundle(JSON.parse(JSON.stringify(buildSearchBundle([...staal, ...cards]))));

const expected: [string, RegExp][] = [
  ["begroting", /\/sturing\/kaarten\/sturen-op-middelen\/#begroting/],
  ["zienswijze", /\/sturing\/kaarten\/regionale-samenwerking\//],
  ["Wgr", /\/sturing\/kaarten\/regionale-samenwerking\//],
  ["startnotitie", /\/sturing\/kaarten\/proceskaders\//],
  ["rekenkamer", /\/sturing\/kaarten\/instrumenten\/#rekenkamer/],
  ["motie", /\/sturing\/kaarten\/instrumenten\/#motie/],
];
for (const [q, url] of expected) {
  test(`search "${q}" finds the sturingskaart first`, () => {
    assert.match(search(loaded, q)[0]?.doc.url ?? "(geen resultaat)", url);
  });
}
