/**
 * The bijeenkomst the bijdrage page keeps in localStorage. The page writes it only after zod accepted the
 * file, so a record of the right shape is trusted as it is and the page needs no zod to show it; anything
 * else goes through the schema after all (`null`), like werkboek storage (ADR 0015).
 */
import type { Bijeenkomst } from "../../schemas/bijeenkomst.ts";
import { BIJEENKOMST_FORMAT } from "../../vocabulary/bijeenkomstFormat.ts";
import { ONDERDELEN } from "../../vocabulary/onderdelen.ts";
import { bijeenkomstSummary, strings } from "./bijeenkomstSummary.ts";
import { VRAAGSOORTEN } from "./vraagsoort.ts";

export function trustedBijeenkomst(saved: string): Bijeenkomst | null {
  const b = bijeenkomstSummary(saved)?.raw;
  const ok =
    b !== undefined &&
    b.format === BIJEENKOMST_FORMAT &&
    // Only the current version is trusted as it is; a stored version 1 goes through the schema, which migrates it.
    b.version === 2 &&
    (VRAAGSOORTEN as readonly unknown[]).includes(b.vraagsoort) &&
    typeof b.revisie === "number" &&
    typeof b.updatedAt === "string" &&
    typeof b.id === "string" &&
    typeof b.date === "string" &&
    strings(b.onderdelen) && b.onderdelen.length > 0 && b.onderdelen.every((o) => (ONDERDELEN as readonly string[]).includes(o)) &&
    typeof b.startvraag === "string" &&
    strings(b.fracties) &&
    strings(b.stellingen) &&
    typeof b.createdAt === "string";
  return ok ? (b as unknown as Bijeenkomst) : null;
}
