import { useEffect, useRef, useState } from "preact/hooks";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { createWerkboek } from "../../lib/werkboek/model.ts";
import { StorageUnavailableError, openStore, type WerkboekStore } from "../../lib/werkboek/store.ts";
import { openSession, type SaveStatus, type WerkboekSession } from "../../lib/werkboek/session.ts";
import { exportJson } from "../browser/exportJson.ts";
import { safeLocalStorage } from "../browser/localStore.ts";
import { openWerkboekChannel } from "../browser/channel.ts";
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";

export type WerkboekState =
  | { kind: "laden" }
  /** `memoryOnly`: storage failed; edits live in this page only and can still be exported. */
  | { kind: "klaar"; werkboek: Werkboek; status: SaveStatus; memoryOnly: boolean };

/**
 * The id of the werkboek to edit: `?werkboek=` first, then the last used one, else the newest, else a new
 * one. The choice is written down, so a werkboek stored later (a raadsvisie) does not take over.
 */
export async function activeId(store: WerkboekStore): Promise<string> {
  const wanted = new URLSearchParams(window.location.search).get("werkboek") ?? safeLocalStorage()?.getItem(STORAGE_KEYS.active);
  // The usual case needs one record; only without a usable choice are all werkboeken read.
  if (wanted && (await store.isLive(wanted))) {
    safeLocalStorage()?.setItem(STORAGE_KEYS.active, wanted);
    return wanted;
  }
  const { werkboeken } = await store.list();
  const found = werkboeken.find((w) => !w.deletedAt);
  const id = found ? found.id : (await store.create(createWerkboek("Mijn werkboek"))).id;
  safeLocalStorage()?.setItem(STORAGE_KEYS.active, id);
  return id;
}

/**
 * The worksheet pages' connection to storage: loads the active werkboek, saves edits in the
 * background, and flushes immediately when the page is hidden or closed. When the browser offers
 * no storage, the page still works in memory and offers the export.
 */
export function useWerkboek() {
  const [state, setState] = useState<WerkboekState>({ kind: "laden" });
  const session = useRef<WerkboekSession | null>(null);

  useEffect(() => {
    let disposed = false;
    let channel: BroadcastChannel | null = null;
    const onHide = () => {
      if (document.visibilityState === "hidden") void session.current?.flushNow();
    };
    const onPageHide = () => void session.current?.flushNow();
    const ready = (werkboek: Werkboek, status: SaveStatus, memoryOnly = false) =>
      !disposed && setState({ kind: "klaar", werkboek, status, memoryOnly });
    (async () => {
      const store = await openStore();
      const id = await activeId(store);
      channel = openWerkboekChannel();
      const s = await openSession(store, id, {
        backup: safeLocalStorage() ?? undefined,
        channel: channel ?? undefined,
        onChange: (w) => !disposed && setState((st) => (st.kind === "klaar" ? { ...st, werkboek: w } : st)),
        onStatus: (status) => {
          if (disposed) return;
          setState((st) => (st.kind === "klaar" ? { ...st, status } : st));
          if (status.kind === "bewaard") void navigator.storage?.persist?.().catch(() => false);
        },
      });
      if (!s) throw new Error("Het werkboek is beschadigd. Kijk op de pagina Mijn werkboek.");
      if (disposed) return s.dispose();
      session.current = s;
      ready(s.werkboek, s.status);
    })().catch((e: unknown) => {
      const message = e instanceof StorageUnavailableError ? e.message : `Je werkboek kon niet worden geladen: ${e instanceof Error ? e.message : String(e)}`;
      ready(createWerkboek("Mijn werkboek"), { kind: "fout", message, quota: false }, true);
    });
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      disposed = true;
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onPageHide);
      session.current?.dispose();
      channel?.close();
    };
  }, []);

  return {
    state,
    /** Applies an edit; stored within a second (or kept in memory when storage failed). */
    update: (edit: (w: Werkboek) => Werkboek) => {
      if (session.current) session.current.update(edit);
      else setState((st) => (st.kind === "klaar" ? { ...st, werkboek: { ...edit(st.werkboek), updatedAt: new Date().toISOString() } } : st));
    },
    resolveConflict: (choice: "hunne" | "mijne") => session.current?.resolveConflict(choice),
    /** Downloads the whole werkboek as a file and records it as a backup ("laatste export"). */
    exportWerkboek: () => {
      if (state.kind !== "klaar") return;
      exportJson(state.werkboek);
      void session.current?.markExported().catch(() => undefined);
    },
  };
}
