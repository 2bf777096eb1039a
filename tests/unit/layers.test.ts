/**
 * The layer rule of ADR 0017: dependencies in src/ point one way, down
 * (pages → islands → ui → lib → schemas → vocabulary), and no import cycle anywhere in src/.
 * Walks every import (static, dynamic, type-only and worker URLs) of every file in src/.
 * LAYERS_ROOT=<dir> runs it against another tree (used to check it fails on the tree before ADR 0017).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(process.env["LAYERS_ROOT"] ?? join(import.meta.dirname, "../.."));
const src = join(root, "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx|mts|mjs|js|astro)$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

const SPEC = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)["']([^"']+)["']/g;

/** Every import of a file: relative ones resolved to a path, bare ones (packages) as written. */
function importsOf(file: string): { local: string[]; bare: string[] } {
  const code = readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
  const local: string[] = [];
  const bare: string[] = [];
  for (const m of code.matchAll(SPEC)) {
    const spec = (m[1] ?? "").split("?")[0] ?? "";
    if (spec.startsWith(".")) {
      const target = resolve(dirname(file), spec);
      if (existsSync(target) && statSync(target).isFile()) local.push(target);
    } else bare.push(spec);
  }
  return { local, bare };
}

const all = files(src);
const graph = new Map(all.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(src, f).split("\\").join("/");
const layerOf = (f: string) => rel(f).split("/")[0] ?? "";
/** The folder below src/islands/ ("ui", "browser", "visie", …), or "" outside the islands. */
const islandPart = (f: string) => (rel(f).startsWith("islands/") ? (rel(f).split("/")[1] ?? "") : "");

/** What each layer may import from src/ (itself always included). */
const ALLOWED: Record<string, string[]> = {
  vocabulary: [],
  schemas: ["vocabulary"],
  lib: ["schemas", "vocabulary"],
  islands: ["lib", "schemas", "vocabulary"],
  "content-loaders": ["lib", "schemas", "vocabulary"],
  integrations: ["lib", "schemas", "vocabulary"],
};

function violations(): string[] {
  const out: string[] = [];
  for (const [file, { local, bare }] of graph) {
    const from = layerOf(file);
    for (const target of local) {
      const to = layerOf(target);
      const allowed = ALLOWED[from];
      if (allowed && to !== from && !allowed.includes(to)) out.push(`${rel(file)} → ${rel(target)} (${from} mag niet naar ${to})`);
      // Inside the islands: ui and browser are shared by every section and know none of them.
      const a = islandPart(file);
      const b = islandPart(target);
      if (a && b && a !== b) {
        const shared = ["ui", "browser"];
        if (a === "browser" && b !== "browser") out.push(`${rel(file)} → ${rel(target)} (browser/ mag alleen browser/ gebruiken)`);
        else if (a === "ui" && b !== "browser") out.push(`${rel(file)} → ${rel(target)} (ui/ kent geen onderdeel)`);
        else if (!shared.includes(a) && !shared.includes(b)) out.push(`${rel(file)} → ${rel(target)} (onderdelen gebruiken elkaar niet; deel het via ui/ of lib/)`);
      }
    }
    // lib/ is plain TypeScript shared with the CLI: nothing from Astro or Preact.
    if (from === "lib" || from === "schemas" || from === "vocabulary") {
      for (const b of bare) if (/^(astro|@astrojs|preact)(\/|$)|^astro:/.test(b)) out.push(`${rel(file)} → ${b} (${from} blijft vrij van Astro en Preact)`);
    }
    if (from === "vocabulary") for (const b of bare) out.push(`${rel(file)} → ${b} (vocabulary importeert niets)`);
  }
  return out;
}

/** Every cycle, as the files in it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.local ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w) {
          on.delete(w);
          scc.push(w);
        }
      } while (w && w !== v);
      const selfLoop = graph.get(v)?.local.includes(v) ?? false;
      if (scc.length > 1 || selfLoop) found.push(scc.map(rel).sort());
    }
  };
  for (const f of graph.keys()) if (!idx.has(f)) visit(f);
  return found;
}

test("the walk sees the whole of src/", () => {
  assert.ok(all.length > 100, `${all.length} bestanden`);
  assert.ok([...graph.values()].some((g) => g.local.length > 0));
});

test("dependencies point one way: pages → islands → ui → lib → schemas → vocabulary", () => {
  assert.deepEqual(violations(), []);
});

test("no import cycle anywhere in src/", () => {
  assert.deepEqual(cycles(), []);
});

test("islands live in a folder per part, and no island file is above 350 lines (ADR 0017)", () => {
  const islands = all.filter((f) => rel(f).startsWith("islands/"));
  assert.deepEqual(islands.filter((f) => rel(f).split("/").length < 3).map(rel), []);
  const long = islands.map((f) => [rel(f), readFileSync(f, "utf8").split("\n").length] as const).filter(([, n]) => n > 350);
  assert.deepEqual(long, []);
});
