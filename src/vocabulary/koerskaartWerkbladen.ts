/**
 * The koerskaarten that share one generic worksheet (a keuzematrix, keuzes and evaluatievragen), without
 * zod: worksheet pages, the home page and the leeratelier use these names on their first render (ADR 0015).
 * Adding a card here and a `content/werkbladen/<id>.yaml` is all a new koerskaart worksheet needs (ADR 0036).
 */

/** Koerskaart ids with a generic worksheet, in the order of the cards; each is also a leeratelier onderdeel. */
export const KOERSKAART_WERKBLADEN = ["armoede-en-schulden", "veilig-opgroeien", "eenzaamheid-en-meedoen", "langer-thuis-wonen"] as const;
export type KoerskaartWerkbladId = (typeof KOERSKAART_WERKBLADEN)[number];

/** Sorts guides (or anything with `kaart`) in the order of KOERSKAART_WERKBLADEN. */
export const kaartVolgorde = (a: { kaart: string }, b: { kaart: string }) =>
  (KOERSKAART_WERKBLADEN as readonly string[]).indexOf(a.kaart) - (KOERSKAART_WERKBLADEN as readonly string[]).indexOf(b.kaart);

/** The subject of each card, as it reads after "koerskaart" ("koerskaart armoede en schulden"). */
export const KOERSKAART_ONDERWERPEN: Record<KoerskaartWerkbladId, string> = {
  "armoede-en-schulden": "armoede en schulden",
  "veilig-opgroeien": "veilig opgroeien",
  "eenzaamheid-en-meedoen": "eenzaamheid en meedoen",
  "langer-thuis-wonen": "langer thuis wonen",
};
