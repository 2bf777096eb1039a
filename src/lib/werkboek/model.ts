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

/** How far each visie step is filled in: 0..1 per step, for the progress indicator. */
export function visieProgress(w: Werkboek): Record<"waarden" | "principes" | "resultaten" | "koppeltabel" | "kwaliteitseisen", number> {
  const v = w.visie;
  const filled = (s: string) => s.trim().length > 0;
  const ratio = (n: number, target: number) => Math.min(1, n / target);
  return {
    waarden: ratio(v.waarden.filter((x) => filled(x.name)).length, 3) * 0.5 + ratio(v.waarden.filter((x) => x.top && filled(x.meaning)).length, 3) * 0.5,
    principes: ratio(v.principes.filter((p) => filled(p.title) && filled(p.onderbouwing)).length, 3),
    resultaten: ratio(v.resultaten.filter((r) => filled(r.doelgroep) && filled(r.verandering)).length, 1),
    koppeltabel: ratio(v.koppelingen.filter((k) => k.waardeId && k.principeId && k.resultaatId).length, 1),
    kwaliteitseisen: ratio(v.kwaliteitseisen.filter((k) => filled(k.text)).length, 1),
  };
}

/** After this many days without a new export, and with edits since, the user is reminded to export. */
export const BACKUP_REMINDER_DAYS = 14;

/** Advice on the werkboek's backup: never exported, or an old export with newer edits. Null when fine. */
export function backupAdvice(rec: { werkboek: Werkboek; exportedAt: string | null }, now = new Date()): string | null {
  if (!rec.exportedAt) return "Je hebt dit werkboek nog nooit geëxporteerd. Maak een reservekopie als bestand.";
  const days = (now.getTime() - new Date(rec.exportedAt).getTime()) / 86_400_000;
  if (days > BACKUP_REMINDER_DAYS && rec.werkboek.updatedAt > rec.exportedAt) {
    return `Je laatste export is ${Math.floor(days)} dagen oud en je hebt daarna nog gewerkt. Maak een nieuwe reservekopie.`;
  }
  return null;
}
