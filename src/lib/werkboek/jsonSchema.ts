import * as z from "zod/mini";

/**
 * JSON Schema (draft 2020-12) for one werkboek file version. "input" mode, because files may omit
 * fields that have defaults; the published $id lets other tools reference it.
 */
export function jsonSchemaFor(schema: z.ZodMiniType, version: number): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }),
    $id: `/schema/werkboek.v${version}.json`,
    title: `Raadskompas-werkboek, bestandsversie ${version}`,
    description: "Een werkboek uit Raadskompas sociaal domein (.raadskompas.json): visie en werkbladen van een raadslid of fractie.",
  };
}
