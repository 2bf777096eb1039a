import { useEffect, useState } from "preact/hooks";
import { ONDERDEEL_LABELS, ONDERDEEL_PAGES, type Onderdeel } from "../../vocabulary/onderdelen.ts";
import { bijeenkomstSummary, type BijeenkomstSummary } from "../../lib/leeratelier/bijeenkomstSummary.ts";
import { safeLocalStorage } from "../browser/localStore.ts";
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";

/**
 * On a worksheet page: which parts the opened bijeenkomst asks for. Reads only what the bijdrage page
 * stored after validating the file, with the light shape check of bijeenkomstSummary.ts, so this stays tiny.
 */
export default function BijeenkomstBanner({ here }: { here: Onderdeel[] }) {
  const [seen, setSeen] = useState<BijeenkomstSummary | null>(null);
  useEffect(() => setSeen(bijeenkomstSummary(safeLocalStorage()?.getItem(STORAGE_KEYS.bijeenkomst) ?? null)), []);
  if (!seen) return null;
  const asked = seen.onderdelen.filter((o) => here.includes(o));
  const elsewhere = seen.onderdelen.filter((o) => !here.includes(o));
  return (
    <aside class="rk-alert rk-no-print" aria-label="Bijeenkomst">
      <p>
        Je werkt voor de bijeenkomst <strong>{seen.title}</strong>.{" "}
        {asked.length > 0 ? <>Vul hier in: {asked.map((o) => ONDERDEEL_LABELS[o]).join(", ")}.</> : <>Op deze pagina wordt niets gevraagd.</>}
      </p>
      {elsewhere.length > 0 && (
        <p>
          Ook gevraagd:{" "}
          {elsewhere.map((o, i) => (
            <span key={o}>
              {i > 0 && ", "}
              <a href={ONDERDEEL_PAGES[o]}>{ONDERDEEL_LABELS[o]}</a>
            </span>
          ))}
          .
        </p>
      )}
      <p>
        <a href="/leeratelier/bijdrage/">Maak je bijdrage</a> als je klaar bent.
      </p>
    </aside>
  );
}
