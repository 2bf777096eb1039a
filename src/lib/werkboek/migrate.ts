/**
 * Migrations from older werkboek file versions. Each step takes the raw object of version N and
 * returns the raw object of version N + 1; validation happens once, after the last step. Never edit
 * a published step: files in the wild depend on it.
 */
import { CURRENT_VERSION } from "../../vocabulary/werkboekFormat.ts";

type Raw = Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  // 1 → 2: the worksheets and toetsen arrive, empty. Nothing of version 1 changes meaning.
  1: (old) => ({ ...old, waardemodellen: [], preventie: {}, staalkaartNotities: {}, toetsen: [] }),
  // 2 → 3: the Sturing worksheets and the cijfers-duiden sheets arrive, empty.
  2: (old) => ({ ...old, sturing: {}, duiden: [] }),
};

/** Runs every step from `raw.version` up to the current version. */
export function migrate(raw: Raw): { value: Raw; from: number } {
  const from = Number(raw["version"]);
  let value = raw;
  for (let v = from; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`Geen migratie van versie ${v} naar ${v + 1}.`);
    value = { ...step(value), version: v + 1 };
  }
  return { value, from };
}
