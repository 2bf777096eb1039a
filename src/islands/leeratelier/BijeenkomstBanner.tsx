import { useEffect, useState } from "preact/hooks";
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";
import { ONDERDELEN, ONDERDEEL_LABELS, ONDERDEEL_PAGES, type Onderdeel } from "../../lib/leeratelier/onderdelen.ts";

interface Seen {
  title: string;
  onderdelen: Onderdeel[];
}

/**
 * On a worksheet page: which parts the opened bijeenkomst asks for. Reads only what the bijdrage page
 * stored after validating the file, and checks its shape again without zod so this stays tiny.
 */
export default function BijeenkomstBanner({ here }: { here: Onderdeel[] }) {
  const [seen, setSeen] = useState<Seen | null>(null);
  useEffect(() => {
    try {
      const raw = JSON.parse(window.localStorage.getItem(STORAGE_KEYS.bijeenkomst) ?? "null") as { title?: unknown; onderdelen?: unknown } | null;
      if (raw && typeof raw.title === "string" && Array.isArray(raw.onderdelen)) {
        setSeen({ title: raw.title, onderdelen: ONDERDELEN.filter((o) => (raw.onderdelen as unknown[]).includes(o)) });
      }
    } catch {
      setSeen(null);
    }
  }, []);
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
