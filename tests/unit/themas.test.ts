/**
 * The themes in /themas/: made from the installed NL Design System packages, small, self-contained, and
 * never pointing at another origin or a font file (ADR 0031).
 */
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, test } from "node:test";
import { fetchesSomething, parseTokens, renderThema, SYSTEM_FONTS, tokenClosure, withSystemFallback } from "../../src/lib/themas/tokens.ts";
import { readThemas, writeThemas } from "../../src/integrations/themas.mjs";
import { themasSchema } from "../../src/schemas/thema.ts";

const tmp = mkdtempSync(join(tmpdir(), "themas-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

test("parseTokens reads the custom properties of style rules, not those inside @media, and keeps data URLs whole", () => {
  const css = `/* kop */ @charset "utf-8";
.x-theme { --a: #fff; --b: var(--a); color: red; --icon: url("data:image/svg+xml;utf8,<svg a='1;2'></svg>"); }
@media (prefers-color-scheme: dark) { .x-theme { --a: #000; } }
:root{--c:1px}`;
  const t = parseTokens(css);
  assert.deepEqual([...t.keys()], ["--a", "--b", "--icon", "--c"]);
  assert.equal(t.get("--a"), "#fff");
  assert.equal(t.get("--icon"), `url("data:image/svg+xml;utf8,<svg a='1;2'></svg>")`);
  assert.equal(t.get("--c"), "1px");
});

test("tokenClosure follows var() references and skips what the theme does not declare", () => {
  const t = parseTokens(":root { --btn: var(--blue); --blue: var(--blue-35, #00f); --blue-35: #124; --unused: 1px; }");
  assert.deepEqual([...tokenClosure(t, ["--btn", "--not-in-theme"])].sort(), ["--blue", "--blue-35", "--btn"]);
});

test("a licensed font keeps its name but falls back to system fonts of the same kind", () => {
  assert.equal(withSystemFallback('"TheSans", sans-serif'), `"TheSans", ${SYSTEM_FONTS["sans-serif"]}`);
  assert.equal(withSystemFallback("'Noto Serif', serif"), `'Noto Serif', ${SYSTEM_FONTS.serif}`);
  assert.equal(withSystemFallback("var(--x)"), "var(--x)");
  assert.match(withSystemFallback('"RijksSansVF"'), /system-ui.*sans-serif$/);
});

test("a token that would fetch from elsewhere is left out of the theme", () => {
  assert.equal(fetchesSomething('url("https://cdn.example/font.woff2")'), true);
  assert.equal(fetchesSomething("url(/img/logo.svg)"), true);
  assert.equal(fetchesSomething('url("data:image/svg+xml,%3Csvg%3E")'), false);
  const t = parseTokens(':root { --logo: url("https://example.org/logo.svg"); --c: red; }');
  const { css, dropped } = renderThema({ naam: "x", label: "X", pakket: "x", versie: "1.0.0", licentie: "EUPL-1.2" }, t, ["--logo", "--c"]);
  assert.deepEqual(dropped, ["--logo"]);
  assert.doesNotMatch(css, /example\.org/);
  assert.match(css, /:root \{\n {2}--c: red;\n\}/);
});

test("themas.json names a default that exists and no theme twice; a bad entry gets a Dutch message", () => {
  const ok = readThemas(process.cwd());
  assert.ok(ok.themas.length >= 4);
  assert.ok(ok.themas.some((t) => t.naam === ok.standaard));
  const bad = themasSchema.safeParse({ standaard: "weg", themas: [{ naam: "Den Haag", label: "x", pakket: "p", bestand: "../x.css", licentie: "EUPL" }] });
  assert.equal(bad.success, false);
  const messages = bad.error?.issues.map((i) => i.message).join(" | ") ?? "";
  assert.match(messages, /kleine letters/);
  assert.match(messages, /buiten het pakket/);
  assert.match(messages, /standaard "weg" is geen van de thema's/);
});

test("public/thema.css imports the default theme with one line", () => {
  const { standaard } = readThemas(process.cwd());
  const imports = [...readFileSync("public/thema.css", "utf8").matchAll(/^@import url\("([^"]+)"\);$/gm)].map((m) => m[1]);
  assert.deepEqual(imports, [`/themas/${standaard}.css`]);
});

test("every shipped theme is built from its package: only used tokens, on :root, small, nothing from elsewhere", () => {
  const dist = join(tmp, "dist");
  mkdirSync(join(dist, "_astro"), { recursive: true });
  // The CSS of a tiny site: a button and a link from the component library, and the document font.
  writeFileSync(join(dist, "_astro", "site.css"), ".b { background: var(--utrecht-button-primary-action-background-color); color: var(--utrecht-button-primary-action-color); } a { color: var(--utrecht-link-color); }");
  writeFileSync(join(dist, "index.html"), "<style>body { font-family: var(--utrecht-document-font-family); }</style>");
  const written = writeThemas(process.cwd(), dist);
  const { themas } = readThemas(process.cwd());
  assert.deepEqual(written.map((w) => w.naam), themas.map((t) => t.naam));
  for (const t of themas) {
    const css = readFileSync(join(dist, "themas", `${t.naam}.css`), "utf8");
    assert.match(css, new RegExp(`gemaakt bij het bouwen uit ${t.pakket.replace(/[/.]/g, "\\$&")}@\\d`), t.naam);
    assert.match(css, /\n:root \{\n/, t.naam);
    assert.doesNotMatch(css, /@import|@font-face|url\((?!\s*["']?data:)/, `${t.naam}: laadt niets van elders`);
    assert.match(css, /--utrecht-link-color:/, t.naam);
    // Far below the package itself: only what the tiny site reads.
    assert.ok(gzipSync(css).length < 2048, `${t.naam}: ${gzipSync(css).length} bytes`);
    assert.doesNotMatch(css, /--utrecht-accordion/, `${t.naam}: geen ongebruikte tokens`);
    const fonts = [...css.matchAll(/font-family: ([^;]+);/g)].map((m) => m[1] ?? "").filter((v) => !v.startsWith("var("));
    for (const f of fonts) assert.match(f, /system-ui|Georgia|ui-monospace/, `${t.naam}: systeemlettertype achter ${f}`);
  }
});

test("a theme package that is not installed stops the build with a Dutch message", () => {
  const root = join(tmp, "project");
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "package.json"), "{}");
  writeFileSync(join(root, "themas.json"), JSON.stringify({ standaard: "eigen", themas: [{ naam: "eigen", label: "Eigen", pakket: "@gemeente-nergens/tokens", bestand: "dist/index.css", licentie: "EUPL-1.2" }] }));
  mkdirSync(join(root, "dist"), { recursive: true });
  assert.throws(() => writeThemas(root, join(root, "dist")), /het pakket @gemeente-nergens\/tokens is niet geïnstalleerd/);
});
