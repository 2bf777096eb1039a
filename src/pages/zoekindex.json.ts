import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { buildSearchBundle } from "../lib/search.ts";
import { informatieUrl, koerskaartUrl, staalkaartUrl } from "../lib/cards.ts";

export const GET: APIRoute = async () => {
  const staalkaarten = await getCollection("staalkaarten");
  const koerskaarten = await getCollection("koerskaarten");
  const informatie = await getCollection("informatie");
  const bundle = buildSearchBundle([
    ...staalkaarten.map((e) => ({ url: staalkaartUrl(e.id), title: e.data.shortName, body: e.body ?? "" })),
    ...koerskaarten.map((e) => ({ url: koerskaartUrl(e.id), title: e.data.title, body: e.body ?? "" })),
    ...informatie.map((e) => ({ url: informatieUrl(e.id), title: e.data.title, body: e.body ?? "" })),
  ]);
  return new Response(JSON.stringify(bundle), { headers: { "Content-Type": "application/json" } });
};
