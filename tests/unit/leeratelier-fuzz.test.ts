/**
 * Issue 24: 1200 generated files dropped on the leeratelier, one at a time, onto a stored atelier:
 * truncated, wrong version, wrong types, prototype keys, huge strings, deep nesting, foreign formats,
 * duplicates, bijdragen of another bijeenkomst, and good files as a control. For every file: no
 * exception, one Dutch sentence that names the file (never zod's or the JSON parser's wording), a
 * refused file leaves the stored ateliers byte-for-byte as they were, and an accepted one can be stored.
 */
import { CURRENT_VERSION } from "../../src/vocabulary/werkboekFormat.ts";
import { BIJDRAGE_VERSION, BIJEENKOMST_VERSION } from "../../src/vocabulary/atelierFormats.ts";
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { addFiles, makeBijdrage, makeBijeenkomst, newAtelier } from "../../src/lib/leeratelier/files.ts";
import { AtelierStore } from "../../src/lib/leeratelier/store.ts";
import { openDatabase } from "../../src/lib/werkboek/store.ts";
import { STORAGE_KEYS } from "../../src/lib/werkboek/storageKeys.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { MAX_IMPORT_BYTES, serializeWerkboek } from "../../src/lib/werkboek/io.ts";
import { atelierSchema, type Atelier } from "../../src/schemas/atelier.ts";
import type { Werkboek } from "../../src/schemas/werkboek.ts";

const RUNS = 1200;
const SEED = 24;
const NOW = new Date("2026-12-05T20:00:00.000Z");

const bijeenkomst = makeBijeenkomst({ title: "Leeratelier jeugd", date: "2026-12-05", onderdelen: ["waarden", "principes", "resultaten", "kwaliteitseisen", "koppeltabel"], startvraag: "Wat vind jij belangrijk?", fracties: ["VVD", "CDA"], stellingen: ["Eigen regie", "Solidariteit"], vraagsoort: "belang" }, NOW);

function werkboek(name: string): Werkboek {
  const w = createWerkboek(name, NOW);
  return {
    ...w,
    visie: {
      ...w.visie,
      waarden: [{ id: "w1", name: "Eigen regie", meaning: "Inwoners kiezen zelf.", top: true }, { id: "w2", name: "Solidariteit", meaning: "", top: false }],
      principes: [{ id: "p1", title: "Dichtbij", onderbouwing: "In de wijk.", meetlat: "" }],
      resultaten: [{ id: "r1", doelgroep: "jongeren", verandering: "een startkwalificatie heeft", target: 90, unit: "procent", baseline: "80%", year: 2029, bron: "CBS" }],
      koppelingen: [{ id: "k1", waardeId: "w1", principeId: "p1", resultaatId: "r1", onderbouwing: "" }],
      kwaliteitseisen: [{ id: "e1", text: "Binnen een week", principeIds: ["p1"] }],
    },
  };
}

const who = (naam: string) => ({ naam, fractie: "VVD", scores: [{ stelling: "Eigen regie", score: 4 }] });
const inAtelier = makeBijdrage(werkboek("Anna"), bijeenkomst, who("Anna"), NOW);
const fresh = makeBijdrage(werkboek("Bram"), bijeenkomst, who("Bram"), NOW);
const stored: Atelier = { ...newAtelier(bijeenkomst, NOW), bijdragen: [inAtelier] };
const atelierFile: Atelier = { ...stored, bijdragen: [inAtelier, fresh] };
const werkboekFile = JSON.parse(serializeWerkboek(werkboek("Carla"))) as Record<string, unknown>;

type Json = unknown;
type Path = (string | number)[];
type Expect = "weigeren" | "aannemen" | "beide";
interface Case {
  kind: string;
  name: string;
  text: string;
  expect: Expect;
}

const BASES: Record<string, Json> = { bijdrage: fresh, bijeenkomst, leeratelier: atelierFile, werkboek: werkboekFile };
const baseArb = fc.constantFrom(...Object.keys(BASES));

/** Every path to a value in the tree (leaves and branches), the root excepted. */
function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  if (at.length > 0) out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === "object") for (const k of Object.keys(v)) paths((v as Record<string, Json>)[k], [...at, k], out);
  return out;
}
const get = (root: Json, p: Path): Json => p.reduce<Json>((n, k) => (n as Record<string | number, Json>)?.[k], root);
function set(root: Json, p: Path, value: Json): Json {
  const copy = structuredClone(root);
  const parent = get(copy, p.slice(0, -1)) as Record<string | number, Json>;
  parent[p[p.length - 1] as string | number] = value;
  return copy;
}
/** A JSON text with `raw` (already JSON) at path `p` of `root`: for values a JS object cannot hold or print. */
function spliceRaw(root: Json, p: Path, raw: string): string {
  const marker = "\u0000RAW\u0000";
  return JSON.stringify(set(root, p, marker)).replace(JSON.stringify(marker), raw);
}

