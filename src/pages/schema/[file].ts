import type { APIRoute, GetStaticPaths } from "astro";
import { WERKBOEK_VERSIONS } from "../../schemas/werkboek.ts";
import { jsonSchemaFor } from "../../lib/werkboek/jsonSchema.ts";

/** One published JSON Schema per file version (/schema/werkboek.v1.json, …), generated from zod so they cannot drift. */
export const getStaticPaths: GetStaticPaths = () =>
  Object.keys(WERKBOEK_VERSIONS).map((v) => ({ params: { file: `werkboek.v${v}.json` }, props: { version: Number(v) } }));

export const GET: APIRoute = ({ props }) => {
  const version = (props as { version: keyof typeof WERKBOEK_VERSIONS }).version;
  return new Response(JSON.stringify(jsonSchemaFor(WERKBOEK_VERSIONS[version], version), null, 2), { headers: { "Content-Type": "application/schema+json" } });
};
