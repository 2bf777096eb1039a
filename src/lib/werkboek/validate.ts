/**
 * The zod side of storage: full validation and migration of a stored record, and the check before
 * every write. Storage loads this module on demand (the first save, or an older record), so a page
 * that only shows a werkboek does not load the schemas (ADR 0015).
 */
import { werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { migrate } from "./migrate.ts";
import type { DamagedRecord, StoredWerkboek } from "./record.ts";

export { werkboekSchema };

/** Validates a stored record, migrating werkboeken written by an older version. */
export function readRecordFull(raw: unknown): StoredWerkboek | DamagedRecord {
  const r = raw as Partial<StoredWerkboek> & { id?: unknown };
  const id = typeof r?.id === "string" ? r.id : "onbekend";
  try {
    const migrated = migrate(r.werkboek as unknown as Record<string, unknown>).value;
    const werkboek = werkboekSchema.parse(migrated);
    return { id, werkboek, revision: Number(r.revision) || 1, deletedAt: r.deletedAt ?? null, exportedAt: r.exportedAt ?? null };
  } catch (e) {
    return { id, raw, problem: e instanceof Error ? e.message : String(e) };
  }
}

/** The werkboek as it may be written: validated, defaults filled in. Throws a zod error otherwise. */
export const validForWrite = (w: Werkboek): Werkboek => werkboekSchema.parse(w);
