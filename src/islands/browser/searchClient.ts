import { loadSearchBundle, search, type SearchBundle, type SearchHit } from "../../lib/search.ts";

let loading: Promise<ReturnType<typeof loadSearchBundle>> | null = null;

/** Fetches and loads the index once per page, only when someone actually searches. */
export function searchSite(query: string, limit?: number): Promise<SearchHit[]> {
  loading ??= fetch("/zoekindex.json")
    .then((r) => {
      if (!r.ok) throw new Error(`zoekindex: HTTP ${r.status}`);
      return r.json() as Promise<SearchBundle>;
    })
    .then(loadSearchBundle)
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading.then((loaded) => search(loaded, query, limit));
}
