import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { koerskaartSchema } from "../../src/schemas/koerskaart.ts";
import { bronnenProblem } from "../../src/lib/bronnen.ts";
import { sectionProblem } from "../../src/lib/sections.ts";

/**
 * The four koerskaarten of issue 22 beside preventie. Their worksheets are not wired yet: the guide texts
 * in content/werkbladen/<id>.yaml are drafts without a zod schema, so this file checks that each draft
 * says the same as its card (matrix, keuzes, evaluatievragen) and that every link and law reference holds.
 */
const NIEUW = ["armoede-en-schulden", "veilig-opgroeien", "eenzaamheid-en-meedoen", "langer-thuis-wonen"] as const;
const ALLE = ["preventie", ...NIEUW];

const idsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));
const STAAL = idsIn("content/staalkaarten");

function readCard(id: string): { data: Record<string, unknown>; body: string } {
  const src = readFileSync(`content/koerskaarten/${id}.mdx`, "utf8");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(src);
  assert.ok(m, `${id} heeft geen frontmatter`);
  return { data: parse(m[1] ?? "") as Record<string, unknown>, body: m[2] ?? "" };
}

interface Gids {
  kaart: string;
  matrix: { rijlabel: string; rijen: string[]; kolommen: { id: string; title: string; explanation: string; voorbeeld: string }[] };
  keuzes: { id: string; title: string; moet: string; ruimte: string; bron: string; vraag: string }[];
  velden: Record<string, string>;
  evaluatievragen: { id: string; question: string }[];
}
const gids = (id: string) => parse(readFileSync(`content/werkbladen/${id}.yaml`, "utf8")) as Gids;

/** Trimmed cells of the first Markdown table under a `##` heading, header row first, rule row left out. */
function tableUnder(body: string, heading: string): string[][] {
  const from = body.indexOf(`\n## ${heading}\n`);
  assert.ok(from >= 0, `kop "${heading}" ontbreekt`);
  const lines = body.slice(from + 1).split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  assert.ok(start >= 0, `geen tabel onder "${heading}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith("|")) break;
    rows.push(line.split("|").slice(1, -1).map((c) => c.trim()));
  }
  return [rows[0] ?? [], ...rows.slice(2)];
}

/** The list items after a line, up to the first blank line that follows them. */
function listAfter(body: string, intro: string): string[] {
  const from = body.indexOf(intro);
  assert.ok(from >= 0, `"${intro}" ontbreekt`);
  const items: string[] = [];
  for (const line of body.slice(from + intro.length).split("\n").slice(1)) {
    if (line.startsWith("- ")) items.push(line.slice(2).trim());
    else if (items.length > 0) break;
  }
  return items;
}

/** Where an internal link of a card points to, as a file that must exist. */
function targetFile(href: string): string {
  const path = href.split("#")[0] ?? "";
  const m = /^\/(kennis\/staalkaarten|kennis\/koerskaarten|sturing\/kaarten|informatie)\/([a-z0-9-]+)\/$/.exec(path);
  if (m) {
    const dir = { "kennis/staalkaarten": "staalkaarten", "kennis/koerskaarten": "koerskaarten", "sturing/kaarten": "sturingskaarten", informatie: "informatie" }[m[1] as string];
    const card = `content/${dir}/${m[2]}.mdx`;
    if (existsSync(card) || dir !== "informatie") return card;
  }
  const page = `src/pages${path.replace(/\/$/, "")}`;
  return existsSync(`${page}/index.astro`) ? `${page}/index.astro` : `${page}.astro`;
}

const MOET: Record<string, string> = { Ja: "ja", Deels: "deels", Nee: "nee" };

test("the five koerskaarten exist, each with its own place in the overview", () => {
  assert.deepEqual([...idsIn("content/koerskaarten")].sort(), [...ALLE].sort());
  const orders = ALLE.map((id) => koerskaartSchema.parse(readCard(id).data).order);
  assert.equal(new Set(orders).size, orders.length, `dubbele order: ${orders.join(", ")}`);
});

for (const id of NIEUW) {
  test(`${id}: frontmatter, parts, stand and sources are complete`, () => {
    const { data, body } = readCard(id);
    assert.equal(bronnenProblem(`content/koerskaarten/${id}.mdx`, data), null);
    const kaart = koerskaartSchema.parse(data);
    assert.equal(sectionProblem(id, body, kaart.sections), null);
    assert.ok(kaart.sections.includes("Keuzematrix") && kaart.sections.includes("Wat moet en wat mag"));
    assert.equal(kaart.stand.toISOString().slice(0, 10), "2026-01-01");
    for (const r of kaart.related) assert.ok(STAAL.includes(r), `${id} verwijst naar onbekende staalkaart ${r}`);
    // A law is cited with its article, so a second reader can find the sentence it rests on.
    for (const s of kaart.sources.filter((b) => b.bwb)) assert.ok(s.article, `${id}: bron "${s.title}" noemt geen artikel`);
    assert.ok(kaart.sources.some((s) => s.bwb), `${id}: geen wet als bron`);
  });

  test(`${id}: every internal link leads to a page that exists, including a staalkaart and cijfers duiden`, () => {
    const { body } = readCard(id);
    const hrefs = [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1] ?? "");
    assert.ok(hrefs.some((h) => h.startsWith("/kennis/staalkaarten/")), `${id} linkt naar geen enkele staalkaart`);
    assert.ok(hrefs.includes("/informatie/duiden/"), `${id} linkt niet naar /informatie/duiden/`);
    for (const href of hrefs) assert.ok(existsSync(targetFile(href)), `${id}: link ${href} leidt nergens heen (${targetFile(href)})`);
  });

  test(`${id}: the keuzematrix in the card and in the werkblad have the same rows and columns`, () => {
    const { body } = readCard(id);
    const g = gids(id);
    assert.equal(g.kaart, id);
    const [header, ...rows] = tableUnder(body, "Keuzematrix");
    assert.deepEqual(header, [g.matrix.rijlabel, ...g.matrix.kolommen.map((k) => k.title)]);
    assert.deepEqual(rows.map((r) => r[0]), g.matrix.rijen);
    for (const row of rows) assert.equal(row.length, g.matrix.kolommen.length + 1, `rij "${row[0]}" heeft niet voor elke kolom een vak`);
    const ids = g.matrix.kolommen.map((k) => k.id);
    assert.equal(new Set(ids).size, ids.length, "dubbele kolom-id");
  });

  test(`${id}: the keuzes say what is verplicht and what is vrij, the same in card and werkblad`, () => {
    const { body } = readCard(id);
    const g = gids(id);
    const [header, ...rows] = tableUnder(body, "Wat moet en wat mag");
    assert.deepEqual(header, ["Keuze", "Moet het?", "Wat de raad kiest"]);
    assert.deepEqual(
      rows.map(([title, moet, ruimte]) => ({ title, moet: MOET[moet ?? ""], ruimte })),
      g.keuzes.map(({ title, moet, ruimte }) => ({ title, moet, ruimte })),
    );
    // Each card has something the law requires and something the raad is free to choose.
    assert.ok(g.keuzes.some((k) => k.moet === "ja") && g.keuzes.some((k) => k.moet === "nee"), `${id}: geen mix van verplicht en vrij`);
    const ids = g.keuzes.map((k) => k.id);
    assert.equal(new Set(ids).size, ids.length, "dubbele keuze-id");
    for (const k of g.keuzes) {
      assert.match(k.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(k.vraag.endsWith("?"), `keuze ${k.id}: de vraag eindigt niet met een vraagteken`);
      assert.ok(k.bron.length > 3, `keuze ${k.id}: geen bron`);
    }
  });

  test(`${id}: the werkblad asks the card's evaluation questions and explains every field`, () => {
    const { body } = readCard(id);
    const g = gids(id);
    assert.deepEqual(g.evaluatievragen.map((q) => q.question), listAfter(body, "Vragen bij de evaluatie:"));
    assert.ok(g.evaluatievragen.length >= 5 && g.evaluatievragen.length <= 8);
    const ids = g.evaluatievragen.map((q) => q.id);
    assert.equal(new Set(ids).size, ids.length, "dubbele evaluatievraag-id");
    assert.deepEqual(Object.keys(g.velden), ["nu", "koers", "waarom", "kosten", "volgen"]);
  });
}