/** A value of a JSON type other than the one at hand (null is left out: some fields may be null). */
function otherType(v: Json): Json[] {
  const all: Json[] = ["tekst", 42, true, [1, 2], { a: 1 }];
  const same = (x: Json) => (Array.isArray(v) ? Array.isArray(x) : v === null ? false : typeof x === typeof v && Array.isArray(x) === Array.isArray(v));
  return all.filter((x) => !same(x));
}

const pathIn = (base: string, leavesOnly = false) =>
  fc.nat().map((n) => {
    const all = paths(BASES[base]).filter((p) => !leavesOnly || typeof get(BASES[base], p) !== "object" || get(BASES[base], p) === null);
    return all[n % all.length] as Path;
  });

const name = (kind: string) => fc.nat(9999).map((n) => `${kind}-${n}.json`);

const truncated: fc.Arbitrary<Case> = fc.tuple(baseArb, fc.double({ min: 0.01, max: 0.99, noNaN: true }), name("afgebroken")).map(([b, f, n]) => {
  const full = JSON.stringify(BASES[b]);
  return { kind: "afgebroken", name: n, text: full.slice(0, Math.max(1, Math.floor(full.length * f))), expect: "weigeren" };
});

/** The version each kind is written in now; one more is "too new" (2 is a current version for some kinds). */
const NEWEST: Record<string, number> = { bijdrage: BIJDRAGE_VERSION, bijeenkomst: BIJEENKOMST_VERSION, leeratelier: 1, werkboek: CURRENT_VERSION };

const wrongVersion: fc.Arbitrary<Case> = fc.tuple(fc.constantFrom("bijdrage", "bijeenkomst", "leeratelier", "werkboek"), fc.constantFrom<Json>(0, -1, 1.5, 2, 99, "1", null, true, [], {}), name("versie")).map(([b, v, n]) => ({
  kind: "verkeerde versie",
  name: n,
  text: JSON.stringify({ ...(BASES[b] as object), version: v === 2 ? NEWEST[b]! + 1 : v }),
  expect: "weigeren",
}));

