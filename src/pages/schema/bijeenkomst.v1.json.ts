import type { APIRoute } from "astro";
import { z } from "zod";
import { bijeenkomstV1Schema } from "../../schemas/bijeenkomst.ts";

/** JSON Schema of the bijeenkomst file (`.raadskompas-bijeenkomst.json`), generated from zod so it cannot drift. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        ...z.toJSONSchema(bijeenkomstV1Schema, { io: "input", target: "draft-2020-12" }),
        $id: "/schema/bijeenkomst.v1.json",
        title: "Raadskompas-bijeenkomst, bestandsversie 1",
        description: "Een leeratelier of dialoogavond die de griffier voorbereidde: welke onderdelen de raadsleden invullen.",
      },
      null,
      2,
    ),
    { headers: { "Content-Type": "application/schema+json" } },
  );
