/**
 * Issue 24: one save policy. Continuous typing is saved at least every second (a plain debounce
 * saves nothing until the typing stops), and every IndexedDB write asks for strict durability.
 */
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import type { IDBPDatabase } from "idb";
import { SAVE_QUIET_MS, saveScheduler } from "../../src/lib/savePolicy.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { WerkboekStore, openDatabase, type StoredWerkboek } from "../../src/lib/werkboek/store.ts";
import { WerkboekSession } from "../../src/lib/werkboek/session.ts";
import { AtelierStore } from "../../src/lib/leeratelier/store.ts";
import { makeBijeenkomst, newAtelier } from "../../src/lib/leeratelier/files.ts";
import type { Werkboek } from "../../src/schemas/werkboek.ts";

const KEY_MS = 35;
const TYPING_MS = 5000;
/** Lets promises (a save in flight) settle between fake timer ticks. */
/** Fake time moves in small steps: a timer sees Date.now() at the end of the tick it fires in. */
const wait = (ms: number) => {
  for (let t = 0; t < ms; t += 5) mock.timers.tick(5);
};
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

/** Gaps between consecutive moments, and from `start` to the first. */
const gaps = (start: number, times: number[]) => times.map((t, i) => t - (i === 0 ? start : (times[i - 1] as number)));

describe("save schedule while typing", () => {
  beforeEach(() => mock.timers.enable({ apis: ["setTimeout", "Date"], now: 0 }));
  afterEach(() => mock.timers.reset());

  test("the scheduler runs at most a second apart during five seconds of typing, and once after", () => {
    const runs: number[] = [];
    const s = saveScheduler(() => runs.push(Date.now()));
    for (let t = 0; t < TYPING_MS; t += KEY_MS) {
      s.touch();
      mock.timers.tick(KEY_MS);
    }
    const lastKey = Date.now() - KEY_MS;
    wait(2000);
    assert.ok(runs.length >= TYPING_MS / 1000, `te weinig keer bewaard: ${runs.length}`);
    for (const gap of gaps(0, runs)) assert.ok(gap <= 1000, `${gap} ms zonder bewaren`);
    assert.ok((runs.at(-1) as number) >= lastKey, "na de laatste toets niet meer bewaard");
  });

  test("a pause saves after the quiet time, not only at the maximum", () => {
    const runs: number[] = [];
    const s = saveScheduler(() => runs.push(Date.now()));
    s.touch();
    mock.timers.tick(SAVE_QUIET_MS - 1);
    assert.equal(runs.length, 0);
    mock.timers.tick(1);
    assert.deepEqual(runs, [SAVE_QUIET_MS]);
  });

  test("a werkboek session saves at most a second apart while the user keeps typing", async () => {
    const w = createWerkboek("Typen");
    const saves: { at: number; wie: string }[] = [];
    let revision = 1;
    // Only what the session uses: a save that takes a little time, like IndexedDB.
    const store = {
      save: async (werkboek: Werkboek) => {
        await Promise.resolve();
        saves.push({ at: Date.now(), wie: werkboek.visie.betrokkenheid["waarden"]?.wie ?? "" });
        revision++;
        return { id: werkboek.id, werkboek, revision, deletedAt: null, exportedAt: null } satisfies StoredWerkboek;
      },
    } as unknown as WerkboekStore;
    const session = new WerkboekSession(store, { id: w.id, werkboek: w, revision, deletedAt: null, exportedAt: null });
    let typed = "";
    for (let t = 0; t < TYPING_MS; t += KEY_MS) {
      typed += "a";
      const wie = typed;
      session.update((x) => ({ ...x, visie: { ...x.visie, betrokkenheid: { ...x.visie.betrokkenheid, waarden: { wie, hoe: "" } } } }));
      mock.timers.tick(KEY_MS);
      await settle();
    }
    for (let t = 0; t < 2000; t += 5) {
      mock.timers.tick(5);
      await settle();
    }
    assert.ok(saves.length >= TYPING_MS / 1000, `te weinig keer bewaard: ${saves.length}`);
    for (const gap of gaps(0, saves.map((s) => s.at))) assert.ok(gap <= 1000, `${gap} ms typen onbewaard`);
    assert.equal(saves.at(-1)?.wie, typed, "de laatste tekst is bewaard");
    assert.equal(session.dirty, false);
    session.dispose();
  });
});

