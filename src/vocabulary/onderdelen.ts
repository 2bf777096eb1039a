// Without zod, so pages that only show the parts (voorbereiden, bijdrage) stay small.
import { KOERSKAART_ONDERWERPEN, KOERSKAART_WERKBLADEN, type KoerskaartWerkbladId } from "./koerskaartWerkbladen.ts";

/** The worksheet parts a bijeenkomst can ask for, in the order they are shown; a koerskaart worksheet is asked by its card id. */
export const ONDERDELEN = ["waarden", "principes", "resultaten", "kwaliteitseisen", "koppeltabel", "waardemodel", "preventie", ...KOERSKAART_WERKBLADEN] as const;
export type Onderdeel = (typeof ONDERDELEN)[number];

const koerskaarten = <T>(f: (id: KoerskaartWerkbladId) => T) => Object.fromEntries(KOERSKAART_WERKBLADEN.map((id) => [id, f(id)])) as Record<KoerskaartWerkbladId, T>;

/** Dutch names of the parts, for screens, files and the printed worksheet. */
export const ONDERDEEL_LABELS: Record<Onderdeel, string> = {
  waarden: "Stap 1 · Maatschappelijke waarden",
  principes: "Stap 2 · Leidende principes",
  resultaten: "Stap 3 · Maatschappelijke resultaten",
  kwaliteitseisen: "Stap 4 · Kwaliteitseisen",
  koppeltabel: "Koppeltabel",
  waardemodel: "Democratisch waardemodel",
  preventie: "Koerskaart preventie: keuzes per niveau",
  ...koerskaarten((id) => `Koerskaart ${KOERSKAART_ONDERWERPEN[id]}: keuzes en keuzematrix`),
};

/** Where a raadslid fills in each part. */
export const ONDERDEEL_PAGES: Record<Onderdeel, string> = {
  waarden: "/visie/#stap-waarden",
  principes: "/visie/#stap-principes",
  resultaten: "/visie/#stap-resultaten",
  kwaliteitseisen: "/visie/#stap-kwaliteitseisen",
  koppeltabel: "/visie/#stap-koppeltabel",
  waardemodel: "/informatie/waardemodel/",
  preventie: "/kennis/koerskaarten/preventie/",
  // Spelled out rather than taken from cards.ts: this module loads on every worksheet page.
  ...koerskaarten((id) => `/kennis/koerskaarten/${id}/#werkblad`),
};

/** True for the onderdelen that are a generic koerskaart worksheet. */
export const isKoerskaartOnderdeel = (o: Onderdeel): o is KoerskaartWerkbladId => (KOERSKAART_WERKBLADEN as readonly string[]).includes(o);
