#!/usr/bin/env node
// Compares the built HTML of two builds, page by page, for a change that should not change the site
// (a move of source files, ADR 0017). Differences that only follow from the build are normalised away:
//  - hashed asset names: /_astro/Foo.AbC123.js → /_astro/Foo.js (also in component-url, renderer-url
//    and inline scripts);
//  - the CSP hashes: they are the hashes of the inline scripts and styles, which are compared themselves
//    (after the same normalisation); each page's CSP must still hold a hash of every inline script and
//    style of that page, checked apart;
//  - the uid of an astro-island: Astro hashes it from the component's source path, which a move
//    changes; each uid is replaced by its number of appearance in the page (uid1, uid2, …);
//  - whitespace between tags and runs of whitespace.
// Usage: node scripts/compare-dist.mjs <before-dist> <after-dist>   Exits 1 on any difference.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";

const [before, after] = process.argv.slice(2);
if (!before || !after || !existsSync(before) || !existsSync(after)) {
  console.error("gebruik: node scripts/compare-dist.mjs <dist-voor> <dist-na>");
  process.exit(2);
}

const pages = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return pages(p);
    return name.endsWith(".html") ? [p] : [];
  });

const inlineBodies = (html) =>
  [...html.matchAll(/<(script|style)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => m[2]);

/** Every inline script and style must have its hash in the page's CSP, or the browser blocks it. */
function cspCovers(html) {
  const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? "";
  const hashes = new Set([...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]));
  return inlineBodies(html).filter((body) => body.trim() && !hashes.has(createHash("sha256").update(body).digest("base64")));
}

const renumberUids = (html) => {
  const seen = new Map();
  return html.replace(/\buid="([^"]+)"/g, (_, uid) => {
    if (!seen.has(uid)) seen.set(uid, `uid${seen.size + 1}`);
    return `uid="${seen.get(uid)}"`;
  });
};

const normalise = (html) =>
  renumberUids(html)
    .replace(/(\/_astro\/[\w.-]*?)\.[\w-]{8}(\.(?:js|css|mjs|wasm|png|svg|woff2?))/g, "$1$2")
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256'")
    .replace(/>\s+</g, "><")
    .replace(/\s+/g, " ")
    .trim();

const rel = (root) => new Set(pages(root).map((p) => relative(root, p)));
const a = rel(before);
const b = rel(after);
let failures = 0;
for (const p of [...a].filter((p) => !b.has(p))) (failures++, console.log(`alleen in ${before}: ${p}`));
for (const p of [...b].filter((p) => !a.has(p))) (failures++, console.log(`alleen in ${after}: ${p}`));
let same = 0;
for (const p of [...a].filter((p) => b.has(p)).sort()) {
  const htmlB = readFileSync(join(after, p), "utf8");
  const x = normalise(readFileSync(join(before, p), "utf8"));
  const y = normalise(htmlB);
  const uncovered = cspCovers(htmlB);
  if (uncovered.length) (failures++, console.log(`${p}: ${uncovered.length} inline script(s)/stijl(en) zonder hash in de CSP`));
  if (x === y) {
    same++;
    continue;
  }
  failures++;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  console.log(`${p}: verschilt vanaf teken ${i}\n  voor: …${x.slice(Math.max(0, i - 80), i + 120)}…\n  na:   …${y.slice(Math.max(0, i - 80), i + 120)}…`);
}
console.log(`${same} van ${a.size} pagina's gelijk (na normalisatie), ${failures} verschil(len).`);
process.exit(failures ? 1 : 0);
