/**
 * The worksheet pages as search pages, built from their guide texts (content/werkbladen/*.yaml). Apart
 * from the route so the unit tests build the same index as the site.
 */
import type { PreventieGids } from "../schemas/preventieGids.ts";
import type { VisieGids } from "../schemas/visieGids.ts";
import type { WaardemodelGids } from "../schemas/waardemodelGids.ts";
import { koerskaartUrl } from "./cards.ts";
import { CRITERIA } from "./raadsvoorstel/criteria.ts";
import type { SearchPage } from "./search.ts";

/** The guides that have a search page; a guide that is missing is left out. */
export interface WerkbladGidsen {
  visie?: VisieGids | undefined;
  preventie?: PreventieGids | undefined;
  waardemodel?: WaardemodelGids | undefined;
}

export function worksheetPages(g: WerkbladGidsen): SearchPage[] {
  const pages: SearchPage[] = [];
  const { visie, preventie, waardemodel } = g;
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
  if (preventie) pages.push({ url: koerskaartUrl("preventie"), title: "Koerskaart preventie", parts: [{ section: "Werkblad: onze koers voor preventie", anchor: "werkblad", content: preventie }] });
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