const wrongType: fc.Arbitrary<Case> = baseArb.chain((b) =>
  fc.tuple(pathIn(b), fc.nat(), name("type")).map(([p, i, n]) => {
    const options = otherType(get(BASES[b], p));
    return { kind: "verkeerd type", name: n, text: JSON.stringify(set(BASES[b], p, options[i % options.length])), expect: "weigeren" as Expect };
  }),
);

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "isPrototypeOf"];
const protoKeys: fc.Arbitrary<Case> = baseArb.chain((b) =>
  fc.tuple(fc.constantFrom<Path>([], ...paths(BASES[b]).filter((p) => typeof get(BASES[b], p) === "object" && !Array.isArray(get(BASES[b], p)))), fc.constantFrom(...PROTO_KEYS), fc.constantFrom('{"polluted":true}', '"x"', "null", '{"format":"raadskompas-bijdrage","version":1}'), name("proto")).map(([p, key, raw, n]) => {
    const target = JSON.stringify(p.length === 0 ? BASES[b] : get(BASES[b], p));
    // Written into the JSON text: an object literal cannot hold an own "__proto__" key.
    const withKey = target.replace(/^\{/, `{${JSON.stringify(key)}:${raw},`);
    return { kind: "prototype-sleutel", name: n, text: p.length === 0 ? withKey : spliceRaw(BASES[b], p, withKey), expect: "beide" as Expect };
  }),
);

const hugeString: fc.Arbitrary<Case> = baseArb.chain((b) =>
  fc.tuple(pathIn(b, true).filter((p) => typeof get(BASES[b], p) === "string"), fc.integer({ min: 20_001, max: 300_000 }), name("lang")).map(([p, len, n]) => ({
    kind: "te lange tekst",
    name: n,
    text: JSON.stringify(set(BASES[b], p, "é".repeat(len))),
    expect: "weigeren" as Expect,
  })),
);

const tooLarge: fc.Arbitrary<Case> = fc.tuple(baseArb, name("groot")).map(([b, n]) => ({
  kind: "te groot bestand",
  name: n,
  text: JSON.stringify({ ...(BASES[b] as object), opvulling: "x".repeat(MAX_IMPORT_BYTES) }),
  expect: "weigeren",
}));

const deepNesting: fc.Arbitrary<Case> = baseArb.chain((b) =>
  fc.tuple(pathIn(b), fc.integer({ min: 500, max: 50_000 }), fc.boolean(), name("diep")).map(([p, depth, arrays, n]) => {
    const raw = arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
    // Nested objects where an object belongs: the werkboek import reads missing fields as empty (its
    // own fuzz allows that), so only a wrong type must be refused.
    const at = get(BASES[b], p);
    const sameType = !arrays && typeof at === "object" && at !== null && !Array.isArray(at);
    return { kind: "diepe nesting", name: n, text: spliceRaw(BASES[b], p, raw), expect: (sameType ? "beide" : "weigeren") as Expect };
  }),
);

const FOREIGN_TEXTS = [
  "",
  "   \n\t",
  "\uFEFF",
  "naam;waarde\nAnna;Solidariteit\n",
  "<?xml version=\"1.0\"?><bijdrage/>",
  "%PDF-1.7\n%âãÏÓ\n",
  "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
  "PK\u0003\u0004",
  "null",
  "[]",
  "\"raadskompas-bijdrage\"",
  "42",
  JSON.stringify({ format: "raadskompas-iets-anders", version: 1 }),
  JSON.stringify({ format: ["raadskompas-bijdrage"], version: 1 }),
  JSON.stringify([fresh]),
  JSON.stringify({ hallo: "wereld" }),
];
const foreign: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(fc.constantFrom(...FOREIGN_TEXTS), name("vreemd")).map(([text, n]) => ({ kind: "vreemd formaat", name: n, text, expect: "weigeren" as Expect })),
  fc.tuple(fc.json(), name("json")).map(([text, n]) => ({ kind: "vreemd formaat", name: n, text, expect: "weigeren" as Expect })),
);

const duplicate: fc.Arbitrary<Case> = fc.tuple(fc.constantFrom("Anna", "Anna (kopie)", "Iemand anders"), name("dubbel")).map(([naam, n]) => ({
  kind: "dubbel",
  name: n,
  text: JSON.stringify({ ...inAtelier, naam }),
  expect: "weigeren",
}));

const otherBijeenkomst: fc.Arbitrary<Case> = fc.tuple(fc.string({ minLength: 1, maxLength: 64 }).filter((id) => id !== bijeenkomst.id && id.trim() !== ""), name("ander")).map(([id, n]) => ({
  kind: "andere bijeenkomst",
  name: n,
  text: JSON.stringify({ ...fresh, bijeenkomst: { id, title: "Andere avond" } }),
  expect: "weigeren",
}));

const good: fc.Arbitrary<Case> = fc.tuple(fc.constantFrom("bijdrage", "leeratelier", "werkboek", "bijeenkomst"), fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== ""), name("goed")).map(([b, naam, n]) => {
  const base = BASES[b] as Record<string, Json>;
  const text = b === "bijdrage" ? JSON.stringify({ ...base, naam }) : JSON.stringify(base);
  return { kind: "goed bestand", name: n, text, expect: "aannemen" as Expect };
});

/** How fast-check prints a failing case: a file can be 20 MB. */
const shown = (c: Case): Case => Object.assign(c, { [fc.toStringMethod]: () => `${c.kind} ${c.name} (${c.text.length} tekens): ${c.text.slice(0, 300)}` });

const anyCase: fc.Arbitrary<Case> = fc.oneof(
  { arbitrary: truncated, weight: 3 },
  { arbitrary: wrongVersion, weight: 2 },
  { arbitrary: wrongType, weight: 5 },
  { arbitrary: protoKeys, weight: 3 },
  { arbitrary: hugeString, weight: 2 },
  { arbitrary: tooLarge, weight: 1 },
  { arbitrary: deepNesting, weight: 2 },
  { arbitrary: foreign, weight: 3 },
  { arbitrary: duplicate, weight: 1 },
  { arbitrary: otherBijeenkomst, weight: 1 },
  { arbitrary: good, weight: 2 },
).map(shown);

