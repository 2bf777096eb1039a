#!/usr/bin/env node
// JavaScript budget: per built page, the gzip bytes of all JavaScript loaded at start — inline
// scripts, module scripts, island components and renderers, and everything they import statically.
// Dynamic import() chunks (search index code, docx, pdf.js) load on demand and are not counted.
// Budgets: scripts/budgets.mjs. tests/e2e/budget.spec.ts also counts what the browser fetches right after
// hydration (lazy storage and schemas), which this static count cannot see.
// Usage: node scripts/budget.mjs [--json]   Exits 1 when a page or the search index is over its budget.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { budgetFor, CSS_BUDGET, SEARCH_INDEX, STAALKAART_READ_TO_END } from "./budgets.mjs";

const dist = "dist";
if (!existsSync(dist)) {
  console.error("budget: geen dist/ — draai eerst `npm run build`.");
  process.exit(2);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fileFor = (url) => join(dist, url.replace(/^\//, ""));

/** Static imports of a built module, resolved to site URLs. */
function staticImports(url, code) {
  const out = [];
  const re = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) {
    const spec = m[1];
    if (spec.startsWith(".") || spec.startsWith("/")) out.push(spec.startsWith("/") ? spec : posix.join(posix.dirname(url), spec));
  }
  return out;
}

function moduleClosure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const url = stack.pop();
    if (seen.has(url) || !existsSync(fileFor(url))) continue;
    seen.add(url);
    stack.push(...staticImports(url, readFileSync(fileFor(url), "utf8")));
  }
  return seen;
}

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return pages(p);
    return name.endsWith(".html") ? [p] : [];
  });
}

const rows = [];
for (const file of pages(dist)) {
  const html = readFileSync(file, "utf8");
  const url = "/" + relative(dist, file).replace(/index\.html$/, "").replace(/\\/g, "/");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => m[1]);
  // Islands with client:visible load when scrolled into view: reported apart, not part of the load budget.
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const islandUrls = (tags) => tags.flatMap((t) => [...t.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]));
  const onVisible = islands.filter((t) => /\bclient="visible"/.test(t));
  const entries = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...islandUrls(islands.filter((t) => !onVisible.includes(t))),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].filter((u) => u.startsWith("/"));
  const modules = moduleClosure(entries);
  const later = [...moduleClosure(islandUrls(onVisible))].filter((u) => !modules.has(u));
  const laterBytes = later.reduce((n, u) => n + gz(readFileSync(fileFor(u))), 0);
  const bytes = inline.reduce((n, s) => n + gz(Buffer.from(s)), 0) + [...modules].reduce((n, u) => n + gz(readFileSync(fileFor(u))), 0);
  const budget = budgetFor(url);
  // A staalkaart read to the end (its notes island in view) has a budget of its own.
  const whole = /^\/kennis\/staalkaarten\/[^/]+\/$/.test(url) ? STAALKAART_READ_TO_END : budget.bytes;
  const ok = bytes <= budget.bytes && bytes + laterBytes <= whole;
  rows.push({ url, kind: budget.kind, bytes, laterBytes, budget: budget.bytes, modules: modules.size, ok });
}
rows.sort((a, b) => a.url.localeCompare(b.url));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(6) + " KB";
  console.log("JavaScript bij laden (gzip), per pagina:");
  for (const r of rows) {
    const later = r.laterBytes ? `  (+${kb(r.laterBytes).trim()} bij zicht)` : "";
    console.log(`${r.ok ? "  " : "✗ "}${kb(r.bytes)} / ${kb(r.budget)}  ${r.kind.padEnd(10)} ${r.url}${later}`);
  }
}
const indexBytes = existsSync(join(dist, "zoekindex.json")) ? gz(readFileSync(join(dist, "zoekindex.json"))) : 0;
const indexOk = indexBytes > 0 && indexBytes <= SEARCH_INDEX;
if (!process.argv.includes("--json")) {
  console.log(`${indexOk ? "  " : "✗ "}${(indexBytes / 1024).toFixed(1).padStart(6)} KB / ${(SEARCH_INDEX / 1024).toFixed(1).padStart(6)} KB  zoekindex  /zoekindex.json`);
}
if (!indexOk) {
  console.error(indexBytes ? "De zoekindex is groter dan zijn budget." : "dist/zoekindex.json ontbreekt.");
  process.exitCode = 1;
}
// CSS: per page its stylesheets and inline styles, plus thema.css with what it imports. Measured with
// the heaviest shipped theme, so a gemeente may switch to any of them without a new budget check.
const themaDir = join(dist, "themas");
const themaFiles = existsSync(themaDir) ? readdirSync(themaDir).filter((f) => f.endsWith(".css")) : [];
const heaviestThema = themaFiles.reduce((max, f) => Math.max(max, gz(readFileSync(join(themaDir, f)))), 0);
const themaCss = existsSync(join(dist, "thema.css")) ? readFileSync(join(dist, "thema.css")) : Buffer.alloc(0);
const imports = [...themaCss.toString("utf8").matchAll(/@import\s+url\(\s*["']?\/([^"')]+)["']?\s*\)/g)].map((m) => m[1]);
const importedBytes = imports.reduce((n, u) => n + (existsSync(join(dist, u)) ? gz(readFileSync(join(dist, u))) : 0), 0);
const cssRows = [];
for (const file of pages(dist)) {
  const html = readFileSync(file, "utf8");
  const url = "/" + relative(dist, file).replace(/index\.html$/, "").replace(/\\/g, "/");
  const links = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith("/") && u !== "/thema.css");
  const own = links.reduce((n, u) => n + (existsSync(fileFor(u)) ? gz(readFileSync(fileFor(u))) : 0), 0)
    + [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + gz(Buffer.from(m[1])), 0);
  const bytes = own + gz(themaCss) + Math.max(importedBytes, heaviestThema);
  cssRows.push({ url, bytes, ok: bytes <= CSS_BUDGET });
}
cssRows.sort((a, b) => a.url.localeCompare(b.url));
if (!process.argv.includes("--json")) {
  const worst = cssRows.reduce((a, b) => (b.bytes > a.bytes ? b : a), { url: "", bytes: 0 });
  console.log(`CSS per pagina (gzip, met thema.css en het zwaarste thema van ${themaFiles.length}, ${(heaviestThema / 1024).toFixed(1)} KB): hoogste ${(worst.bytes / 1024).toFixed(1)} KB (${worst.url}) / ${(CSS_BUDGET / 1024).toFixed(1)} KB`);
  for (const r of cssRows.filter((r) => !r.ok)) console.log(`✗ ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  css  ${r.url}`);
}
if (themaFiles.length === 0) {
  console.error("dist/themas/ ontbreekt of is leeg: de thema's zijn niet gebouwd.");
  process.exitCode = 1;
}
const cssOver = cssRows.filter((r) => !r.ok);
if (cssOver.length) {
  console.error(`${cssOver.length} pagina('s) boven het CSS-budget.`);
  process.exitCode = 1;
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`${over.length} pagina('s) boven budget.`);
  process.exit(1);
}
