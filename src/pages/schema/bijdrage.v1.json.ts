import type { APIRoute } from "astro";
import { bijdrageV1Schema } from "../../schemas/bijdrage.ts";
import { publishedJsonSchema, schemaResponse } from "../../lib/werkboek/jsonSchema.ts";

/** JSON Schema of the bijdrage file (`.raadskompas-bijdrage.json`), generated from zod so it cannot drift. */
export const GET: APIRoute = () =>
  schemaResponse(
    publishedJsonSchema(bijdrageV1Schema, {
      $id: "/schema/bijdrage.v1.json",
      title: "Raadskompas-bijdrage, bestandsversie 1",
      description: "Wat één raadslid inlevert voor een bijeenkomst: alleen de gevraagde onderdelen, onder een zelfgekozen naam.",
    }),
  );
