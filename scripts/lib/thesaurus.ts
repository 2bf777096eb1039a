/**
 * Reads content/toets/thesaurus.yaml for Node (CLI, scripts, tests). The site reads the same file
 * through the content layer (src/content.config.ts) and hands it to the worker.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { toetsThesaurusSchema, type ToetsThesaurus } from "../../src/schemas/toetsThesaurus.ts";

export const THESAURUS_FILE = join(import.meta.dirname, "..", "..", "content", "toets", "thesaurus.yaml");

let cached: ToetsThesaurus | null = null;

/** The validated thesaurus; throws with the zod message when the file is wrong. */
export function loadThesaurus(file = THESAURUS_FILE): ToetsThesaurus {
  if (file === THESAURUS_FILE && cached !== null) return cached;
  const result = toetsThesaurusSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!result.success) {
    throw new Error(`${file} klopt niet: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  if (file === THESAURUS_FILE) cached = result.data;
  return result.data;
}
