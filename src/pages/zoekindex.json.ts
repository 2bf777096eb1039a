import type { APIRoute } from "astro";
import { getCollection, getEntry } from "astro:content";
import { buildSearchBundle } from "../lib/search.ts";
import { worksheetPages } from "../lib/searchPages.ts";
import { informatieUrl, koerskaartUrl, staalkaartUrl, sturingskaartUrl } from "../lib/cards.ts";
import { LEERATELIER_ZOEKKAART } from "../lib/leeratelier/zoektekst.ts";

export const GET: APIRoute = async () => {
  const staalkaarten = await getCollection("staalkaarten");
  const koerskaarten = await getCollection("koerskaarten");
  const sturingskaarten = await getCollection("sturingskaarten");
  const informatie = await getCollection("informatie");
  const bundle = buildSearchBundle(
    [
      ...staalkaarten.map((e) => ({ url: staalkaartUrl(e.id), title: e.data.shortName, body: e.body ?? "" })),
      ...koerskaarten.map((e) => ({ url: koerskaartUrl(e.id), title: e.data.title, body: e.body ?? "" })),
      ...sturingskaarten.map((e) => ({ url: sturingskaartUrl(e.id), title: e.data.title, body: e.body ?? "" })),
      LEERATELIER_ZOEKKAART,
      ...informatie.map((e) => ({ url: informatieUrl(e.id), title: e.data.title, body: e.body ?? "" })),
    ],
    worksheetPages({
      visie: (await getEntry("visieGids", "visie"))?.data,
      preventie: (await getEntry("preventieGids", "preventie"))?.data,
      waardemodel: (await getEntry("waardemodelGids", "waardemodel"))?.data,
    }),
    (await getEntry("zoekSynoniemen", "synoniemen"))?.data.synoniemen ?? [],
  );
  return new Response(JSON.stringify(bundle), { headers: { "Content-Type": "application/json" } });
};
