import * as z from "zod/mini";

/**
 * JSON Schema (draft 2020-12) for a published file format. "input" mode, because files may omit
 * fields that have defaults; the published $id lets other tools reference it.
 */
export function publishedJsonSchema(schema: z.core.$ZodType, meta: { $id: string; title: string; description: string }): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }), ...meta };
}

/** JSON Schema for one werkboek file version. */
export function jsonSchemaFor(schema: z.core.$ZodType, version: number): Record<string, unknown> {
  return publishedJsonSchema(schema, {
    $id: `/schema/werkboek.v${version}.json`,
    title: `Raadskompas-werkboek, bestandsversie ${version}`,
    description: "Een werkboek uit Raadskompas sociaal domein (.raadskompas.json): visie en werkbladen van een raadslid of fractie.",
  });
}

/** The HTTP response for a published schema. */
export const schemaResponse = (json: Record<string, unknown>) => new Response(JSON.stringify(json, null, 2), { headers: { "Content-Type": "application/schema+json" } });
