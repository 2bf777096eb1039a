/**
 * 1200 generated werkboek files, mutated the way careless tools and hostile people mutate them. Every
 * one must be handled without an exception, refused with Dutch sentences only (never zod's or the JSON
 * parser's wording), and importing must leave what is already stored untouched.
 */
import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseWerkboekBytes } from "../../src/lib/werkboek/importFile.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { openStore } from "../../src/lib/werkboek/store.ts";
import { STORAGE_KEYS } from "../../src/lib/werkboek/storageKeys.ts";
import { werkboekSchema } from "../../src/schemas/werkboek.ts";

const RUNS = 1200;

/** Small seeded PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sample = werkboekSchema.parse({
  ...createWerkboek("Fractie Café", new Date("2026-03-01T10:00:00.000Z")),
  visie: {
    waarden: [{ id: "w1", name: "Solidariteit", meaning: "samen", top: true }, { id: "w2", name: "Eigen regie", meaning: "", top: false }],
    principes: [{ id: "p1", title: "Dichtbij", onderbouwing: "kort", meetlat: "" }],
    resultaten: [{ id: "r1", doelgroep: "jongeren", verandering: "werk", target: 40, unit: "procent", baseline: "", year: 2030, bron: "" }],
    koppelingen: [{ id: "k1", waardeId: "w1", principeId: "p1", resultaatId: "r1", onderbouwing: "" }],
    kwaliteitseisen: [{ id: "e1", text: "snel", principeIds: ["p1"] }],
  },
  waardemodellen: [{ id: "s1", question: "Wat kost het?", answers: { a: "veel" } }],
  toetsen: [
    {
      id: "t1", title: "Voorstel", date: "1 mei 2026", createdAt: "2026-03-01T10:00:00.000Z", updatedAt: "2026-03-01T10:00:00.000Z", text: "Tekst van het voorstel",
      criteria: [{ id: "S", autoStatus: "deels", status: "aanwezig", notes: "" }],
      toetsstenen: [{ id: "w1", label: "Solidariteit", kind: "waarde", autoStatus: "deels", status: "deels", notes: "" }],
      vragen: [{ id: "v1", text: "Waarom?", criterionId: "S" }],
    },
  ],
});

type Json = unknown;
const WEIRD: Json[] = [null, true, 0, -1, 1e308, "", "x".repeat(3000), [], {}, [1, "a"], { __proto__: { polluted: true } }, "2026-13-45", "<script>alert(1)</script>", "=1+2", "\u0000", "é".repeat(10)];

function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === "object") for (const k of Object.keys(v)) paths((v as Record<string, Json>)[k], [...at, k], out);
  return out;
}

function mutate(root: Json, r: () => number): Json {
  const copy = structuredClone(root) as Record<string, Json>;
  const all = paths(copy).filter((p) => p.length > 0);
  const n = 1 + Math.floor(r() * 3);
  for (let m = 0; m < n; m++) {
    const p = all[Math.floor(r() * all.length)] as (string | number)[];
    let parent: Json = copy;
    for (const seg of p.slice(0, -1)) parent = (parent as Record<string | number, Json>)?.[seg];
    if (!parent || typeof parent !== "object") continue;
    const key = p[p.length - 1] as string | number;
    const obj = parent as Record<string | number, Json>;
    const what = r();
    if (what < 0.3) delete obj[key];
    else if (what < 0.7) obj[key] = WEIRD[Math.floor(r() * WEIRD.length)];
    else if (what < 0.8 && Array.isArray(obj[key])) (obj[key] as Json[]).push(...(obj[key] as Json[]));
    else if (what < 0.9) obj[`onbekend${m}`] = "extra";
    else obj[key] = Array.from({ length: 1 + Math.floor(r() * 1500) }, (_, i) => i);
  }
  if (r() < 0.1) copy["version"] = [1, 2, 3, 4, "3", 0][Math.floor(r() * 6)] as Json;
  return copy;
}

function bytesFor(value: Json, r: () => number): Uint8Array {
  let text = JSON.stringify(value, null, r() < 0.5 ? 2 : 0);
  const what = r();
  if (what < 0.05) text = text.slice(0, Math.floor(r() * text.length)); // cut off mid-file
  else if (what < 0.08) text = `\uFEFF${text}`;
  const bytes = new TextEncoder().encode(text);
  if (what > 0.95) {
    // Random byte damage, including invalid UTF-8.
    for (let i = 0; i < 5; i++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
  } else if (what > 0.9) return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)); // Windows-1252-ish
  return bytes;
}

const DEVELOPER_WORDING = /verwacht|ontving|Ongeldige invoer|expected|received|invalid|undefined|NaN|\[object|Unexpected token|SyntaxError|at position|ZodError|Error:/u;

test(`fuzz: ${RUNS} generated files: no throw, Dutch sentences only, stored data unchanged`, async () => {
  const store = await openStore();
  const mine = createWerkboek("Al bewaard");
  await store.create(mine);
  const { openDB } = await import("idb");
  const db = await openDB(STORAGE_KEYS.db, STORAGE_KEYS.dbVersion);
  const before = JSON.stringify(await db.getAll(STORAGE_KEYS.werkboeken));

  const started = performance.now();
  let refused = 0;
  let accepted = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = rng(i + 1);
    const bytes = bytesFor(mutate(sample, r), r);
    let result: ReturnType<typeof parseWerkboekBytes>;
    try {
      result = parseWerkboekBytes(bytes);
    } catch (e) {
      assert.fail(`seed ${i + 1}: threw ${String(e)}`);
    }
    if (!result.ok) {
      refused++;
      assert.ok(result.errors.length > 0, `seed ${i + 1}: refused without a reason`);
      for (const m of result.errors) {
        assert.doesNotMatch(m, DEVELOPER_WORDING, `seed ${i + 1}: ${m}`);
        assert.match(m, /^[A-Z"…]/u, `seed ${i + 1}: starts like a sentence: ${m}`);
        assert.match(m, /[.?)]$/u, `seed ${i + 1}: ends like a sentence: ${m}`);
        assert.match(m, /\b(het|de|een|dit|is|niet|kies|pas)\b/iu, `seed ${i + 1}: Dutch: ${m}`);
      }
    } else {
      accepted++;
      // As the import does without a clash: stored as a new werkboek next to what is there.
      await store.create({ ...result.werkboek, id: `import-${i}` });
      for (const w of result.warnings ?? []) assert.doesNotMatch(w, DEVELOPER_WORDING);
      assert.equal(({} as Record<string, unknown>)["polluted"], undefined, "no prototype pollution");
    }
  }
  const ms = performance.now() - started;
  assert.ok(ms < 60_000, `took ${Math.round(ms)} ms`);
  assert.ok(refused > RUNS / 4 && accepted > 10, `refused ${refused}, accepted ${accepted}`);
  const after = await db.getAll(STORAGE_KEYS.werkboeken);
  assert.equal(JSON.stringify(after.filter((x: { id: string }) => !x.id.startsWith("import-"))), before, "what was stored is unchanged");
  assert.equal(after.length, 1 + accepted);
  db.close();
  store.close();
});
