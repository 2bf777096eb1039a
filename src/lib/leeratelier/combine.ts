/**
 * The combined view of a leeratelier: what many raadsleden wrote, side by side. Pure functions over
 * bijdragen, shared by the browser and the bench script; nothing here knows about the DOM.
 */
import type { Bijdrage } from "../../schemas/bijdrage.ts";
import type { Resultaat } from "../../schemas/visie.ts";
import { KERNWAARDE_IDS, KERNWAARDE_NAMES, VERDEELPROCEDURE_IDS } from "../../schemas/waardemodelGids.ts";
import { resultaatZin } from "../export/resultaat.ts";
import { agreement, type Agreement } from "./agreement.ts";
import { clusterSimilar, groupTerms } from "./group.ts";
import { combineKoerskaarten, type KoerskaartSamen } from "./koerskaarten.ts";
import { OUDE_VRAAGSOORT, type Vraagsoort } from "./vraagsoort.ts";

/** A fractie is shown by name only when at least this many people are in it; smaller ones join "overig". */
export const PRIVACY_MIN = 3;
/** The group that collects small fracties and people who named none. */
export const OVERIG = "overig";

// In its own module: the koerskaart combine (koerskaarten.ts) needs it too, and importing it from here made a cycle.
import type { Author } from "./author.ts";
export type { Author };

export interface WaardeGroup {
  key: string;
  label: string;
  variants: string[];
  /** Distinct people who named it. */
  count: number;
  /** Distinct people who put it in their top 3. */
  topCount: number;
  /** What each person said it means (empty meanings left out). */
  meanings: (Author & { text: string })[];
  authors: Author[];
}

export interface PrincipeItem extends Author {
  title: string;
  onderbouwing: string;
}

export interface PrincipeTheme {
  /** The waarde most of these principes were linked to in the koppeltabel, or "Zonder gekoppelde waarde". */
  theme: string;
  /** Principes that say much the same, each cluster with its authors. */
  clusters: PrincipeItem[][];
}

export type Richting = "meer" | "minder" | null;

export interface ResultaatItem extends Author {
  /** The resultaat as written, kept so the raadsvisie can take it over with its figures. */
  source: Resultaat;
  zin: string;
  richting: Richting;
  target: number | null;
  unit: "procent" | "aantal";
}

export interface ResultaatGroup {
  doelgroep: string;
  items: ResultaatItem[];
  /** Why these results may pull against each other, or null. */
  spanning: string | null;
}

export interface KernwaardeWeging {
  id: (typeof KERNWAARDE_IDS)[number];
  name: string;
  /** People who answered at least one deelvraag of this kernwaarde or named it in a dilemma. */
  mensen: number;
  /** Per person: answered deelvragen and dilemmas that name this kernwaarde. */
  perPersoon: (Author & { antwoorden: number; dilemmas: number })[];
}

export interface StellingView {
  stelling: string;
  /** What the scores mean. Scores of one stelling asked in two ways (the bijeenkomst changed) are two views. */
  soort: Vraagsoort;
  all: Agreement;
  /** Only fracties with at least PRIVACY_MIN people, plus "overig". */
  perFractie: { fractie: string; agreement: Agreement }[];
}

export interface CombinedView {
  deelnemers: number;
  /** Fracties after the privacy rule, biggest first, "overig" last. */
  fracties: { fractie: string; count: number }[];
  waarden: WaardeGroup[];
  /** The three waarden named by most people (ties broken by top-3 marks). */
  top3: WaardeGroup[];
  principes: PrincipeTheme[];
  resultaten: ResultaatGroup[];
  kwaliteitseisen: PrincipeItem[][];
  kernwaarden: KernwaardeWeging[];
  verdeelprocedures: { id: string; count: number }[];
  stellingen: StellingView[];
  /** The koerskaart worksheets (beside preventie) that someone filled in. */
  koerskaarten: KoerskaartSamen[];
}

const author = (b: Bijdrage): Author => ({ id: b.id, naam: b.naam });
const uniqueBy = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];

/** Maps every bijdrage to the fractie shown for it: its own when that fractie has ≥ 3 people, else "overig". */
export function fractieGroups(bijdragen: readonly Pick<Bijdrage, "id" | "fractie">[], min = PRIVACY_MIN): Map<string, string> {
  const norm = (f: string) => f.trim().replace(/\s+/g, " ");
  const sizes = new Map<string, number>();
  // "GroenLinks" and "groenlinks " are one fractie, shown as first written.
  const shown = new Map<string, string>();
  const keyOf = (f: string) => norm(f).toLocaleLowerCase("nl");
  for (const b of bijdragen) {
    if (norm(b.fractie) === "") continue;
    sizes.set(keyOf(b.fractie), (sizes.get(keyOf(b.fractie)) ?? 0) + 1);
    if (!shown.has(keyOf(b.fractie))) shown.set(keyOf(b.fractie), norm(b.fractie));
  }
  const out = new Map<string, string>();
  for (const b of bijdragen) {
    const k = keyOf(b.fractie);
    out.set(b.id, k !== "" && (sizes.get(k) ?? 0) >= min && k !== OVERIG ? (shown.get(k) ?? OVERIG) : OVERIG);
  }
  return out;
}

