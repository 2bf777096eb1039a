import "fake-indexeddb/auto";
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseWerkboekFile, serializeWerkboek, describePath, exportFileName, MAX_IMPORT_BYTES } from "../../src/lib/werkboek/io.ts";
import { parseWerkboekBytes, readWerkboekFile } from "../../src/lib/werkboek/importFile.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { CURRENT_VERSION, werkboekSchema, type Werkboek } from "../../src/schemas/werkboek.ts";
import { jsonSchemaFor } from "../../src/lib/werkboek/jsonSchema.ts";

const errorsOf = (text: string) => {
  const r = parseWerkboekFile(text);
  assert.equal(r.ok, false);
  return r.ok ? [] : r.errors.join("\n");
};

test("refuses non-JSON, other JSON, newer versions and oversize files with Dutch messages", () => {
  assert.match(String(errorsOf("{ niet")), /geen geldig JSON-bestand/);
  assert.match(String(errorsOf("[1,2]")), /geen werkboek/);
  assert.match(String(errorsOf(JSON.stringify({ a: 1 }))), /geen Raadskompas-werkboek/);
  assert.match(String(errorsOf(JSON.stringify({ format: "raadskompas-werkboek", version: "1" }))), /"version" ontbreekt/);
  assert.match(String(errorsOf(JSON.stringify({ format: "raadskompas-werkboek", version: CURRENT_VERSION + 1 }))), /nieuwere versie/);
  assert.match(String(errorsOf(" ".repeat(MAX_IMPORT_BYTES + 1))), /te groot/);
  assert.match(String(errorsOf("")), /leeg/);
});

test("validation errors say where: field names in Dutch, positions counted from 1", () => {
  const w = createWerkboek("Test");
  const bad = { ...w, visie: { ...w.visie, waarden: [{ id: "a", name: "ok", meaning: "x" }, { id: "b", name: 42 }] } };
  const msg = String(errorsOf(JSON.stringify(bad)));
  assert.match(msg, /visie › waarden › nr\. 2 › naam/);
  assert.equal(describePath(["visie", "resultaten", 0, "target"]), "visie › maatschappelijke resultaten › nr. 1 › streefwaarde");
});

test("a file without optional parts gets defaults", () => {
  const w = createWerkboek("Kaal");
  const { visie: _drop, ...bare } = w;
  const r = parseWerkboekFile(JSON.stringify(bare));
  assert.ok(r.ok);
  assert.deepEqual(r.werkboek.visie.waarden, []);
});

test("file name is a readable slug", () => {
  assert.equal(exportFileName({ ...createWerkboek("Mijn visie: één 2026!") }), "mijn-visie-een-2026.raadskompas.json");
});

// Random werkboeken, including awkward text: markup, emoji, quotes, newlines.
const str = (max: number) => fc.string({ maxLength: max, unit: "grapheme" });
const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const werkboekArb: fc.Arbitrary<Werkboek> = fc
  .record({
    name: str(60).filter((s) => s.trim().length > 0),
    waarden: fc.array(fc.record({ id, name: str(40), meaning: str(200), top: fc.boolean() }), { maxLength: 6 }),
    principes: fc.array(fc.record({ id, title: str(80), onderbouwing: str(300), meetlat: str(200) }), { maxLength: 4 }),
    resultaten: fc.array(
      fc.record({
        id,
        doelgroep: str(60),
        verandering: str(80),
        target: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
        unit: fc.constantFrom("procent" as const, "aantal" as const),
        baseline: str(40),
        year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
        bron: str(40),
      }),
      { maxLength: 3 },
    ),
    koppelingen: fc.array(fc.record({ id, waardeId: id, principeId: id, onderbouwing: str(100), resultaatId: id }), { maxLength: 3 }),
    kwaliteitseisen: fc.array(fc.record({ id, text: str(100), principeIds: fc.array(id, { maxLength: 3 }) }), { maxLength: 3 }),
    wie: str(50),
    hoe: str(50),
  })
  .map((r) => {
    const w = createWerkboek(r.name, new Date("2026-01-02T03:04:05.000Z"));
    const b = { wie: r.wie, hoe: r.hoe };
    return werkboekSchema.parse({
      ...w,
      visie: {
        waarden: r.waarden,
        principes: r.principes,
        resultaten: r.resultaten,
        koppelingen: r.koppelingen,
        kwaliteitseisen: r.kwaliteitseisen,
        betrokkenheid: { waarden: b, principes: b, resultaten: b, kwaliteitseisen: b },
      },
    });
  });

