/**
 * The site's search bundle built in node from the files in content/, the way src/pages/zoekindex.json.ts
 * builds it from Astro's collections: every card, the leeratelier text, the worksheet pages and the
 * search thesaurus. Shared by the search tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { buildSearchBundle, type SearchBundle, type SearchCard } from "../../src/lib/search.ts";
import { worksheetPages } from "../../src/lib/searchPages.ts";
import { informatieUrl, koerskaartUrl, staalkaartUrl, sturingskaartUrl } from "../../src/lib/cards.ts";
import { LEERATELIER_ZOEKKAART } from "../../src/lib/leeratelier/zoektekst.ts";
import { visieGidsSchema } from "../../src/schemas/visieGids.ts";
import { preventieGidsSchema } from "../../src/schemas/preventieGids.ts";
import { waardemodelGidsSchema } from "../../src/schemas/waardemodelGids.ts";
import { zoekSynoniemenSchema } from "../../src/schemas/zoekSynoniemen.ts";

function frontmatter(path: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(path, "utf8"));
  if (!m) throw new Error(`${path} heeft geen frontmatter`);
  return { data: parse(m[1] ?? "") as Record<string, unknown>, body: m[2] ?? "" };
}

function cardsIn(dir: string, url: (id: string) => string, titleField: string): SearchCard[] {
  return readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const { data, body } = frontmatter(`content/${dir}/${f}`);
      return { url: url(f.replace(/\.mdx$/, "")), title: String(data[titleField]), body };
    });
}

const yaml = (path: string): unknown => parse(readFileSync(path, "utf8"));

/** The ids of the koerskaarten in content/koerskaarten/. */
export const koerskaartIds = () => readdirSync("content/koerskaarten").filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));

export function siteSearchBundle(): SearchBundle {
  return buildSearchBundle(
    [
      ...cardsIn("staalkaarten", staalkaartUrl, "shortName"),
      ...cardsIn("koerskaarten", koerskaartUrl, "title"),
      ...cardsIn("sturingskaarten", sturingskaartUrl, "title"),
      LEERATELIER_ZOEKKAART,
      ...cardsIn("informatie", informatieUrl, "title"),
    ],
    worksheetPages({
      visie: visieGidsSchema.parse(yaml("content/werkbladen/visie.yaml")),
      preventie: preventieGidsSchema.parse(yaml("content/werkbladen/preventie.yaml")),
      waardemodel: waardemodelGidsSchema.parse(yaml("content/werkbladen/waardemodel.yaml")),
    }),
    zoekSynoniemenSchema.parse(yaml("content/zoeken/synoniemen.yaml")).synoniemen,
  );
}
