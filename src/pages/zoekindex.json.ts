import type { APIRoute } from "astro";
import { getCollection, getEntry } from "astro:content";
import { buildSearchBundle, type SearchPage } from "../lib/search.ts";
import { informatieUrl, koerskaartUrl, staalkaartUrl, sturingskaartUrl } from "../lib/cards.ts";
import { LEERATELIER_ZOEKKAART } from "../lib/leeratelier/zoektekst.ts";
import { CRITERIA } from "../lib/raadsvoorstel/criteria.ts";

/** The worksheet pages, indexed by their guide texts and questions (content/werkbladen/*.yaml). */
async function worksheetPages(): Promise<SearchPage[]> {
  const pages: SearchPage[] = [];
  const visie = (await getEntry("visieGids", "visie"))?.data;
  if (visie) {
    pages.push({
      url: "/visie/",
      title: "Visie-werkboek",
      parts: [
        { section: "Visie-werkboek", content: [visie.intro, visie.waardeSuggesties] },
        ...visie.steps.map((s, i) => ({ section: `Stap ${i + 1} · ${s.title}`, anchor: `stap-${s.id}`, content: s })),
        { section: "Koppeltabel", anchor: "stap-koppeltabel", content: visie.koppeltabel },
      ],
    });
  }
  const preventie = (await getEntry("preventieGids", "preventie"))?.data;
  if (preventie) pages.push({ url: koerskaartUrl("preventie"), title: "Koerskaart preventie", parts: [{ section: "Werkblad: onze koers voor preventie", anchor: "werkblad", content: preventie }] });
  const waardemodel = (await getEntry("waardemodelGids", "waardemodel"))?.data;
  if (waardemodel) {
    const { intro, politiek, kernwaarden, ...rest } = waardemodel;
    pages.push({
      url: "/informatie/waardemodel/",
      title: "Democratisch waardemodel",
      parts: [
        { section: "Waarom dit model?", anchor: "kop-waarom", content: intro },
        { section: "Wat bedoelen we met politiek?", anchor: "kop-politiek", content: politiek },
        { section: "Vijf kernwaarden", anchor: "kop-vijf-kernwaarden", content: kernwaarden },
        { section: "Werkblad: kader, dilemma's en keuzes", content: rest },
      ],
    });
  }
  pages.push({
    url: "/sturing/raadsvoorstel-toets/",
    title: "Raadsvoorstel-toets",
    parts: CRITERIA.map((c) => ({
      section: `${c.id} · ${c.title}`,
      // Only texts: the matching rules (regular expressions) are not words a raadslid searches for.
      content: [c.summary, c.keyQuestions, c.question, c.aspects.map((a) => [a.label, a.question])],
    })),
  });
  return pages;
}

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
    await worksheetPages(),
  );
  return new Response(JSON.stringify(bundle), { headers: { "Content-Type": "application/json" } });
};
