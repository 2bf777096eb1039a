import type { APIRoute } from "astro";
import { bijeenkomstV2Schema } from "../../schemas/bijeenkomst.ts";
import { publishedJsonSchema, schemaResponse } from "../../lib/werkboek/jsonSchema.ts";

/** JSON Schema of the bijeenkomst file, version 2 (the one the app writes), generated from zod so it cannot drift. */
export const GET: APIRoute = () =>
  schemaResponse(
    publishedJsonSchema(bijeenkomstV2Schema, {
      $id: "/schema/bijeenkomst.v2.json",
      title: "Raadskompas-bijeenkomst, bestandsversie 2",
      description: "Een leeratelier of dialoogavond die de griffier voorbereidde: welke onderdelen de raadsleden invullen, en of de stellingen naar belang of naar instemming vragen.",
    }),
  );
