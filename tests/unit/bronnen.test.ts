import { test } from "node:test";
import assert from "node:assert/strict";
import { bronnenProblem, datumNl } from "../../src/lib/bronnen.ts";
import { bronUrl, kaartBronnenSchema } from "../../src/schemas/bron.ts";
import { staalkaartSchema } from "../../src/schemas/staalkaart.ts";
import { koerskaartSchema } from "../../src/schemas/koerskaart.ts";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";

// Not imported from content.test.ts: importing a test file would run its tests a second time.
const frontmatter = (path: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, "utf8"))?.[1] ?? "") as Record<string, unknown>;

const goed = {
  stand: "2026-01-01",
  sources: [{ title: "Jeugdwet, art. 2.2", bwb: "BWBR0034925", article: "art. 2.2", consulted: "2026-11-29" }],
};

test("stand and sources validate as YAML dates (string from `yaml`, Date from Astro)", () => {
  const a = kaartBronnenSchema.parse(goed);
  const b = kaartBronnenSchema.parse({ ...goed, stand: new Date("2026-01-01T00:00:00Z") });
  assert.equal(a.stand.toISOString(), "2026-01-01T00:00:00.000Z");
  assert.equal(b.stand.getTime(), a.stand.getTime());
});

test("a card without stand or sources is refused with a message naming the file", () => {
  assert.equal(bronnenProblem("content/staalkaarten/wmo.mdx", goed), null);
  const zonderStand = bronnenProblem("content/staalkaarten/wmo.mdx", { sources: goed.sources });
  assert.match(zonderStand ?? "", /^content\/staalkaarten\/wmo\.mdx mist bronnen of stand — stand: stand ontbreekt/);
  assert.match(bronnenProblem("x.mdx", { stand: "2026-01-01" }) ?? "", /sources: sources ontbreekt: noem minstens één bron/);
  assert.match(bronnenProblem("x.mdx", { stand: "2026-01-01", sources: [] }) ?? "", /sources is leeg/);
  assert.match(bronnenProblem("x.mdx", { stand: "1 januari", sources: goed.sources }) ?? "", /stand: .*JJJJ-MM-DD/);
});

test("each source needs a title, a consulted date and a url or bwb id", () => {
  const bron = goed.sources[0];
  const check = (b: Record<string, unknown>) => bronnenProblem("x.mdx", { stand: "2026-01-01", sources: [b] }) ?? "";
  assert.match(check({ ...bron, bwb: undefined }), /sources\[0\]: geef bij elke bron een url of een bwb-id/);
  assert.match(check({ ...bron, consulted: undefined }), /sources\[0\]\.consulted: consulted moet een datum zijn/);
  assert.match(check({ ...bron, title: undefined }), /sources\[0\]\.title: geef elke bron een titel/);
  assert.match(check({ ...bron, bwb: "Jeugdwet" }), /sources\[0\]\.bwb: bwb is een id van wetten\.overheid\.nl/);
  assert.match(check({ title: "Rijksoverheid", url: "rijksoverheid.nl", consulted: "2026-11-29" }), /url moet een volledig webadres zijn/);
});

test("a source links to its url, or else to the law on wetten.overheid.nl", () => {
  const [bwbOnly] = kaartBronnenSchema.parse(goed).sources;
  assert.ok(bwbOnly);
  assert.equal(bronUrl(bwbOnly), "https://wetten.overheid.nl/BWBR0034925");
  assert.equal(bronUrl({ ...bwbOnly, url: "https://www.vng.nl/x" }), "https://www.vng.nl/x");
});

test("dates are shown in Dutch", () => {
  assert.equal(datumNl(new Date("2026-01-01T00:00:00Z")), "1 januari 2026");
  assert.equal(datumNl(new Date("2026-11-29T00:00:00Z")), "29 november 2026");
});

test("every staalkaart and koerskaart has a stand and at least one source", () => {
  const files = [
    ...["wmo", "participatiewet", "jeugdwet", "wgs", "wlz", "zvw"].map((id) => `content/staalkaarten/${id}.mdx`),
    ...readdirSync("content/koerskaarten").filter((f) => f.endsWith(".mdx")).map((f) => `content/koerskaarten/${f}`),
  ];
  for (const file of files) {
    const data = frontmatter(file);
    assert.equal(bronnenProblem(file, data), null);
    const schema = file.includes("koerskaarten") ? koerskaartSchema : staalkaartSchema;
    const parsed = schema.parse(data);
    assert.ok(parsed.sources.length >= 1, `${file}: geen bronnen`);
    assert.ok(parsed.stand.getUTCFullYear() >= 2025, `${file}: stand ${parsed.stand.toISOString()} is te oud`);
  }
});
