import { useEffect, useRef, useState } from "preact/hooks";
import { openConcept, openConceptStore, type ConceptKeeper, type ConceptStatus } from "../../lib/concept.ts";
import { VOORBEREIDEN_CONCEPT, emptyConcept, readConcept, type BijeenkomstConcept } from "../../lib/leeratelier/voorbereiden.ts";

/**
 * What the griffier types, kept like a werkboek (ADR 0034): loaded before the form shows, copied to
 * localStorage on every edit, stored durably on the save policy and at once when the page hides. An
 * opened bijeenkomst is part of it (`vorige`), so its id and revisie survive a reload too.
 */
export function useBijeenkomstConcept() {
  const [form, setForm] = useState<BijeenkomstConcept | null>(null);
  const [status, setStatus] = useState<ConceptStatus | null>(null);
  const keeper = useRef<ConceptKeeper<BijeenkomstConcept> | null>(null);
  useEffect(() => {
    let gone = false;
    let backup: Storage | undefined;
    try {
      backup = window.localStorage;
    } catch {
      backup = undefined;
    }
    const onHide = () => {
      if (document.visibilityState === "hidden") void keeper.current?.flushNow();
    };
    const onPageHide = () => void keeper.current?.flushNow();
    (async () => {
      const store = await openConceptStore().catch(() => null);
      const { keeper: k } = await openConcept(store, VOORBEREIDEN_CONCEPT, readConcept, emptyConcept(), { backup, onStatus: (st) => !gone && setStatus(st) });
      if (gone) return k.dispose();
      keeper.current = k;
      setForm(k.value);
    })().catch(() => !gone && setForm(emptyConcept()));
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      gone = true;
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onPageHide);
      keeper.current?.dispose();
    };
  }, []);
  const set = (change: Partial<BijeenkomstConcept>) => {
    // From the keeper, not from this render: two quick edits must not undo each other.
    const next = { ...(keeper.current?.value ?? form ?? emptyConcept()), ...change };
    keeper.current?.update(next);
    setForm(next);
  };
  return { form, status, set };
}
