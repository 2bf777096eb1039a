import type { APIRoute } from "astro";
import { bijdrageV2Schema } from "../../schemas/bijdrage.ts";
import { publishedJsonSchema, schemaResponse } from "../../lib/werkboek/jsonSchema.ts";

/** JSON Schema of the bijdrage file, version 2 (the one the app writes), generated from zod so it cannot drift. */
export const GET: APIRoute = () =>
  schemaResponse(
    publishedJsonSchema(bijdrageV2Schema, {
      $id: "/schema/bijdrage.v2.json",
      title: "Raadskompas-bijdrage, bestandsversie 2",
      description: "Wat één raadslid inlevert voor een bijeenkomst: alleen de gevraagde onderdelen, onder een zelfgekozen naam, met de vraagsoort van de scores.",
    }),
  );
