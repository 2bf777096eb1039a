// @ts-check
/**
 * Writes /themas/<naam>.css for every theme in themas.json: one self-contained stylesheet per NL Design
 * System theme package, made at build time from the installed package (never copied by hand). Each
 * holds only the tokens that the built CSS reads, so a theme costs a few KB instead of 10–20 (ADR 0031).
 * In `astro dev` the same files are served from memory, with every token of the package.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { themasSchema } from "../schemas/thema.ts";
import { parseTokens, referencedTokens, renderThema } from "../lib/themas/tokens.ts";

/**
 * themas.json, checked; a mistake stops the build with a Dutch message.
 * @param {string} root project folder
 */
export function readThemas(root) {
  const file = join(root, "themas.json");
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`themas.json is niet te lezen: ${e instanceof Error ? e.message : e}`);
  }
  const parsed = themasSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`themas.json klopt niet: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(bestand)"}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/**
 * The tokens and origin of one theme package, read from node_modules.
 * @param {string} root
 * @param {import("../schemas/thema.ts").Thema} thema
 */
export function loadThema(root, thema) {
  const require = createRequire(join(root, "package.json"));
  let pkgJson;
  try {
    pkgJson = require.resolve(`${thema.pakket}/package.json`);
  } catch {
    throw new Error(`thema "${thema.naam}": het pakket ${thema.pakket} is niet geïnstalleerd. Voeg het toe met npm install --save-exact ${thema.pakket}.`);
  }
  const dir = dirname(pkgJson);
  const pkg = JSON.parse(readFileSync(pkgJson, "utf8"));
  let css;
  try {
    css = readFileSync(join(dir, thema.bestand), "utf8");
  } catch {
    throw new Error(`thema "${thema.naam}": ${thema.pakket} heeft geen bestand ${thema.bestand}.`);
  }
  const tokens = parseTokens(css);
  if (tokens.size === 0) throw new Error(`thema "${thema.naam}": ${thema.pakket}/${thema.bestand} bevat geen design tokens (--…).`);
  return { tokens, bron: { naam: thema.naam, label: thema.label, pakket: thema.pakket, versie: String(pkg.version), licentie: thema.licentie } };
}

/**
 * Every CSS text of the build: the bundled stylesheets and the <style> blocks Astro inlined in pages.
 * @param {string} dir
 * @returns {string[]}
 */
function builtCss(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "themas" ? [] : builtCss(p);
    if (name.endsWith(".css")) return [readFileSync(p, "utf8")];
    if (name.endsWith(".html")) return [...readFileSync(p, "utf8").matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
    return [];
  });
}

/**
 * Writes dist/themas/*.css. Exported for tests.
 * @param {string} root
 * @param {string} dist
 * @returns {{ naam: string; bytes: number; tokens: number; dropped: string[] }[]}
 */
export function writeThemas(root, dist) {
  const { themas } = readThemas(root);
  const used = new Set(builtCss(dist).flatMap((css) => [...referencedTokens(css)]));
  mkdirSync(join(dist, "themas"), { recursive: true });
  return themas.map((thema) => {
    const { tokens, bron } = loadThema(root, thema);
    const { css, tokens: count, dropped } = renderThema(bron, tokens, used);
    writeFileSync(join(dist, "themas", `${thema.naam}.css`), css);
    return { naam: thema.naam, bytes: Buffer.byteLength(css), tokens: count, dropped };
  });
}

/** @returns {import("astro").AstroIntegration} */
export default function themas() {
  /** @type {string} */
  let root = process.cwd();
  return {
    name: "raadskompas-themas",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        readThemas(root);
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const m = /^\/themas\/([a-z0-9-]+)\.css$/.exec((req.url ?? "").split("?")[0] ?? "");
          const thema = m && readThemas(root).themas.find((t) => t.naam === m[1]);
          if (!thema) return next();
          const { tokens, bron } = loadThema(root, thema);
          res.setHeader("Content-Type", "text/css; charset=utf-8");
          res.end(renderThema(bron, tokens, tokens.keys()).css);
        });
      },
      "astro:build:done": ({ dir, logger }) => {
        for (const t of writeThemas(root, fileURLToPath(dir))) {
          logger.info(`/themas/${t.naam}.css: ${t.tokens} tokens, ${(t.bytes / 1024).toFixed(1)} KB${t.dropped.length ? `; weggelaten (laadt iets van elders): ${t.dropped.join(", ")}` : ""}`);
        }
      },
    },
  };
}
