import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { ConflictError, STORAGE_KEYS, StorageUnavailableError, openStore, type WerkboekStore } from "../../src/lib/werkboek/store.ts";
import { openSession, type Backup, type Channel, type ChangeMessage, type SaveStatus } from "../../src/lib/werkboek/session.ts";

let store: WerkboekStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await openStore();
});

class MemoryBackup implements Backup {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

/** Two in-process "tabs" connected like BroadcastChannel instances. */
function channelPair(): [Channel, Channel] {
  const listeners = [new Set<(e: { data: unknown }) => void>(), new Set<(e: { data: unknown }) => void>()];
  const make = (me: 0 | 1): Channel => ({
    postMessage: (m: ChangeMessage) => listeners[me === 0 ? 1 : 0]?.forEach((fn) => fn({ data: m })),
    addEventListener: (_t, fn) => void listeners[me]?.add(fn),
    removeEventListener: (_t, fn) => void listeners[me]?.delete(fn),
  });
  return [make(0), make(1)];
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

test("create, list, save with increasing revision", async () => {
  const w = createWerkboek("Mijn visie");
  await store.create(w);
  const saved = await store.save({ ...w, name: "Andere naam" }, 1);
  assert.equal(saved.revision, 2);
  const { werkboeken } = await store.list();
  assert.equal(werkboeken[0]?.werkboek.name, "Andere naam");
});

test("a save based on an old revision is refused and writes nothing", async () => {
  const w = createWerkboek("Fractie");
  await store.create(w);
  await store.save({ ...w, name: "Tab A" }, 1);
  await assert.rejects(store.save({ ...w, name: "Tab B" }, 1), ConflictError);
  const rec = await store.get(w.id);
  assert.ok(rec && !("problem" in rec));
  assert.equal(rec.werkboek.name, "Tab A");
});

test("soft delete and restore; purge removes", async () => {
  const w = createWerkboek("Weg");
  await store.create(w);
  assert.ok((await store.softDelete(w.id)).deletedAt);
  assert.equal((await store.restore(w.id)).deletedAt, null);
  await store.purge(w.id);
  assert.equal(await store.get(w.id), undefined);
});

test("a damaged record is reported, not thrown, and not hidden", async () => {
  const w = createWerkboek("Goed");
  await store.create(w);
  const { openDB } = await import("idb");
  const db = await openDB(STORAGE_KEYS.db, STORAGE_KEYS.dbVersion);
  await db.put(STORAGE_KEYS.werkboeken, { id: "kapot", werkboek: { format: "iets anders" }, revision: 1 });
  db.close();
  const { werkboeken, damaged } = await store.list();
  assert.equal(werkboeken.length, 1);
  assert.equal(damaged[0]?.id, "kapot");
});

test("storage that cannot be opened gives a Dutch StorageUnavailableError", async () => {
  const original = globalThis.indexedDB;
  // @ts-expect-error simulating a browser without IndexedDB (some private modes)
  delete globalThis.indexedDB;
  await assert.rejects(openStore(), (e: unknown) => e instanceof StorageUnavailableError && /privévenster/.test(e.message));
  globalThis.indexedDB = original;
});

test("session debounces edits into one save and reports status", async () => {
  const w = createWerkboek("Sessie");
  await store.create(w);
  const statuses: SaveStatus["kind"][] = [];
  const s = await openSession(store, w.id, { delay: 30, onStatus: (st) => statuses.push(st.kind) });
  assert.ok(s);
  for (const name of ["a", "ab", "abc"]) s.update((x) => ({ ...x, name }));
  await tick(80);
  const rec = await store.get(w.id);
  assert.ok(rec && !("problem" in rec));
  assert.equal(rec.werkboek.name, "abc");
  assert.equal(rec.revision, 2, "three quick edits make one save");
  assert.deepEqual(statuses.filter((k) => k !== "wijzigingen"), ["bezig", "bewaard"]);
});

test("a tab closed mid-typing: the backup written on pagehide is recovered on the next open", async () => {
  const w = createWerkboek("Dichtgeklapt");
  await store.create(w);
  const backup = new MemoryBackup();
  // The page dies before IndexedDB finishes: this store's saves never complete.
  const dying = { get: (id: string) => store.get(id), save: () => new Promise(() => {}) } as unknown as WerkboekStore;
  const s1 = await openSession(dying, w.id, { delay: 10_000, backup });
  assert.ok(s1);
  s1.update((x) => ({ ...x, visie: { ...x.visie, waarden: [{ id: "v1", name: "solidariteit", meaning: "samen", top: true }] } }));
  void s1.flushNow(); // what pagehide does
  s1.dispose();
  const stored = await store.get(w.id);
  assert.ok(stored && !("problem" in stored));
  assert.equal(stored.werkboek.visie.waarden.length, 0, "not yet in IndexedDB");

  const s2 = await openSession(store, w.id, { backup });
  assert.equal(s2?.werkboek.visie.waarden[0]?.name, "solidariteit");
  const after = await store.get(w.id);
  assert.ok(after && !("problem" in after));
  assert.equal(after.werkboek.visie.waarden[0]?.name, "solidariteit");
  assert.equal(backup.getItem(STORAGE_KEYS.pending + w.id), null, "backup cleared once stored");
});

test("flushNow writes the backup synchronously before saving", async () => {
  const w = createWerkboek("Sync");
  await store.create(w);
  const backup = new MemoryBackup();
  const s = await openSession(store, w.id, { delay: 10_000, backup });
  assert.ok(s);
  s.update((x) => ({ ...x, name: "nieuw" }));
  const pending = s.flushNow();
  assert.match(backup.getItem(STORAGE_KEYS.pending + w.id) ?? "", /"nieuw"/);
  await pending;
  assert.equal(backup.getItem(STORAGE_KEYS.pending + w.id), null);
});

test("two tabs: an idle tab follows the other; concurrent edits become a conflict, not an overwrite", async () => {
  const w = createWerkboek("Twee tabs");
  await store.create(w);
  const [ca, cb] = channelPair();
  const seenB: string[] = [];
  const a = await openSession(store, w.id, { delay: 5, channel: ca });
  const b = await openSession(store, w.id, { delay: 5, channel: cb, onChange: (x, src) => seenB.push(`${src}:${x.name}`) });
  assert.ok(a && b);
  a.update((x) => ({ ...x, name: "van A" }));
  await tick(40);
  assert.equal(b.werkboek.name, "van A", "idle tab B picked up A's save");
  assert.deepEqual(seenB, ["extern:van A"]);

  // Both edit before either saves.
  let bStatus: SaveStatus | null = null;
  const b2 = await openSession(store, w.id, { delay: 5, onStatus: (st) => (bStatus = st) });
  assert.ok(b2);
  a.update((x) => ({ ...x, name: "A wint eerst" }));
  await a.flush();
  b2.update((x) => ({ ...x, name: "B kwam later" }));
  await b2.flush();
  assert.equal((bStatus as SaveStatus | null)?.kind, "conflict");
  const rec = await store.get(w.id);
  assert.ok(rec && !("problem" in rec));
  assert.equal(rec.werkboek.name, "A wint eerst", "B did not silently overwrite A");
  await b2.resolveConflict("mijne");
  const rec2 = await store.get(w.id);
  assert.ok(rec2 && !("problem" in rec2));
  assert.equal(rec2.werkboek.name, "B kwam later", "after the user chose, B's version is stored");
});

test("an export from a worksheet counts as a backup, and the next edit still saves without a conflict", async () => {
  const w = createWerkboek("Export");
  await store.create(w);
  const s = await openSession(store, w.id, { delay: 5 });
  assert.ok(s);
  s.update((x) => ({ ...x, name: "Export 2" }));
  await s.markExported();
  const after = await store.get(w.id);
  assert.ok(after && "exportedAt" in after && after.exportedAt, "exportedAt is gezet");
  assert.equal(after && "werkboek" in after ? after.werkboek.name : "", "Export 2", "openstaande wijzigingen zijn eerst bewaard");
  s.update((x) => ({ ...x, name: "Export 3" }));
  await s.flush();
  assert.equal(s.status.kind, "bewaard");
  s.dispose();
});