const MEER = /\b(meer|stijg\w*|toe ?neem\w*|toename|hoger|groei\w*|vaker|verhoog\w*|verbeter\w*|groter)\b/iu;
const MINDER = /\b(minder|daal\w*|afname|af ?neem\w*|lager|verlaag\w*|vermind\w*|kleiner|niet meer|geen)\b/iu;

/** Whether a verandering asks for more or less of something; null when it says neither (or both). */
export function richting(text: string): Richting {
  const up = MEER.test(text);
  const down = MINDER.test(text);
  return up === down ? null : up ? "meer" : "minder";
}

function spanningOf(items: ResultaatItem[]): string | null {
  if (new Set(items.map((i) => i.id)).size < 2) return null;
  const dirs = new Set(items.map((i) => i.richting).filter((r) => r !== null));
  if (dirs.size > 1) return "Deze resultaten wijzen in een andere richting: de een wil meer, de ander minder.";
  for (const unit of ["procent", "aantal"] as const) {
    const targets = new Set(items.filter((i) => i.unit === unit && i.target !== null).map((i) => i.target));
    if (targets.size > 1) {
      const sorted = [...targets].map(Number).sort((a, b) => a - b);
      const suffix = unit === "procent" ? "%" : "";
      return `Verschillende streefcijfers voor dezelfde doelgroep: van ${sorted[0]}${suffix} tot ${sorted[sorted.length - 1]}${suffix}.`;
    }
  }
  return null;
}

