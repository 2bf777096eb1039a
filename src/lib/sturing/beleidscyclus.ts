/**
 * The beleidscyclus worksheet: the six steps with the raad's instruments, and the export that puts
 * the whole cycle for one theme, with the linked visie, toetsen and staalkaart notes, on one page.
 */
import type { Werkboek } from "../../schemas/werkboek.ts";
import type { WetNaam } from "../waardemodel/waardemodel.ts";
import { fields, list, section, type Block, type ExportDocument } from "../export/document.ts";
import { formatDatum } from "./datum.ts";

export const BELEIDSCYCLUS_STAPPEN = [
  { id: "agenderen", titel: "1. Agenderen", raadDoet: "Signalen ophalen en het onderwerp op de agenda zetten.", instrumenten: ["schriftelijke vragen", "motie", "werkbezoek", "initiatiefvoorstel"] },
  { id: "voorbereiden", titel: "2. Beleid voorbereiden", raadDoet: "Vooraf zeggen welk maatschappelijk resultaat je wilt, en het proces vastleggen.", instrumenten: ["startnotitie", "kadernota", "beeldvormende bijeenkomst"] },
  { id: "vaststellen", titel: "3. Beleid vaststellen", raadDoet: "Het voorstel toetsen, debatteren en besluiten.", instrumenten: ["raadsvoorstel-toets", "amendement", "motie"] },
  { id: "uitvoeren", titel: "4. Uitvoeren", raadDoet: "Meepraten over uitgangspunten van inkoop en afspreken welke informatie je krijgt.", instrumenten: ["informatieprotocol", "werkbezoek", "vragen aan het college"] },
  { id: "evalueren", titel: "5. Evalueren", raadDoet: "Met je maatschappelijke resultaten als meetlat nagaan wat werkt.", instrumenten: ["jaarstukken", "rekenkamer", "raadsrapporteur", "enquête"] },
  { id: "bijstellen", titel: "6. Bijstellen", raadDoet: "Besluiten: doorgaan, aanpassen of stoppen.", instrumenten: ["motie", "initiatiefvoorstel", "kaders voor de begroting"] },
] as const;

export type StapId = (typeof BELEIDSCYCLUS_STAPPEN)[number]["id"];

/** Every instrument named in the steps, once, for the choice list. */
export const INSTRUMENTEN = [...new Set(BELEIDSCYCLUS_STAPPEN.flatMap((s) => s.instrumenten))];

/** A maatschappelijk resultaat as one readable line. */
export const resultaatRegel = (r: { doelgroep: string; verandering: string }) => [r.doelgroep.trim(), r.verandering.trim()].filter(Boolean).join(" ");

export function beleidscyclusDocument(w: Werkboek, staalkaarten: WetNaam[]): ExportDocument {
  const b = w.sturing.beleidscyclus;
  const stappen: Block[] = BELEIDSCYCLUS_STAPPEN.flatMap((s) => {
    const st = b.stappen[s.id];
    return section(2, s.titel, [
      fields([
        { label: "Wat is besloten of gedaan", value: st?.besloten ?? "" },
        { label: "Wanneer", value: st?.wanneer ? formatDatum(st.wanneer, false) : "" },
        { label: "Volgend instrument", value: st?.volgendInstrument ?? "" },
      ]),
    ]);
  });
  const resultaten = w.visie.resultaten.filter((r) => b.resultaatIds.includes(r.id)).map(resultaatRegel);
  const toetsen = w.toetsen.filter((t) => b.toetsIds.includes(t.id)).map((t) => `${t.title}${t.date ? ` (${t.date})` : ""}`);
  const notities = staalkaarten
    .filter((s) => b.staalkaartIds.includes(s.id))
    .map((s) => {
      const n = w.staalkaartNotities[s.id];
      return `${s.shortName}: ${[n?.vragenCollege, n?.notities].filter((x) => x && x.trim()).join(" — ") || "nog geen notities"}`;
    });
  return {
    title: `${w.name} — beleidscyclus${b.thema.trim() ? `: ${b.thema.trim()}` : ""}`,
    subtitle: "Waar de raad staat in elke stap van de cyclus.",
    blocks: [
      ...section(1, "Stappen", stappen),
      ...section(1, "Maatschappelijke resultaten uit de visie", [list(resultaten)]),
      ...section(1, "Getoetste raadsvoorstellen", [list(toetsen)]),
      ...section(1, "Notities bij de staalkaarten", [list(notities)]),
    ],
  };
}
