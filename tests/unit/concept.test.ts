/**
 * Issue 24: the bijeenkomst a griffier prepares is kept like a werkboek: a localStorage copy on every
 * edit, a durable IndexedDB save on the save policy, and on opening the newest of the two.
 */
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import { CONCEPT_COPY, ConceptStore, openConcept, openConceptStore, type ConceptRecord } from "../../src/lib/concept.ts";
import { VOORBEREIDEN_CONCEPT, emptyConcept, readConcept, type BijeenkomstConcept } from "../../src/lib/leeratelier/voorbereiden.ts";
import type { Backup } from "../../src/lib/werkboek/session.ts";

class MemoryBackup implements Backup {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

const ID = VOORBEREIDEN_CONCEPT;
const KEY = CONCEPT_COPY + ID;
const withTitle = (title: string): BijeenkomstConcept => ({ ...emptyConcept(), title });

describe("concept in storage", () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  test("every edit is copied to localStorage at once; the save stores it durably and clears the copy", async () => {
    const store = await openConceptStore();
    const backup = new MemoryBackup();
    const { keeper } = await openConcept(store, ID, readConcept, emptyConcept(), { backup });
    keeper.update(withTitle("Leeratelier jeugd"));
    assert.equal(JSON.parse(backup.getItem(KEY) ?? "{}").value.title, "Leeratelier jeugd", "copy written on the edit itself");
    await keeper.flush();
    assert.equal(backup.getItem(KEY), null);
    assert.equal(((await store.get(ID))?.value as BijeenkomstConcept).title, "Leeratelier jeugd");
    keeper.dispose();
  });

  test("after a crash the copy is newer than the record: it comes back and is stored", async () => {
    const store = await openConceptStore();
    await store.put({ id: ID, value: withTitle("Oud"), editedAt: 1000 });
    const backup = new MemoryBackup();
    backup.setItem(KEY, JSON.stringify({ editedAt: 2000, value: withTitle("Nieuw, nog niet bewaard") }));
    const { keeper, restored } = await openConcept(store, ID, readConcept, emptyConcept(), { backup });
    assert.equal(restored, true);
    assert.equal(keeper.value.title, "Nieuw, nog niet bewaard");
    assert.equal(((await store.get(ID))?.value as BijeenkomstConcept).title, "Nieuw, nog niet bewaard");
    assert.equal(backup.getItem(KEY), null);
  });

  test("a stale copy left behind does not win over a newer record", async () => {
    const store = await openConceptStore();
    await store.put({ id: ID, value: withTitle("Nieuwste"), editedAt: 5000 });
    const backup = new MemoryBackup();
    backup.setItem(KEY, JSON.stringify({ editedAt: 4000, value: withTitle("Ouder") }));
    const { keeper, restored } = await openConcept(store, ID, readConcept, emptyConcept(), { backup });
    assert.equal(restored, false);
    assert.equal(keeper.value.title, "Nieuwste");
  });

  test("an unreadable copy is not used and not thrown away; the record is used", async () => {
    const store = await openConceptStore();
    await store.put({ id: ID, value: withTitle("Bewaard"), editedAt: 1000 });
    const backup = new MemoryBackup();
    backup.setItem(KEY, JSON.stringify({ editedAt: 9000, value: { title: 12 } }));
    const { keeper } = await openConcept(store, ID, readConcept, emptyConcept(), { backup });
    assert.equal(keeper.value.title, "Bewaard");
    assert.ok(backup.getItem(KEY), "copy still there");
  });

  test("without IndexedDB the copy alone keeps the text", async () => {
    const backup = new MemoryBackup();
    const first = await openConcept<BijeenkomstConcept>(null, ID, readConcept, emptyConcept(), { backup });
    first.keeper.update(withTitle("Alleen lokaal"));
    first.keeper.dispose();
    const again = await openConcept<BijeenkomstConcept>(null, ID, readConcept, emptyConcept(), { backup });
    assert.equal(again.keeper.value.title, "Alleen lokaal");
  });
});

