import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { STORAGE_KEYS, openStore, type WerkboekStore } from "../../src/lib/werkboek/store.ts";
import { openSession, type Backup, type SaveStatus } from "../../src/lib/werkboek/session.ts";
import { applyChanges, diff } from "../../src/lib/werkboek/merge.ts";
import { merge3 } from "../../src/lib/werkboek/merge3.ts";
import type { Werkboek } from "../../src/schemas/werkboek.ts";

let store: WerkboekStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await openStore();
});

/** localStorage with a quota, like a browser's (about 5 million characters). */
class MemoryBackup implements Backup {
  map = new Map<string, string>();
  quota: number;
  constructor(quota = 5_000_000) {
    this.quota = quota;
  }
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => {
    const used = [...this.map].filter(([key]) => key !== k).reduce((n, [key, val]) => n + key.length + val.length, 0);
    if (used + k.length + v.length > this.quota) throw new DOMException("quota", "QuotaExceededError");
    this.map.set(k, v);
  };
  removeItem = (k: string) => void this.map.delete(k);
}

const never = (s: WerkboekStore) => ({ get: (id: string) => s.get(id), save: () => new Promise(() => {}) }) as unknown as WerkboekStore;
const betrokkenheid = (w: Werkboek, wie: string, hoe: string): Werkboek => ({
  ...w,
  visie: { ...w.visie, betrokkenheid: { ...w.visie.betrokkenheid, waarden: { wie, hoe } } },
});

function bigToets(i: number, chars: number) {
  const now = new Date().toISOString();
  return {
    id: `t${i}`, title: `Voorstel ${i}`, date: "", meetingDate: "", createdAt: now, updatedAt: now, text: "x".repeat(chars),
    criteria: [], toetsstenen: [], vragen: [],
  };
}

describe("emergency copy", () => {
  test("an over-long field in the copy is shortened with a notice, never thrown away", async () => {
    const w = createWerkboek("Lang");
    await store.create(w);
    const backup = new MemoryBackup();
    const s1 = await openSession(never(store), w.id, { delay: 10_000, backup });
    assert.ok(s1);
    s1.update((x) => betrokkenheid(x, "a".repeat(2001), "buurtavonden in de wijk"));
    void s1.flushNow();
    s1.dispose();

    let status: SaveStatus | undefined;
    const s2 = await openSession(store, w.id, { backup, onStatus: (st) => (status = st) });
    assert.ok(s2);
    assert.equal(s2.werkboek.visie.betrokkenheid.waarden.hoe, "buurtavonden in de wijk", "the other field survives");
    assert.equal(s2.werkboek.visie.betrokkenheid.waarden.wie.length, 2000);
    assert.match(status?.notice?.message ?? "", /ingekort/);
    assert.match(status?.notice?.download?.text ?? "", /a{2001}/, "the original can be downloaded");
    const rec = await store.get(w.id);
    assert.ok(rec && !("problem" in rec));
    assert.equal(rec.werkboek.visie.betrokkenheid.waarden.hoe, "buurtavonden in de wijk");
  });

  test("an unreadable copy stays and is offered for download", async () => {
    const w = createWerkboek("Kapot");
    await store.create(w);
    const backup = new MemoryBackup();
    backup.setItem(STORAGE_KEYS.pending + w.id, "{niet json");
    let status: SaveStatus | undefined;
    await openSession(store, w.id, { backup, onStatus: (st) => (status = st) });
    assert.equal(backup.getItem(STORAGE_KEYS.pending + w.id), "{niet json");
    assert.equal(status?.notice?.download?.text, "{niet json");
  });

  test("a large werkboek: the copy holds only what changed and fits in localStorage", async () => {
    let w = createWerkboek("Groot");
    w = { ...w, toetsen: Array.from({ length: 45 }, (_, i) => bigToets(i, 256_000)) } as Werkboek;
    await store.create(w);
    const backup = new MemoryBackup();
    const s1 = await openSession(never(store), w.id, { delay: 10_000, backup });
    assert.ok(s1);
    s1.update((x) => ({ ...x, toetsen: x.toetsen.map((t) => (t.id === "t7" ? { ...t, title: "Nieuwe titel" } : t)) }));
    s1.update((x) => betrokkenheid(x, "jongeren", ""));
    void s1.flushNow();
    s1.dispose();
    const copy = backup.getItem(STORAGE_KEYS.pending + w.id) ?? "";
    assert.ok(copy.length < 10_000, `copy is ${copy.length} characters`);
    const s2 = await openSession(store, w.id, { backup });
    assert.equal(s2?.werkboek.toetsen.find((t) => t.id === "t7")?.title, "Nieuwe titel");
    assert.equal(s2?.werkboek.visie.betrokkenheid.waarden.wie, "jongeren");
  });

  test("a copy that does not fit is reported", async () => {
    const w = createWerkboek("Vol");
    await store.create(w);
    const backup = new MemoryBackup(100);
    let status: SaveStatus | undefined;
    const s = await openSession(never(store), w.id, { delay: 10_000, backup, onStatus: (st) => (status = st) });
    s?.update((x) => betrokkenheid(x, "iedereen in de gemeente, jong en oud", ""));
    assert.match(status?.notice?.message ?? "", /noodkopie .* vol/);
  });
});

