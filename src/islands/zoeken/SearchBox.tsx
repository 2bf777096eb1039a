import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { SearchHit } from "../../lib/search.ts";

/**
 * Header search. Without JavaScript it is a plain GET form to /zoeken/. With it, suggestions appear
 * while typing (combobox pattern); the search code and index load only on first input.
 */
export default function SearchBox() {
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits([]);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      import("../browser/searchClient.ts")
        .then((m) => m.searchSite(q, 6))
        .then((h) => {
          if (mine === seq.current) {
            setHits(h);
            setActive(-1);
          }
        })
        .catch(() => setHits([]));
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  const listId = `${id}-lijst`;
  const show = open && hits.length > 0;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (e.key === "Enter" && show && active >= 0) {
      const hit = hits[active];
      if (hit) {
        e.preventDefault();
        window.location.assign(hit.doc.url);
      }
    }
  };

  return (
    <form class="rk-search" action="/zoeken/" method="get" onSubmit={() => setOpen(false)}>
      <label class="rk-search__label rk-visually-hidden" for={`${id}-q`}>
        Zoek in Raadskompas
      </label>
      <div class="rk-combobox">
        <input
          id={`${id}-q`}
          class="rk-search__input"
          type="search"
          name="q"
          autocomplete="off"
          placeholder="Zoek, bijv. mantelzorg"
          role="combobox"
          aria-expanded={show}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={show && active >= 0 ? `${id}-optie-${active}` : undefined}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id={listId} class="rk-combobox__list" role="listbox" aria-label="Suggesties" hidden={!show}>
          {hits.map((h, i) => (
            <li
              key={h.doc.id}
              id={`${id}-optie-${i}`}
              role="option"
              aria-selected={i === active}
              class={`rk-combobox__option${i === active ? " rk-combobox__option--active" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                window.location.assign(h.doc.url);
              }}
            >
              <strong>{h.doc.section || h.doc.card}</strong> <span class="rk-combobox__meta">— {h.doc.card}</span>
            </li>
          ))}
        </ul>
      </div>
      <button class="rk-button rk-button--secondary rk-button--small" type="submit">
        Zoeken
      </button>
    </form>
  );
}
