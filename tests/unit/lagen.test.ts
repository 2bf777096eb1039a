/**
 * Dependencies point one way, down: pages → islands → ui → lib → schemas → vocabulary (issue 18).
 * Walks every import in src/ (static, `export … from` and dynamic `import()`), and fails on a cycle or
 * on a layer that reaches up.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve("src");
const CODE = /\.(ts|tsx|mjs|js|astro)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : CODE.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;

/** The project files a file imports (relative specifiers only; packages are outside the layers). */
export function importsOf(file: string): string[] {
  let text = readFileSync(file, "utf8");
  // In .astro files only the frontmatter and script blocks import.
  if (file.endsWith(".astro")) text = [...text.matchAll(/^---\n([\s\S]*?)\n---|<script[^>]*>([\s\S]*?)<\/script>/gm)].map((m) => m[1] ?? m[2] ?? "").join("\n");
  // Comments may mention imports (as this one does): drop them first.
  text = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec || !spec.startsWith(".")) continue;
    const target = resolve(dirname(file), spec.replace(/\?.*$/, ""));
    if (existsSync(target) && statSync(target).isFile()) out.push(target);
  }
  return out;
}

/** The layer of a file under src/, from its top folder. */
const LAYER_OF: Record<string, number> = { vocabulary: 0, schemas: 1, lib: 2, "content-loaders": 3, integrations: 3, islands: 4, components: 5, layouts: 6, pages: 7 };
const layerOf = (file: string) => {
  const top = relative(SRC, file).split("/")[0] ?? "";
  if (top === "islands") return relative(SRC, file).startsWith("islands/ui/") || relative(SRC, file).startsWith("islands/browser/") ? 3.5 : 4;
  return LAYER_OF[top];
};

function graph(root = SRC): Map<string, string[]> {
  return new Map(files(root).map((f) => [f, importsOf(f)]));
}

/** Strongly connected components with more than one file (or a file importing itself): the cycles. */
export function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (g.get(v) ?? []).includes(v)) out.push(comp.map((f) => relative(SRC, f)).sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

test("no import cycle anywhere in src/", () => {
  assert.deepEqual(cycles(graph()), []);
});

test("no layer imports a layer above it (schemas never import lib, lib never imports islands)", () => {
  const up: string[] = [];
  for (const [file, deps] of graph()) {
    const from = layerOf(file);
    if (from === undefined) continue;
    for (const dep of deps) {
      const to = layerOf(dep);
      if (to !== undefined && to > from) up.push(`${relative(SRC, file)} → ${relative(SRC, dep)}`);
    }
  }
  assert.deepEqual(up, []);
});

test("src/lib stays free of Astro and the DOM's modules", () => {
  const bad = files(join(SRC, "lib")).filter((f) => /from\s+["'](astro(:|\/|["'])|preact)/.test(readFileSync(f, "utf8")));
  assert.deepEqual(bad.map((f) => relative(SRC, f)), []);
});

test("the cycle finder finds a cycle", () => {
  const g = new Map([
    [join(SRC, "a.ts"), [join(SRC, "b.ts")]],
    [join(SRC, "b.ts"), [join(SRC, "a.ts")]],
    [join(SRC, "c.ts"), [join(SRC, "a.ts")]],
  ]);
  assert.deepEqual(cycles(g), [["a.ts", "b.ts"]]);
});