/** Raw validator or parser wording that must never reach a griffier. */
const RAW = [/Te kort: verwacht/, /Te groot: verwacht/, /Ongeldige invoer/, /\(en nog \d+ fouten\)/, /verwacht .* ontving/, /Unexpected token/, /JSON\.parse/, /SyntaxError/, /\bundefined\b/, /\[object Object\]/, /function \w*\(/, /\bNaN\b/, /expected/i, /Invalid/];

test(`${RUNS} bad and good leeratelier files: no exception, a Dutch sentence, the stored ateliers untouched when refused`, async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDatabase();
  const store = new AtelierStore(db);
  await store.put(stored);
  const snapshot = async () => JSON.stringify(await db.getAll(STORAGE_KEYS.ateliers));
  const pristine = await snapshot();
  const tally = new Map<string, { aangenomen: number; geweigerd: number }>();

  await fc.assert(
    fc.asyncProperty(anyCase, async (c) => {
      const start = await store.get(stored.id);
      assert.ok(start);
      const before = await snapshot();
      // What the samenbrengen page does with a drop: read, and store only when something changed.
      const { atelier, reports, changed } = addFiles(start, [{ name: c.name, text: c.text }], NOW);
      if (atelier && changed) await store.save(atelier, start);
      const after = await snapshot();

      assert.equal(reports.length, 1, "één regel per bestand");
      const r = reports[0]!;
      const t = tally.get(c.kind) ?? { aangenomen: 0, geweigerd: 0 };
      t[r.ok ? "aangenomen" : "geweigerd"]++;
      tally.set(c.kind, t);
      assert.ok(r.message.startsWith(`Het bestand "${c.name}"`), `noemt het bestand: ${r.message}`);
      assert.ok(/[.!]$/.test(r.message), `een hele zin: ${r.message}`);
      assert.ok(r.message.length < 700, `kort: ${r.message.length} tekens`);
      for (const raw of RAW) assert.doesNotMatch(r.message, raw);
      assert.equal(({} as Record<string, unknown>)["polluted"], undefined, "Object.prototype onaangetast");

      if (c.expect === "weigeren") assert.equal(r.ok, false, `${c.kind} had geweigerd moeten worden: ${r.message}`);
      if (c.expect === "aannemen") assert.equal(r.ok, true, `${c.kind} had aangenomen moeten worden: ${r.message}`);
      if (!r.ok) {
        assert.equal(changed, false, "geweigerd en toch gewijzigd");
        assert.equal(atelier, start, "geweigerd: het atelier is hetzelfde object");
        assert.equal(after, before, "geweigerd: de opgeslagen ateliers zijn byte voor byte gelijk");
      } else {
        // Accepted: what is stored reads back as a valid atelier, without any key the file smuggled in.
        const back = await db.get(STORAGE_KEYS.ateliers, stored.id);
        assert.ok(atelierSchema.safeParse(back).success, "opgeslagen atelier is geldig");
        assert.doesNotMatch(JSON.stringify(back), /polluted|"__proto__"|"prototype"/);
        // The next file meets the same stored atelier again.
        await store.put(stored);
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  assert.equal(await snapshot(), pristine);
  const lines = [...tally].map(([k, v]) => `${k}: ${v.geweigerd} geweigerd, ${v.aangenomen} aangenomen`);
  console.log(`leeratelier-fuzz (seed ${SEED}, ${RUNS} bestanden)\n  ${lines.join("\n  ")}`);
  store.close();
});

test("a save never drops a bijdrage the page did not know about (a drop before loading, another tab)", async () => {
  globalThis.indexedDB = new IDBFactory();
  const store = new AtelierStore(await openDatabase());
  await store.put(stored);
  // The page had not loaded the stored atelier yet: the drop starts a new one with the same id.
  const dropped = addFiles(null, [{ name: "bram.json", text: JSON.stringify(fresh) }], NOW);
  assert.ok(dropped.atelier && dropped.changed);
  assert.equal(dropped.atelier.id, stored.id);
  const saved = await store.save(dropped.atelier, null);
  assert.deepEqual(saved.bijdragen.map((b) => b.naam), ["Anna", "Bram"]);
  assert.deepEqual((await store.get(stored.id))?.bijdragen.map((b) => b.naam), ["Anna", "Bram"]);
  // A bijdrage the page removed itself stays removed.
  const base = (await store.get(stored.id))!;
  const removed = { ...base, bijdragen: base.bijdragen.filter((b) => b.naam !== "Anna"), updatedAt: "2026-12-05T21:00:00.000Z" };
  assert.equal(await store.save(removed, base), removed);
  assert.deepEqual((await store.get(stored.id))?.bijdragen.map((b) => b.naam), ["Bram"]);
  store.close();
});
