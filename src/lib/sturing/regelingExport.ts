/** The regionale-samenwerking worksheet as an export document. */
import type { Regeling } from "../../schemas/regeling.ts";
import { fields, section, table, write, type Block, type ExportDocument } from "../export/document.ts";
import { formatDatum } from "./datum.ts";
import { bijdrageTrend } from "./zienswijze.ts";

/** Labels of the five Wgr-vormen. */
export const WGR_VORM_LABEL: Record<string, string> = {
  "regeling-zonder-meer": "Regeling zonder meer",
  centrumgemeente: "Centrumgemeente",
  "gemeenschappelijk-orgaan": "Gemeenschappelijk orgaan",
  bedrijfsvoeringsorganisatie: "Bedrijfsvoeringsorganisatie",
  "openbaar-lichaam": "Openbaar lichaam",
};

const datum = (d: string) => (d ? formatDatum(d, false) : "");

export function regelingBlocks(r: Regeling): Block[] {
  const bijdragen = [...r.bijdragen].sort((a, b) => a.jaar - b.jaar);
  return section(1, r.naam.trim() || "Naamloze regeling", [
    fields([
      { label: "Wgr-vorm", value: WGR_VORM_LABEL[r.vorm] ?? "" },
      { label: "Deelnemers", value: r.deelnemers },
      { label: "Taken in het sociaal domein", value: r.taken },
      { label: "Raadsrapporteur", value: r.raadsrapporteur },
      { label: "Evaluatie", value: datum(r.evaluatiedatum) },
      { label: "Kosten van uittreden", value: r.uittredingskosten },
      { label: "Algemeen bestuur: begroting", value: datum(r.abBegroting) },
      { label: "Ontwerpbegroting binnengekomen", value: datum(r.ontwerpOntvangen) },
      { label: "Algemeen bestuur: jaarrekening", value: datum(r.abJaarrekening) },
      { label: "Notities", value: r.notities },
    ]),
    ...(bijdragen.length ? [table(["Jaar", "Bijdrage per inwoner (€)"], bijdragen.map((b) => [String(b.jaar), b.perInwoner === null ? "" : b.perInwoner.toFixed(2).replace(".", ",")]))] : []),
    { type: "paragraph", text: bijdrageTrend(r) },
  ]);
}

export function regelingenDocument(regelingen: Regeling[], werkboekNaam: string): ExportDocument {
  return {
    title: `${werkboekNaam} — regionale samenwerking`,
    subtitle: "Gemeenschappelijke regelingen waarin de gemeente meedoet.",
    // On paper an empty sheet shows what to fill in per regeling, with room to write.
    blocks: regelingen.length
      ? regelingen.flatMap((r) => regelingBlocks(r))
      : section(1, "Regelingen", [], [
          write([
            "Naam van de regeling",
            "Vorm volgens de Wgr (openbaar lichaam, bedrijfsvoeringsorganisatie, gemeenschappelijk orgaan, centrumgemeente of regeling zonder meer)",
            "Deelnemende gemeenten",
            "Taken in het sociaal domein",
            "Bijdrage per inwoner in de laatste jaren",
            "Raadsrapporteur en datum van de volgende evaluatie",
          ]),
        ]),
  };
}