/** The database with every transaction() call recorded, options included. */
function recording(db: IDBPDatabase) {
  const calls: { mode: string | undefined; durability: string | undefined }[] = [];
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "transaction") {
        return (names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
          calls.push({ mode, durability: options?.durability });
          return target.transaction(names, mode, options);
        };
      }
      // A write without transaction() (db.put, db.add, db.delete) would get the browser's default durability.
      if (prop === "put" || prop === "add" || prop === "delete" || prop === "clear") {
        return (...args: unknown[]) => {
          calls.push({ mode: "readwrite", durability: undefined });
          return (target[prop] as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { db: proxy, writes: () => calls.filter((c) => c.mode === "readwrite") };
}

describe("durable writes", () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  test("every werkboek write asks IndexedDB for strict durability (deleting for good may come back after a power cut)", async () => {
    const { db, writes } = recording(await openDatabase());
    const store = new WerkboekStore(db);
    const w = createWerkboek("Duurzaam");
    const rec = await store.create(w);
    const saved = await store.save({ ...w, name: "Duurzaam 2" }, rec.revision);
    await store.replace({ ...saved.werkboek, name: "Duurzaam 3" });
    await store.markExported(w.id);
    await store.softDelete(w.id);
    await store.restore(w.id);
    assert.ok(writes().length >= 6, `${writes().length} schrijfacties gezien`);
    assert.deepEqual(writes().filter((c) => c.durability !== "strict"), []);
  });

  test("every leeratelier write asks IndexedDB for strict durability", async () => {
    const { db, writes } = recording(await openDatabase());
    const store = new AtelierStore(db);
    const b = makeBijeenkomst({ title: "Avond", date: "", onderdelen: ["waarden"], startvraag: "", fracties: [], stellingen: [], vraagsoort: "belang" });
    await store.put(newAtelier(b));
    await store.save(newAtelier(b), null);
    await store.delete(b.id);
    assert.equal(writes().length, 3);
    assert.deepEqual(writes().filter((c) => c.durability !== "strict"), []);
  });
});

describe("an emergency copy that reached the disk late", () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  test("after a crash, a copy older than the last save does not put older text back", async () => {
    const { openStore } = await import("../../src/lib/werkboek/store.ts");
    const { openSession } = await import("../../src/lib/werkboek/session.ts");
    const store = await openStore();
    const w = createWerkboek("Laat op schijf");
    await store.create(w);
    const memory = new Map<string, string>();
    const backup = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v), removeItem: (k: string) => void memory.delete(k) };
    const wie = (text: string) => (x: Werkboek) => ({ ...x, visie: { ...x.visie, betrokkenheid: { ...x.visie.betrokkenheid, waarden: { wie: text, hoe: "" } } } });
    const s = await openSession(store, w.id, { backup, delay: 10_000 });
    assert.ok(s);
    s.update(wie("de raad"));
    // What the browser had written to disk when it was killed: the copy of that moment, never its removal.
    const onDisk = new Map(memory);
    s.update(wie("de raad stelt de kaders"));
    await s.flush();
    s.update(wie("de raad stelt de kaders en controleert"));
    await s.flush();
    s.dispose();

    const again = await openSession(store, w.id, { backup: { ...backup, getItem: (k: string) => onDisk.get(k) ?? null, removeItem: (k: string) => void onDisk.delete(k) } });
    assert.ok(again);
    assert.equal(again.werkboek.visie.betrokkenheid["waarden"]?.wie, "de raad stelt de kaders en controleert");
    assert.equal(onDisk.size, 0, "the stale copy is cleared");
    again.dispose();
  });
});