describe("readConcept", () => {
  test("refuses what is not a concept, keeps what fits, cuts over-long text", () => {
    for (const bad of [null, 1, "x", [], { title: 1, onderdelen: [] }, { title: "a" }]) assert.equal(readConcept(bad), null, JSON.stringify(bad));
    const r = readConcept({ title: "t".repeat(500), onderdelen: ["preventie", "onbekend", "waarden"], __proto__: { x: 1 } });
    assert.ok(r);
    assert.equal(r.title.length, 200);
    assert.deepEqual(r.onderdelen, ["waarden", "preventie"]);
    assert.equal(r.startvraag, "");
  });

  test("an opened bijeenkomst stays in the concept with its id and revisie; a concept from before the choice asks for belang", async () => {
    const { makeBijeenkomst } = await import("../../src/lib/leeratelier/files.ts");
    const v1 = makeBijeenkomst({ title: "Avond", date: "2026-12-05", onderdelen: ["waarden"], startvraag: "", fracties: [], stellingen: ["Nabijheid"], vraagsoort: "instemming" }, new Date("2026-12-01T10:00:00.000Z"));
    const v2 = makeBijeenkomst({ title: "Avond", date: "2026-12-05", onderdelen: ["waarden"], startvraag: "", fracties: [], stellingen: ["Nabijheid"], vraagsoort: "instemming" }, new Date("2026-12-02T10:00:00.000Z"), v1);
    // Through JSON, as the concept is stored.
    const back = readConcept(JSON.parse(JSON.stringify({ ...emptyConcept(), title: "Avond (aangepast)", vraagsoort: "instemming", vorige: v2 })));
    assert.ok(back?.vorige);
    assert.equal(back.vorige.id, v1.id);
    assert.equal(back.vorige.revisie, 2);
    assert.equal(back.vorige.createdAt, v1.createdAt);
    assert.equal(back.vraagsoort, "instemming");
    assert.equal(back.title, "Avond (aangepast)");
    // The next download from this concept is revisie 3 of the same bijeenkomst.
    const v3 = makeBijeenkomst({ title: back.title, date: back.date, onderdelen: back.onderdelen, startvraag: "", fracties: [], stellingen: ["Nabijheid"], vraagsoort: back.vraagsoort }, new Date("2026-12-03T10:00:00.000Z"), back.vorige);
    assert.equal(v3.id, v1.id);
    assert.equal(v3.revisie, 3);

    const old = readConcept({ title: "Oud", onderdelen: ["waarden"] });
    assert.equal(old?.vraagsoort, "belang");
    assert.equal(old?.vorige, null);
    // A damaged opened bijeenkomst does not cost the typed text: the concept just starts a new one.
    const damaged = readConcept({ title: "Tekst blijft", onderdelen: ["waarden"], vorige: { ...v2, revisie: "twee" } });
    assert.equal(damaged?.title, "Tekst blijft");
    assert.equal(damaged?.vorige, null);
  });
});

describe("concept save schedule", () => {
  beforeEach(() => mock.timers.enable({ apis: ["setTimeout", "Date"], now: 1_000_000 }));
  afterEach(() => mock.timers.reset());

  test("five seconds of typing are stored at least every second", async () => {
    const puts: number[] = [];
    const store = {
      get: async () => undefined,
      put: async (r: ConceptRecord) => void puts.push(r.editedAt),
    } as unknown as ConceptStore;
    const { keeper } = await openConcept(store, ID, readConcept, emptyConcept(), {});
    const start = Date.now();
    let title = "";
    for (let t = 0; t < 5000; t += 35) {
      title += "a";
      keeper.update(withTitle(title));
      mock.timers.tick(35);
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    }
    for (let t = 0; t < 2000; t += 5) {
      mock.timers.tick(5);
      await new Promise((r) => setImmediate(r));
    }
    assert.ok(puts.length >= 5, `${puts.length} keer bewaard`);
    const at = [start, ...puts];
    for (let i = 1; i < at.length; i++) assert.ok((at[i] as number) - (at[i - 1] as number) <= 1000, `${(at[i] as number) - (at[i - 1] as number)} ms onbewaard`);
    assert.equal(keeper.value.title, title);
    assert.equal(keeper.dirty, false);
  });
});
