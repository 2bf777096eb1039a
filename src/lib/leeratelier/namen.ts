// Without zod or the stemmer: the islands import this statically, and the engine loads later (ADR 0015).

/** Names are left out unless the griffier asks for them (the default is "no personal names"). */
export const namenSuffix = (names: boolean, authors: readonly { naam: string }[]) => (names ? ` (${authors.map((a) => a.naam).join(", ")})` : "");

/** People behind a cluster, counted once each: one person may have written two similar items. */
export const aantalPersonen = (cluster: readonly { id: string }[]) => new Set(cluster.map((p) => p.id)).size;
