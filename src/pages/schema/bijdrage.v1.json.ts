import type { APIRoute } from "astro";
import { z } from "zod";
import { bijdrageV1Schema } from "../../schemas/bijdrage.ts";

/** JSON Schema of the bijdrage file (`.raadskompas-bijdrage.json`), generated from zod so it cannot drift. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        ...z.toJSONSchema(bijdrageV1Schema, { io: "input", target: "draft-2020-12" }),
        $id: "/schema/bijdrage.v1.json",
        title: "Raadskompas-bijdrage, bestandsversie 1",
        description: "Wat één raadslid inlevert voor een bijeenkomst: alleen de gevraagde onderdelen, onder een zelfgekozen naam.",
      },
      null,
      2,
    ),
    { headers: { "Content-Type": "application/schema+json" } },
  );