/** Ids unique within each list, as the app makes them (duplicates are renamed on import, tested below). */
const uniqueIds = (w: Werkboek): Werkboek => {
  const fix = <T extends { id: string }>(list: T[]) => list.map((x, i) => ({ ...x, id: `${x.id}-${i}` }));
  return { ...w, visie: { ...w.visie, waarden: fix(w.visie.waarden), principes: fix(w.visie.principes), resultaten: fix(w.visie.resultaten), koppelingen: fix(w.visie.koppelingen), kwaliteitseisen: fix(w.visie.kwaliteitseisen) } };
};

test("export → import is lossless for any werkboek (property-based)", () => {
  fc.assert(
    fc.property(werkboekArb.map(uniqueIds), (w) => {
      const r = parseWerkboekFile(serializeWerkboek(w));
      assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
      assert.deepEqual(r.werkboek, w);
    }),
    { numRuns: 200 },
  );
});

test("the published JSON Schema describes the file: required fields and the format constant", () => {
  const schema = jsonSchemaFor(werkboekSchema, CURRENT_VERSION) as { required: string[]; properties: Record<string, { const?: string }> };
  assert.deepEqual([...schema.required].sort(), ["createdAt", "format", "id", "name", "updatedAt", "version"]);
  assert.equal(schema.properties["format"]?.const, "raadskompas-werkboek");
  assert.ok(schema.properties["visie"], "visie is described");
});

test("a version 1 file migrates to the current version: visie kept, worksheets empty", () => {
  const v1 = {
    format: "raadskompas-werkboek",
    version: 1,
    id: "wb-oud",
    name: "Van vorig jaar",
    createdAt: "2025-03-01T10:00:00.000Z",
    updatedAt: "2025-03-02T10:00:00.000Z",
    visie: { waarden: [{ id: "w1", name: "Solidariteit", meaning: "Samen", top: true }] },
  };
  const r = parseWerkboekFile(JSON.stringify(v1));
  assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
  assert.equal(r.migratedFrom, 1);
  assert.equal(r.werkboek.version, CURRENT_VERSION);
  assert.equal(r.werkboek.visie.waarden[0]?.name, "Solidariteit");
  assert.deepEqual(r.werkboek.waardemodellen, []);
  assert.deepEqual(r.werkboek.toetsen, []);
  assert.deepEqual(r.werkboek.staalkaartNotities, {});
  assert.equal(r.werkboek.preventie.keuzes.beschermen.effect, "");
  assert.equal(r.werkboek.updatedAt, v1.updatedAt, "migration does not pretend the user edited it");
});

test("a version 1 record already in IndexedDB is migrated when read", async () => {
  const { readRecord, isDamaged } = await import("../../src/lib/werkboek/store.ts");
  const rec = await readRecord({ id: "wb-oud", revision: 3, deletedAt: null, exportedAt: null, werkboek: { format: "raadskompas-werkboek", version: 1, id: "wb-oud", name: "Oud", createdAt: "2025-03-01T10:00:00.000Z", updatedAt: "2025-03-01T10:00:00.000Z" } });
  assert.ok(!isDamaged(rec));
  assert.equal(rec.werkboek.version, CURRENT_VERSION);
  assert.equal(rec.revision, 3);
});

test("a version 2 file migrates to the current version: everything kept, Sturing, duiden and koerskaarten empty", () => {
  const v2 = {
    format: "raadskompas-werkboek",
    version: 2,
    id: "wb-v2",
    name: "Vorige versie",
    createdAt: "2026-03-01T10:00:00.000Z",
    updatedAt: "2026-03-02T10:00:00.000Z",
    visie: { waarden: [{ id: "w1", name: "Solidariteit", meaning: "Samen", top: true }] },
    staalkaartNotities: { wmo: { notities: "Vragen over de reële prijs" } },
  };
  const r = parseWerkboekFile(JSON.stringify(v2));
  assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
  assert.equal(r.migratedFrom, 2);
  assert.equal(r.werkboek.version, CURRENT_VERSION);
  assert.equal(r.werkboek.visie.waarden[0]?.name, "Solidariteit");
  // Sturing arrives with every worksheet empty (the migration writes {}, the schema fills the defaults).
  assert.deepEqual(r.werkboek.sturing.regelingen, []);
  assert.equal(r.werkboek.sturing.beleidscyclus.thema, "");
  assert.deepEqual(r.werkboek.duiden, []);
  assert.deepEqual(r.werkboek.koerskaarten, {});
  assert.equal(r.werkboek.staalkaartNotities["wmo"]?.notities, "Vragen over de reële prijs");
  assert.equal(r.werkboek.updatedAt, v2.updatedAt);
});

