// Without zod or the stemmer: the islands import this statically, and the engine loads later (ADR 0015).

/** Names are left out unless the griffier asks for them (the default is "no personal names"). */
export const namenSuffix = (names: boolean, authors: readonly { naam: string }[]) => (names ? ` (${authors.map((a) => a.naam).join(", ")})` : "");

/** People behind a cluster, counted once each: one person may have written two similar items. */
export const aantalPersonen = (cluster: readonly { id: string }[]) => new Set(cluster.map((p) => p.id)).size;

/** A cluster of similar texts as one line: "a / b — 2 personen (Anna, Bram)". */
export const clusterRegel = (c: readonly { id: string; naam: string; text: string }[], names: boolean) =>
  c.map((t) => t.text).join(" / ") + (aantalPersonen(c) > 1 ? ` — ${aantalPersonen(c)} personen` : "") + namenSuffix(names, c);

/** The texts of a matrix cell as one line, with names when asked. */
export const celRegel = (c: readonly { naam: string; text: string }[] | undefined, names: boolean) => (c ?? []).map((t) => t.text + namenSuffix(names, [t])).join("; ");

/**
 * What each bijdrage is called in a print or CSV: its own name or pseudonym when the griffier turned
 * names on, otherwise "deelnemer 1", "deelnemer 2", … in the order the bijdragen came in.
 */
export function deelnemerNamen(bijdragen: readonly { id: string; naam: string }[], names: boolean): Map<string, string> {
  return new Map(bijdragen.map((b, i) => [b.id, names ? b.naam : `deelnemer ${i + 1}`]));
}

/** The line an export carries about names, so a reader knows whether they were left out. */
export const namenRegel = (names: boolean) =>
  names ? `Met namen: de griffier zette "Namen tonen" aan.` : `Zonder namen: "Namen tonen" stond uit, dus deelnemers heten hier "deelnemer 1", "deelnemer 2" enzovoort.`;