test("laws that changed on a known date are described as they stood on 1 January 2026", () => {
  const jeugd = readCard("veilig-opgroeien").body;
  assert.match(jeugd, /1 januari 2026[^.]*Wet verbetering beschikbaarheid jeugdzorg/);
  assert.doesNotMatch(jeugd, /wetsvoorstel[^.]{0,40}verbetering beschikbaarheid/i);
  const wonen = readCard("langer-thuis-wonen").body;
  assert.match(wonen, /wetsvoorstel Wet versterking regie volkshuisvesting[^.]*\. Op 1 januari 2026 lag dat wetsvoorstel bij de Eerste Kamer/);
  assert.match(wonen, /abonnementstarief per 1 januari 2027[^.]*\. Op 1 januari 2026 was dat een wetsvoorstel/);
  const armoede = readCard("armoede-en-schulden").body;
  assert.match(armoede, /sinds 1 juli 2023 in de regel 18 maanden/);
  assert.match(armoede, /vanaf 1 januari 2027[^.]*\. Op de stand van deze kaart geldt dat nog niet/);
});

test("the Wgs is cited by its own BWB id, not by the one an older card used", () => {
  for (const id of NIEUW) {
    const wgs = koerskaartSchema.parse(readCard(id).data).sources.filter((s) => /^Wet gemeentelijke schuldhulpverlening/.test(s.title));
    if (id === "armoede-en-schulden") assert.equal(wgs.length, 1, "de kaart armoede en schulden noemt de Wgs als bron");
    for (const s of wgs) {
      assert.equal(s.bwb, "BWBR0031331", `${id}: Wgs met ${s.bwb}`);
      assert.match(s.url ?? "", /BWBR0031331/);
    }
  }
});
