import type { APIRoute } from "astro";
import { bijeenkomstV1Schema } from "../../schemas/bijeenkomst.ts";
import { publishedJsonSchema, schemaResponse } from "../../lib/werkboek/jsonSchema.ts";

/** JSON Schema of the bijeenkomst file (`.raadskompas-bijeenkomst.json`), generated from zod so it cannot drift. */
export const GET: APIRoute = () =>
  schemaResponse(
    publishedJsonSchema(bijeenkomstV1Schema, {
      $id: "/schema/bijeenkomst.v1.json",
      title: "Raadskompas-bijeenkomst, bestandsversie 1",
      description: "Een leeratelier of dialoogavond die de griffier voorbereidde: welke onderdelen de raadsleden invullen.",
    }),
  );