/** Everything the griffier shows on the wall, computed from the bijdragen. */
export function combine(bijdragen: readonly Bijdrage[], stellingen: readonly string[] = [], soort: Vraagsoort = OUDE_VRAAGSOORT): CombinedView {
  const groups = fractieGroups(bijdragen);

  const fractieCounts = new Map<string, number>();
  for (const g of groups.values()) fractieCounts.set(g, (fractieCounts.get(g) ?? 0) + 1);
  const fracties = [...fractieCounts.entries()]
    .map(([fractie, count]) => ({ fractie, count }))
    .sort((a, b) => (a.fractie === OVERIG ? 1 : b.fractie === OVERIG ? -1 : b.count - a.count || a.fractie.localeCompare(b.fractie, "nl")));

  // Waarden, with spelling variants grouped.
  const waardeItems = bijdragen.flatMap((b) => b.waarden.map((w) => ({ b, w })));
  const waardeGroups = groupTerms(waardeItems, (x) => x.w.name);
  const groupOfWaarde = new Map<string, string>();
  const waarden: WaardeGroup[] = waardeGroups.map((g) => {
    for (const x of g.items) groupOfWaarde.set(`${x.b.id}/${x.w.id}`, g.label);
    const authors = uniqueBy(g.items.map((x) => author(x.b)), (a) => a.id);
    return {
      key: g.key,
      label: g.label,
      variants: g.variants,
      count: authors.length,
      topCount: new Set(g.items.filter((x) => x.w.top).map((x) => x.b.id)).size,
      meanings: g.items.filter((x) => x.w.meaning.trim() !== "").map((x) => ({ ...author(x.b), text: x.w.meaning.trim() })),
      authors,
    };
  });
  waarden.sort((a, b) => b.count - a.count || b.topCount - a.topCount);
  const top3 = waarden.slice(0, 3);

  // Leidende principes, clustered by wording and placed under the waarde they were linked to.
  const principeItems = bijdragen.flatMap((b) =>
    b.principes
      .filter((p) => p.title.trim() !== "")
      .map((p) => {
        const linked = b.koppelingen.find((k) => k.principeId === p.id && k.waardeId !== "");
        return { item: { ...author(b), title: p.title.trim(), onderbouwing: p.onderbouwing.trim() }, theme: linked ? groupOfWaarde.get(`${b.id}/${linked.waardeId}`) : undefined };
      }),
  );
  const themeOf = new Map(principeItems.map((x) => [x.item, x.theme]));
  const themes = new Map<string, PrincipeItem[][]>();
  for (const cluster of clusterSimilar(principeItems.map((x) => x.item), (i) => i.title)) {
    const counts = new Map<string, number>();
    for (const i of cluster) {
      const t = themeOf.get(i);
      if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const theme = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "Zonder gekoppelde waarde";
    themes.set(theme, [...(themes.get(theme) ?? []), cluster]);
  }
  const principes = [...themes.entries()]
    .map(([theme, clusters]) => ({ theme, clusters }))
    .sort((a, b) => (a.theme === "Zonder gekoppelde waarde" ? 1 : b.theme === "Zonder gekoppelde waarde" ? -1 : b.clusters.flat().length - a.clusters.flat().length));

  // Maatschappelijke resultaten per doelgroep, with tensions flagged.
  const resultaatItems = bijdragen.flatMap((b) =>
    b.resultaten
      .filter((r) => r.doelgroep.trim() !== "" || r.verandering.trim() !== "")
      .map((r) => ({ doelgroep: r.doelgroep.trim(), item: { ...author(b), source: r, zin: resultaatZin(r), richting: richting(r.verandering), target: r.target, unit: r.unit } })),
  );
  const resultaten: ResultaatGroup[] = clusterSimilar(resultaatItems, (x) => x.doelgroep || x.item.zin, 0.5).map((cluster) => {
    const names = groupTerms(cluster, (x) => x.doelgroep);
    const items = cluster.map((x) => x.item);
    return { doelgroep: names[0]?.label ?? "Zonder doelgroep", items, spanning: spanningOf(items) };
  });

  const kwaliteitseisen = clusterSimilar(
    bijdragen.flatMap((b) => b.kwaliteitseisen.filter((k) => k.text.trim() !== "").map((k) => ({ ...author(b), title: k.text.trim(), onderbouwing: "" }))),
    (i) => i.title,
  );

  // Waardemodel: per kernwaarde, how much each person wrote about it.
  const kernwaarden: KernwaardeWeging[] = KERNWAARDE_IDS.map((id) => {
    const perPersoon = bijdragen
      .filter((b) => b.waardemodellen.length > 0)
      .map((b) => ({
        ...author(b),
        antwoorden: b.waardemodellen.reduce((n, s) => n + Object.entries(s.answers).filter(([k, v]) => k.startsWith(`${id}-`) && v.trim() !== "").length, 0),
        dilemmas: b.waardemodellen.reduce((n, s) => n + s.dilemmas.filter((d) => d.a === id || d.b === id).length, 0),
      }));
    return { id, name: KERNWAARDE_NAMES[id], mensen: perPersoon.filter((p) => p.antwoorden + p.dilemmas > 0).length, perPersoon };
  });
  const verdeelprocedures = VERDEELPROCEDURE_IDS.map((id) => ({
    id,
    count: new Set(bijdragen.filter((b) => b.waardemodellen.some((s) => s.keuzes.verdeelprocedure === id)).map((b) => b.id)).size,
  })).filter((v) => v.count > 0);

  // Stellingen: the bijeenkomst's list first, then any a bijdrage scored that the list no longer has. A
  // score is read by the soort its own bijdrage was asked in, so importance never counts as agreement.
  const keyOf = (stelling: string, s: Vraagsoort) => `${s}\u0000${stelling}`;
  const allStellingen = uniqueBy(
    [...stellingen.map((stelling) => ({ stelling, soort })), ...bijdragen.flatMap((b) => b.scores.map((s) => ({ stelling: s.stelling, soort: b.vraagsoort })))],
    (x) => keyOf(x.stelling, x.soort),
  );
  const stellingViews = allStellingen.map(({ stelling, soort: asked }) => {
    const scored = bijdragen.flatMap((b) => (b.vraagsoort !== asked ? [] : b.scores.filter((s) => s.stelling === stelling).slice(0, 1).map((s) => ({ b, score: s.score }))));
    const perFractie = fracties.map(({ fractie }) => ({ fractie, agreement: agreement(scored.filter((x) => groups.get(x.b.id) === fractie).map((x) => x.score)) }));
    // A group's scores are shown only when at least PRIVACY_MIN people are in it, "overig" included.
    return { stelling, soort: asked, all: agreement(scored.map((x) => x.score)), perFractie: perFractie.filter((f) => f.agreement.n >= PRIVACY_MIN) };
  });

  return {
    deelnemers: bijdragen.length,
    fracties,
    waarden,
    top3,
    principes,
    resultaten,
    kwaliteitseisen,
    kernwaarden,
    verdeelprocedures,
    stellingen: stellingViews,
    koerskaarten: combineKoerskaarten(bijdragen),
  };
}
