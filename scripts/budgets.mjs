// @ts-check
/**
 * The byte budgets (gzip), shared by scripts/budget.mjs (static module graph from dist/) and
 * tests/e2e/budget.spec.ts (what a real browser fetches). Issue: old, managed laptops (ADR 0015).
 */

/** Pages with a worksheet island; every other page is a content page that loads only the search box. */
export const WORKSHEET_PAGE = /^\/(visie|werkboek|leeratelier(\/[^/]+)?|informatie\/(waardemodel|duiden)|kennis\/koerskaarten\/[^/]+|sturing\/(raadsvoorstel-toets|jaarkalender|regionale-samenwerking|startnotitie|beleidscyclus)(\/[^/]+)?)\/$/;

/** @type {{ pattern: RegExp; bytes: number; kind: string }[]} first matching pattern wins */
export const BUDGETS = [
  { pattern: WORKSHEET_PAGE, bytes: 35 * 1024, kind: "werkblad" },
  { pattern: /^\/zoeken\/$/, bytes: 30 * 1024, kind: "zoeken" },
  { pattern: /^\/$/, bytes: 20 * 1024, kind: "home" },
  { pattern: /.*/, bytes: 12 * 1024, kind: "inhoud" },
];

/** A staalkaart read to the end (its notes island scrolled into view). */
export const STAALKAART_READ_TO_END = 25 * 1024;

/** CSS loaded by any page (gzip): its stylesheets, inline styles, thema.css and the theme it imports (issue 21). */
export const CSS_BUDGET = 30 * 1024;

/** The search index, fetched on the first search. */
export const SEARCH_INDEX = 150 * 1024;

/** @param {string} url */
export const budgetFor = (url) => /** @type {(typeof BUDGETS)[number]} */ (BUDGETS.find((b) => b.pattern.test(url)));