test("backup advice: never exported, stale export with newer edits, or nothing to say", async () => {
  const { backupAdvice } = await import("../../src/lib/werkboek/progress.ts");
  const w = { ...createWerkboek("X"), updatedAt: "2026-03-20T10:00:00.000Z" };
  const now = new Date("2026-03-21T10:00:00.000Z");
  assert.match(backupAdvice({ werkboek: w, exportedAt: null }, now) ?? "", /nog nooit geëxporteerd/);
  assert.match(backupAdvice({ werkboek: w, exportedAt: "2026-03-01T10:00:00.000Z" }, now) ?? "", /20 dagen oud/);
  assert.equal(backupAdvice({ werkboek: w, exportedAt: "2026-03-20T11:00:00.000Z" }, now), null, "recent export");
  assert.equal(backupAdvice({ werkboek: { ...w, updatedAt: "2026-02-01T10:00:00.000Z" }, exportedAt: "2026-03-01T10:00:00.000Z" }, now), null, "old export, nothing changed since");
});

const readBytes = (text: string) => parseWerkboekBytes(new TextEncoder().encode(text));

test("duplicate ids in a file get new ids on import; links keep pointing at the first", () => {
  const w = createWerkboek("Dubbel");
  const file = {
    ...w,
    visie: {
      ...w.visie,
      waarden: [
        { id: "w1", name: "Eerste", meaning: "", top: true },
        { id: "w1", name: "Tweede", meaning: "", top: false },
      ],
      koppelingen: [{ id: "k1", waardeId: "w1", principeId: "", resultaatId: "", onderbouwing: "" }],
    },
  };
  const r = readBytes(JSON.stringify(file));
  assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
  const [a, b] = r.werkboek.visie.waarden;
  assert.equal(a?.id, "w1");
  assert.notEqual(b?.id, "w1");
  assert.equal(b?.name, "Tweede");
  assert.equal(r.werkboek.visie.koppelingen[0]?.waardeId, "w1");
  assert.match(r.warnings?.join(" ") ?? "", /dezelfde id/);
});

test("a Windows-1252 file is read as such, with a warning, not with replacement characters", async () => {
  const { parseWerkboekBytes } = await import("../../src/lib/werkboek/importFile.ts");
  const json = JSON.stringify({ ...createWerkboek("Café geïmporteerd") });
  const bytes = Uint8Array.from(json, (c) => ({ é: 0xe9, ï: 0xef })[c] ?? c.charCodeAt(0));
  const r = parseWerkboekBytes(bytes);
  assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
  assert.equal(r.werkboek.name, "Café geïmporteerd");
  assert.match(r.warnings?.[0] ?? "", /Windows-1252/);
  const utf8 = parseWerkboekBytes(new TextEncoder().encode(json));
  assert.ok(utf8.ok && utf8.warnings === undefined);
});

test("a record with 600,000 keys is refused quickly, before validation", () => {
  const answers: Record<string, string> = {};
  for (let i = 0; i < 600_000; i++) answers[`k${i}`] = "v";
  const text = JSON.stringify({ ...createWerkboek("Bom"), waardemodellen: [{ id: "s", answers }] });
  const t = performance.now();
  const r = readBytes(text);
  const msg = r.ok ? "" : r.errors.join("\n");
  assert.ok(performance.now() - t < 1500, `took ${Math.round(performance.now() - t)} ms`);
  assert.match(msg, /600\.000 delen/);
});

test("schema bounds: a record beyond its limit does not validate", () => {
  const w = createWerkboek("Grens");
  const answers = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, "x"]));
  const r = werkboekSchema.safeParse({ ...w, waardemodellen: [{ id: "s", answers }] });
  assert.equal(r.success, false);
});

