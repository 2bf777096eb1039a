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
