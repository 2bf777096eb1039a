// Without zod, so pages that only show the parts (voorbereiden, bijdrage) stay small.
/** The worksheet parts a bijeenkomst can ask for, in the order they are shown. */
export const ONDERDELEN = ["waarden", "principes", "resultaten", "kwaliteitseisen", "koppeltabel", "waardemodel", "preventie"] as const;
export type Onderdeel = (typeof ONDERDELEN)[number];

/** Dutch names of the parts, for screens, files and the printed worksheet. */
export const ONDERDEEL_LABELS: Record<Onderdeel, string> = {
  waarden: "Stap 1 · Maatschappelijke waarden",
  principes: "Stap 2 · Leidende principes",
  resultaten: "Stap 3 · Maatschappelijke resultaten",
  kwaliteitseisen: "Stap 4 · Kwaliteitseisen",
  koppeltabel: "Koppeltabel",
  waardemodel: "Democratisch waardemodel",
  preventie: "Koerskaart preventie: keuzes per niveau",
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
};
