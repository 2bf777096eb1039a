/** Maatschappelijke resultaten in words: the sentence, the short label and the tips (used by the visie, duiden and leeratelier). */
import type { Resultaat } from "../../schemas/visie.ts";
import { formatGetal } from "../getal.ts";
import { cleanText, isBlank } from "./document.ts";

const GAP = "…";

/** Text on one line, without markup characters that would break an export. */
export const trimmed = (s: string) => cleanText(s).trim().replace(/\s+/g, " ");

/** Who and what changes: "80% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft". Gaps show as "…". */
function resultaatKern(r: Resultaat): string {
  const doelgroep = trimmed(r.doelgroep) || GAP;
  // The closing full stop is ours; one typed by the user would double it.
  const verandering = trimmed(r.verandering).replace(/[.\s]+$/, "") || GAP;
  let wie = doelgroep;
  if (r.target !== null) {
    const getal = formatGetal(r.target);
    // "80% van alle inwoners" reads better than "80% van de alle inwoners".
    const heeftLidwoord = /^(de|het|alle|onze|deze|die|haar|hun)\s/i.test(doelgroep);
    wie = r.unit === "procent" ? `${getal}% van ${heeftLidwoord ? "" : "de "}${doelgroep}` : `${getal} ${doelgroep}`;
  }
  return `${wie} ${verandering}`;
}

/**
 * A maatschappelijk resultaat as one readable sentence, dated by its year:
 * "In 2030 hebben we bereikt dat 80% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft."
 * Without a year it looks one council period (4 years) ahead. Gaps show as "…" so the sentence reads
 * as something still to finish.
 */
export function resultaatZin(r: Resultaat): string {
  return `${r.year === null ? "Over 4 jaar" : `In ${r.year}`} hebben we bereikt dat ${resultaatKern(r)}.`;
}

/**
 * A short name for a resultaat in a list of choices: the part that tells results apart, not the
 * opening words they all share. "Resultaat 1: 80% van de jongeren … een startkwalificatie heeft (2030)".
 */
export function resultaatLabel(r: Resultaat, n: number): string {
  return `Resultaat ${n}: ${resultaatKern(r)}${r.year === null ? "" : ` (${r.year})`}`;
}

/** What is still missing to make a resultaat toetsbaar, as short Dutch tips. Empty when complete. */
export function resultaatHints(r: Resultaat): string[] {
  const hints: string[] = [];
  if (isBlank(r.doelgroep)) hints.push("Beschrijf voor wie het resultaat geldt: wie merkt er iets van?");
  if (isBlank(r.verandering)) hints.push("Beschrijf wat er over 4 jaar anders is voor deze groep.");
  if (r.target === null) hints.push("Geef een streefwaarde: een percentage of aantal maakt het resultaat toetsbaar.");
  else if (r.unit === "procent" && r.target > 100) hints.push("Een percentage kan niet hoger zijn dan 100.");
  if (isBlank(r.baseline)) hints.push("Noteer de nulmeting: waar staan we nu?");
  if (r.year === null) hints.push("Noem het jaar waarin het resultaat bereikt moet zijn.");
  if (isBlank(r.bron)) hints.push("Noem de bron van het cijfer, bijvoorbeeld de monitor sociaal domein of CBS.");
  return hints;
}
