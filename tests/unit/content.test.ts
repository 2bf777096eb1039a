import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { STAALKAART_SECTIONS, staalkaartSchema } from "../../src/schemas/staalkaart.ts";
import { koerskaartSchema } from "../../src/schemas/koerskaart.ts";
import { sectionProblem, missingSections, h2Headings } from "../../src/lib/sections.ts";
import { withRequiredSections } from "../../src/content-loaders/cardLoader.ts";

/** Splits an MDX file into parsed frontmatter and body. */
export function readCard(path: string): { data: Record<string, unknown>; body: string } {
  const src = readFileSync(path, "utf8");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(src);
  assert.ok(m, `${path} heeft geen frontmatter`);
  return { data: parse(m[1] ?? "") as Record<string, unknown>, body: m[2] ?? "" };
}

const STAAL_IDS = ["wmo", "participatiewet", "jeugdwet", "wgs", "wlz", "zvw"];

test("all six staalkaarten exist, validate, have the five parts and only reference known cards", () => {
  const files = readdirSync("content/staalkaarten").filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));
  assert.deepEqual([...files].sort(), [...STAAL_IDS].sort());
  for (const id of STAAL_IDS) {
    const { data, body } = readCard(`content/staalkaarten/${id}.mdx`);
    const parsed = staalkaartSchema.parse(data);
    assert.equal(sectionProblem(id, body, STAALKAART_SECTIONS), null);
    for (const r of parsed.related) assert.ok(STAAL_IDS.includes(r), `${id} verwijst naar onbekende kaart ${r}`);
    const taskIds = parsed.councilTasks.map((t) => t.id);
    assert.equal(new Set(taskIds).size, taskIds.length, `${id}: dubbele taak-id`);
  }
});

test("the koerskaart preventie declares and contains its parts", () => {
  const { data, body } = readCard("content/koerskaarten/preventie.mdx");
  const parsed = koerskaartSchema.parse(data);
  assert.ok(parsed.sections.includes("Preventiematrix"));
  assert.equal(sectionProblem("preventie", body, parsed.sections), null);
});

test("the staalkaart schema rejects a card without council tasks, with a Dutch message", () => {
  const { data } = readCard("content/staalkaarten/wmo.mdx");
  const result = staalkaartSchema.safeParse({ ...data, councilTasks: [] });
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /noem minstens één taak van de raad/);
});

test("h2Headings ignores fenced code and deeper headings", () => {
  const body = "## Een\ntekst\n### Sub\n```\n## Geen kop\n```\n## **Twee**\n";
  assert.deepEqual(h2Headings(body), ["Een", "Twee"]);
});

test("a missing or empty part produces a message naming the file and the part", () => {
  const { body } = readCard("content/staalkaarten/wmo.mdx");
  const withoutFinanciering = body.replace(/^## Financiering[\s\S]*?(?=^## )/m, "");
  assert.deepEqual(missingSections(withoutFinanciering, STAALKAART_SECTIONS), ["Financiering"]);
  assert.equal(
    sectionProblem("content/staalkaarten/wmo.mdx", withoutFinanciering, STAALKAART_SECTIONS),
    'content/staalkaarten/wmo.mdx is niet compleet — ontbrekend onderdeel: "## Financiering".',
  );
  const empty = "## Doelen van de wet\n\n## Verantwoordelijkheid gemeente\nx\n## In de praktijk\nx\n## Financiering\nx\n## Rol van de gemeenteraad\nx\n";
  assert.match(sectionProblem("x.mdx", empty, STAALKAART_SECTIONS) ?? "", /leeg onderdeel: "## Doelen van de wet"/);
});

test("the content loader stops the build when a card is incomplete", async () => {
  const entries = new Map([
    ["goed", { id: "goed", filePath: "content/staalkaarten/goed.mdx", body: STAALKAART_SECTIONS.map((s) => `## ${s}\ntekst`).join("\n"), data: {} }],
    ["kapot", { id: "kapot", filePath: "content/staalkaarten/kapot.mdx", body: "## Doelen van de wet\ntekst", data: {} }],
  ]);
  const fakeContext = { store: { values: () => [...entries.values()] } };
  const loader = withRequiredSections({ name: "nep", load: async () => {} }, () => STAALKAART_SECTIONS);
  await assert.rejects(
    // The loader only reads the store; a minimal context is enough to exercise it.
    loader.load(fakeContext as unknown as Parameters<typeof loader.load>[0]),
    /content\/staalkaarten\/kapot\.mdx is niet compleet — ontbrekend onderdeel: "## Verantwoordelijkheid gemeente"/,
  );
  entries.delete("kapot");
  await loader.load(fakeContext as unknown as Parameters<typeof loader.load>[0]);
});
