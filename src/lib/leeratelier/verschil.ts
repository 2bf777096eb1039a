/**
 * Telling a bijdrage from the bijeenkomst it should answer. A griffier who prepares an evening twice
 * makes two files with the same title and different ids; "hoort bij een andere bijeenkomst" with that
 * same title explained nothing. The message names what differs and what to do instead.
 */
import type { Bijeenkomst } from "../../schemas/bijeenkomst.ts";
import type { Bijdrage } from "../../schemas/bijdrage.ts";
import { formatDatum } from "../sturing/datum.ts";

type Ref = Bijdrage["bijeenkomst"];

/** What a bijdrage records of its bijeenkomst. */
export const bijeenkomstRef = (b: Bijeenkomst): Ref => ({ id: b.id, title: b.title, date: b.date, revisie: b.revisie, createdAt: b.createdAt });

/** "12 maart 2027 om 14:05" in the reader's own time zone. */
function moment(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  const dag = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDatum(dag, false)} om ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const datumOf = (d: string) => (d === "" ? "zonder datum" : formatDatum(d, false));

/** The differences between what a file says of its bijeenkomst and the bijeenkomst open here, in words. */
export function verschillen(ref: Ref, hier: Bijeenkomst): string[] {
  const out: string[] = [];
  if (ref.title.trim() !== hier.title.trim()) out.push(`de titel is "${ref.title}" (hier: "${hier.title}")`);
  if (ref.date !== undefined && ref.date !== hier.date) out.push(`de datum is ${datumOf(ref.date)} (hier: ${datumOf(hier.date)})`);
  if (ref.createdAt !== undefined && ref.createdAt !== hier.createdAt) out.push(`voorbereid op ${moment(ref.createdAt)} (deze bijeenkomst: ${moment(hier.createdAt)})`);
  return out;
}

/** The refusal for a bijdrage of another bijeenkomst: what differs, and why it happens when nothing visible does. */
export function verschilMelding(ref: Ref, hier: Bijeenkomst, subject = "Deze bijdrage"): string {
  const diff = verschillen(ref, hier);
  const zelfdeTitel = ref.title.trim() === hier.title.trim();
  const wat = diff.length > 0 ? `Verschil: ${diff.join("; ")}.` : "De titel is dezelfde, maar het is een ander bestand.";
  const waarom = zelfdeTitel
    ? " Zo gaat het als een bijeenkomst opnieuw is voorbereid in plaats van geopend en aangepast. Open bij het ophalen het bestand waarmee de raadsleden werkten, of vraag het raadslid de bijdrage opnieuw te maken."
    : "";
  return `${subject} is een bijdrage voor een andere bijeenkomst en is niet toegevoegd. ${wat}${waarom}`;
}

/** A note for a bijdrage made for an earlier revisie of the same bijeenkomst, or "" when it is current. */
export function revisieNoot(ref: Ref, hier: Bijeenkomst): string {
  if (ref.revisie === undefined || ref.revisie >= hier.revisie) return "";
  return ` Gemaakt bij versie ${ref.revisie} van de bijeenkomst; nu is het versie ${hier.revisie}.`;
}
