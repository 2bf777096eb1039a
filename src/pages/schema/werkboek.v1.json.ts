import type { APIRoute } from "astro";
import { werkboekV1Schema } from "../../schemas/werkboek.ts";
import { jsonSchemaFor } from "../../lib/werkboek/jsonSchema.ts";

/** The published JSON Schema of file version 1, generated from the zod schema so they cannot drift. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchemaFor(werkboekV1Schema, 1), null, 2), { headers: { "Content-Type": "application/schema+json" } });
