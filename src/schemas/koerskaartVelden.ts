/** The answer fields of a koerskaart worksheet and the words for how much the law fixes a keuze, without zod (ADR 0015). */

/** What a raadslid writes for each keuze; the guide gives a hint per field (`velden`). */
export const KEUZE_VELDEN = ["nu", "koers", "waarom", "kosten", "volgen"] as const;
export type KeuzeVeld = (typeof KEUZE_VELDEN)[number];

/** Labels of those fields, the same on screen, in every export and on paper. */
export const KEUZE_VELD_LABELS: Record<KeuzeVeld, string> = {
  nu: "Wat is er nu?",
  koers: "Onze koers",
  waarom: "Waarom deze koers?",
  kosten: "Kosten en geld",
  volgen: "Zo volgen we het",
};

/** How much the law fixes a keuze: `ja` verplicht, `deels` (the law gives a right, the gemeente fills it in), `nee` vrij beleid. */
export const MOET_WAARDEN = ["ja", "deels", "nee"] as const;
export type Moet = (typeof MOET_WAARDEN)[number];

export const MOET_LABELS: Record<Moet, string> = {
  ja: "wettelijk verplicht",
  deels: "deels verplicht",
  nee: "vrij beleid",
};

/** Kebab-case ids, shared by the guide schema and the saved answers, so both accept the same keys. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
