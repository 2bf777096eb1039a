import { CURRENT_VERSION, WERKBOEK_FORMAT, werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { newId } from "../ids.ts";

/** A new, empty werkboek. */
export function createWerkboek(name: string, now = new Date()): Werkboek {
  const ts = now.toISOString();
  return werkboekSchema.parse({
    format: WERKBOEK_FORMAT,
    version: CURRENT_VERSION,
    id: newId("wb"),
    name,
    createdAt: ts,
    updatedAt: ts,
  });
}

/** A copy with a new id and name, e.g. to duplicate or to keep both on import. */
export function copyWerkboek(w: Werkboek, name: string, now = new Date()): Werkboek {
  return { ...structuredClone(w), id: newId("wb"), name, createdAt: now.toISOString(), updatedAt: now.toISOString() };
}

// Zod-free helpers live in progress.ts so pages can show progress without loading the schemas.
export { visieProgress, backupAdvice, BACKUP_REMINDER_DAYS } from "./progress.ts";