describe("two tabs", () => {
  test("edits in different fields are merged; the other tab is told", async () => {
    const w = createWerkboek("Samen");
    await store.create(w);
    let aStatus: SaveStatus | undefined;
    const a = await openSession(store, w.id, { delay: 5, onStatus: (s) => (aStatus = s) });
    const b = await openSession(store, w.id, { delay: 5 });
    assert.ok(a && b);
    a.update((x) => betrokkenheid(x, "van A", ""));
    await a.flush();
    b.update((x) => ({ ...x, visie: { ...x.visie, betrokkenheid: { ...x.visie.betrokkenheid, principes: { wie: "van B", hoe: "" } } } }));
    await b.flush();
    const rec = await store.get(w.id);
    assert.ok(rec && !("problem" in rec));
    assert.equal(rec.werkboek.visie.betrokkenheid.waarden.wie, "van A");
    assert.equal(rec.werkboek.visie.betrokkenheid.principes.wie, "van B");
    assert.equal(b.status.kind, "bewaard");
    assert.match(b.status.notice?.message ?? "", /samengevoegd/);
    void aStatus;
  });

  test("the same field: a conflict that shows the other value; 'mijne' keeps the other tab's other edits", async () => {
    const w = createWerkboek("Botsing");
    await store.create(w);
    const a = await openSession(store, w.id, { delay: 5 });
    const b = await openSession(store, w.id, { delay: 5 });
    assert.ok(a && b);
    a.update((x) => ({ ...betrokkenheid(x, "A schreef dit", ""), name: "Naam van A" }));
    await a.flush();
    b.update((x) => betrokkenheid(x, "B schreef dit", ""));
    await b.flush();
    const st = b.status;
    assert.equal(st.kind, "conflict");
    assert.ok(st.kind === "conflict" && st.fields?.some((f) => /burgerbetrokkenheid/.test(f.field) && f.theirs === "A schreef dit"));
    await b.resolveConflict("mijne");
    const rec = await store.get(w.id);
    assert.ok(rec && !("problem" in rec));
    assert.equal(rec.werkboek.visie.betrokkenheid.waarden.wie, "B schreef dit");
    assert.equal(rec.werkboek.name, "Naam van A", "A's edit in another field survives 'houd mijn versie'");
  });
});

describe("merge", () => {
  test("arrays with ids merge by id: additions on both sides survive", () => {
    const base = { items: [{ id: "a", v: 1 }] };
    const mine = { items: [{ id: "a", v: 2 }, { id: "m", v: 0 }] };
    const theirs = { items: [{ id: "t", v: 0 }, { id: "a", v: 1 }] };
    const r = merge3(base, mine, theirs);
    assert.deepEqual(r.overlaps, []);
    assert.deepEqual(r.value, { items: [{ id: "t", v: 0 }, { id: "a", v: 2 }, { id: "m", v: 0 }] });
  });

  test("diff + applyChanges round-trip", () => {
    const base = { a: { b: 1, c: [1, 2] }, l: [{ id: "x", t: "1" }, { id: "y", t: "2" }], gone: 1 };
    const next = { a: { b: 1, c: [1, 3] }, l: [{ id: "x", t: "1" }, { id: "y", t: "3" }] };
    const changes = diff(base, next);
    assert.deepEqual(applyChanges(base, changes).value, next);
    assert.ok(changes.every((c) => c.path[0] !== "l" || typeof c.path[1] === "object"), "items addressed by id");
  });
});

describe("active werkboek", () => {
  test("isLive reads one record's bookkeeping only, even next to a record that does not validate", async () => {
    const w = createWerkboek("Actief");
    await store.create(w);
    const { openDB } = await import("idb");
    const db = await openDB(STORAGE_KEYS.db, STORAGE_KEYS.dbVersion);
    await db.put(STORAGE_KEYS.werkboeken, { id: "kapot", werkboek: { format: "iets anders" }, revision: 1, deletedAt: null });
    await db.put(STORAGE_KEYS.werkboeken, { id: "weg", werkboek: { format: "iets anders" }, revision: 1, deletedAt: "2026-01-01T10:00:00.000Z" });
    db.close();
    assert.equal(await store.isLive(w.id), true);
    assert.equal(await store.isLive("weg"), false, "in the prullenbak");
    assert.equal(await store.isLive("bestaat-niet"), false);
  });
});
