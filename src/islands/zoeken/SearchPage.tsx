import { useEffect, useState } from "preact/hooks";
import type { SearchHit } from "../../lib/search.ts";
import { searchSite } from "../browser/searchClient.ts";
import { Snippet } from "./Snippet.tsx";

/** Results on /zoeken/?q=…: the query lives in the URL so results can be shared and bookmarked. */
export default function SearchPage() {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState("");

  const run = (q: string) => {
    setError("");
    if (!q.trim()) {
      setHits(null);
      return;
    }
    searchSite(q, 30)
      .then(setHits)
      .catch(() => setError("De zoekfunctie kon niet worden geladen. Probeer het later opnieuw."));
  };

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    setQuery(q);
    run(q);
  }, []);

  return (
    <div>
      <form
        class="rk-search rk-search--page"
        action="/zoeken/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          const url = new URL(window.location.href);
          url.searchParams.set("q", query);
          window.history.replaceState(null, "", url);
          run(query);
        }}
      >
        <label class="rk-field__label" for="zoekterm">
          Zoekterm
        </label>
        <input id="zoekterm" class="rk-input" type="search" name="q" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        <button class="rk-button" type="submit">
          Zoeken
        </button>
      </form>
      {error && (
        <p class="rk-alert rk-alert--error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">
        {hits && (
          <p>
            {hits.length === 0
              ? `Geen resultaten voor "${query}". Probeer een ander woord, bijvoorbeeld de naam van een wet.`
              : `${hits.length} ${hits.length === 1 ? "resultaat" : "resultaten"} voor "${query}"`}
          </p>
        )}
      </div>
      {hits && hits.length > 0 && (
        <ol class="rk-search-results">
          {hits.map((h) => (
            <li class="rk-search-results__item" key={h.doc.id}>
              <a href={h.doc.url}>
                <strong>{h.doc.section || h.doc.card}</strong>
              </a>
              <p class="rk-search-results__meta">{h.doc.card}</p>
              <p class="rk-search-results__snippet">
                <Snippet parts={h.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
