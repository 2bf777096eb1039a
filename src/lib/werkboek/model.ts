import type { Werkboek } from "../../schemas/werkboek.ts";
import { newId } from "../ids.ts";
import { EMPTY_WERKBOEK } from "./emptyWerkboek.ts";

/** A new, empty werkboek. Built from the generated defaults, not by zod, so no page loads zod for it. */
export function createWerkboek(name: string, now = new Date()): Werkboek {
  const ts = now.toISOString();
  return { ...structuredClone(EMPTY_WERKBOEK), id: newId("wb"), name: name.trim() || "Naamloos werkboek", createdAt: ts, updatedAt: ts };
}

/** A copy with a new id and name, e.g. to duplicate or to keep both on import. */
export function copyWerkboek(w: Werkboek, name: string, now = new Date()): Werkboek {
  return { ...structuredClone(w), id: newId("wb"), name, createdAt: now.toISOString(), updatedAt: now.toISOString() };
}