test("the export of a large werkboek can be imported again; saving beyond the limit is refused in Dutch", async () => {
  const { MAX_WERKBOEK_BYTES, werkboekFileBytes, sizeWarning } = await import("../../src/lib/werkboek/io.ts");
  const now = new Date().toISOString();
  const toets = (i: number) => ({ id: `t${i}`, title: `Voorstel ${i}`, date: "", meetingDate: "", createdAt: now, updatedAt: now, text: "é".repeat(128_000) + "x".repeat(128_000), criteria: [], toetsstenen: [], vragen: [] });
  const w = werkboekSchema.parse({ ...createWerkboek("Groot"), toetsen: Array.from({ length: 45 }, (_, i) => toets(i)) });
  const text = serializeWerkboek(w);
  assert.ok(new TextEncoder().encode(text).length > 10 * 1024 * 1024, "bigger than the old 10 MB import limit");
  const r = parseWerkboekFile(text, new TextEncoder().encode(text).length);
  assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
  assert.equal(werkboekFileBytes(w), new TextEncoder().encode(text).length);
  assert.equal(sizeWarning(1024), null);
  assert.match(sizeWarning(MAX_WERKBOEK_BYTES * 0.9) ?? "", /hooguit 20 MB/);

  const { openStore, TooLargeError } = await import("../../src/lib/werkboek/store.ts");
  const store = await openStore();
  const small = createWerkboek("Klein");
  await store.create(small);
  const huge = { ...small, toetsen: Array.from({ length: 90 }, (_, i) => toets(i)) };
  await assert.rejects(store.save(huge, 1), (e: unknown) => e instanceof TooLargeError && /te groot/.test(e.message));
  store.close();
});

test("import messages are Dutch sentences that name the field and say what to do", () => {
  const w = createWerkboek("Zin");
  const { createdAt: _gone, ...noDate } = w;
  const missing = String(errorsOf(JSON.stringify(noDate)));
  assert.match(missing, /Het veld "aangemaakt op" ontbreekt\. Pas dit aan in het bestand/);
  assert.doesNotMatch(missing, /verwacht|ontving|Ongeldige invoer/);
  const wrong = String(errorsOf(JSON.stringify({ ...w, name: 5 })));
  assert.match(wrong, /Het veld "naam" moet een tekst zijn, maar het is een getal/);
});

test("the generated empty werkboek matches the schema's defaults (else: npm run gen:empty)", async () => {
  const { source } = await import("../../scripts/gen-empty-werkboek.ts");
  const { readFileSync } = await import("node:fs");
  assert.equal(readFileSync("src/lib/werkboek/emptyWerkboek.ts", "utf8"), source());
  const w = createWerkboek("Nieuw");
  assert.deepEqual(werkboekSchema.parse(w), w, "a new werkboek is valid and complete as it is");
});

test("a 600 MB file is refused by its size, without being read", async () => {
  const r = await readWerkboekFile({ size: 600 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("must not be read")) });
  assert.ok(!r.ok);
  assert.match(r.errors[0] ?? "", /te groot \(600 MB\)/);
});

test("a criterion that appears twice in one toets is left out on import, with a warning; the first one stays", () => {
  const w = createWerkboek("Dubbel criterium");
  const toets = {
    id: "t1", title: "Voorstel", date: "1 mei 2026", createdAt: "2026-03-01T10:00:00.000Z", updatedAt: "2026-03-01T10:00:00.000Z", text: "Tekst",
    criteria: [
      { id: "A", autoStatus: "deels", status: "aanwezig", notes: "eerste" },
      { id: "A", autoStatus: "deels", status: "afwezig", notes: "tweede" },
      { id: "B", autoStatus: "deels", status: "deels", notes: "" },
    ],
    toetsstenen: [],
    vragen: [],
  };
  const r = readBytes(JSON.stringify({ ...w, toetsen: [toets] }));
  assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
  const criteria = r.werkboek.toetsen[0]?.criteria ?? [];
  assert.deepEqual(criteria.map((c) => [c.id, c.notes]), [["A", "eerste"], ["B", ""]]);
  assert.match(r.warnings?.join(" ") ?? "", /twee keer in dezelfde toets/);
});
