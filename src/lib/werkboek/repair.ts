/**
 * Keeps what can be kept from a werkboek that no longer validates (an emergency copy with an over-long
 * field, say): texts and lists over their limit are shortened to it, nothing else is touched. Returns
 * null when the problem is of another kind; the caller then keeps the raw copy for download.
 */
import { werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { describePath } from "./paths.ts";

export interface Repaired {
  werkboek: Werkboek;
  /** Dutch, one line per shortened field. */
  fixes: string[];
}

function at(root: unknown, path: readonly PropertyKey[]): { parent: Record<PropertyKey, unknown>; key: PropertyKey } | null {
  let node = root as Record<PropertyKey, unknown>;
  for (const seg of path.slice(0, -1)) {
    const next = node?.[seg as string];
    if (typeof next !== "object" || next === null) return null;
    node = next as Record<PropertyKey, unknown>;
  }
  const key = path[path.length - 1];
  return key === undefined ? null : { parent: node, key };
}

export function repairWerkboek(raw: unknown): Repaired | null {
  let value: unknown;
  try {
    value = structuredClone(raw);
  } catch {
    return null;
  }
  const fixes: string[] = [];
  for (let round = 0; round < 20; round++) {
    const r = werkboekSchema.safeParse(value);
    if (r.success) return { werkboek: r.data, fixes };
    for (const issue of r.error.issues) {
      const place = issue.code === "too_big" ? at(value, issue.path) : null;
      const current = place?.parent[place.key as string];
      const max = issue.code === "too_big" ? Number(issue.maximum) : NaN;
      if (!place || !Number.isFinite(max) || !(typeof current === "string" || Array.isArray(current))) return null;
      place.parent[place.key as string] = current.slice(0, max);
      fixes.push(`${describePath(issue.path)}: ingekort van ${current.length} tot ${max} ${typeof current === "string" ? "tekens" : "onderdelen"}.`);
    }
  }
  return null;
}
