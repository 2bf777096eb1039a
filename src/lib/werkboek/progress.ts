/**
 * Progress and backup advice for a werkboek. Free of zod on purpose: worksheet pages use these on
 * their first render, before the schemas load (ADR 0015).
 */
import type { Werkboek } from "../../schemas/werkboek.ts";

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
