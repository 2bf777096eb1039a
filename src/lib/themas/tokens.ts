/**
 * Turns an NL Design System theme package (a stylesheet full of custom properties) into the small,
 * self-contained theme Raadskompas ships in /themas/: only the tokens the site's CSS uses (and what
 * those refer to), on :root, with system fonts behind licensed ones and nothing from another origin.
 * Pure: no file system, so the build integration and the unit tests share it (ADR 0031).
 */

/** Custom properties in declaration order; a later declaration of the same name wins, as in CSS. */
export type Tokens = Map<string, string>;

/**
 * The custom properties declared directly inside the style rules of a stylesheet (`:root { --x: 1 }`,
 * `.utrecht-theme { … }`). Declarations inside @media and other at-rules are skipped: a theme for one
 * colour scheme or one screen width is not the theme itself.
 */
export function parseTokens(css: string): Tokens {
  const tokens: Tokens = new Map();
  let depth = 0;
  let inAtRule = 0; // depth at which an at-rule block opened (0: none)
  let prelude = "";
  let decl = "";
  let quote = "";
  let parens = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i] as string;
    if (!quote && c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end === -1 ? css.length : end + 1;
      continue;
    }
    if (quote) {
      if (c === "\\") {
        decl += c + (css[i + 1] ?? "");
        i++;
        continue;
      }
      if (c === quote) quote = "";
      decl += c;
      continue;
    }
    if (depth > 0 && (c === '"' || c === "'")) {
      quote = c;
      decl += c;
      continue;
    }
    if (depth > 0 && c === "(") parens++;
    if (depth > 0 && c === ")") parens = Math.max(0, parens - 1);
    if (c === "{" && parens === 0) {
      if (depth === 0 && prelude.trim().startsWith("@")) inAtRule = 1;
      else if (depth > 0 && decl.trim().startsWith("@")) inAtRule = inAtRule || depth + 1;
      depth++;
      prelude = "";
      decl = "";
      continue;
    }
    if (c === "}" && parens === 0) {
      if (!inAtRule) addDeclaration(tokens, decl);
      if (inAtRule === depth) inAtRule = 0;
      depth = Math.max(0, depth - 1);
      decl = "";
      continue;
    }
    if (depth === 0) {
      prelude += c;
      if (c === ";") prelude = "";
      continue;
    }
    if (c === ";" && parens === 0) {
      if (!inAtRule) addDeclaration(tokens, decl);
      decl = "";
      continue;
    }
    decl += c;
  }
  return tokens;
}

function addDeclaration(tokens: Tokens, decl: string) {
  const d = decl.trim();
  if (!d.startsWith("--")) return;
  const colon = d.indexOf(":");
  if (colon === -1) return;
  const name = d.slice(0, colon).trim();
  const value = d.slice(colon + 1).trim();
  if (!/^--[\w-]+$/.test(name) || value === "") return;
  tokens.set(name, value);
}

/** The custom properties a piece of CSS reads with var(--…). */
export function referencedTokens(text: string): Set<string> {
  return new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] as string));
}

/** The tokens in `roots` that the theme declares, plus every token their values refer to, recursively. */
export function tokenClosure(theme: Tokens, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop() as string;
    if (seen.has(name) || !theme.has(name)) continue;
    seen.add(name);
    for (const ref of referencedTokens(theme.get(name) as string)) if (!seen.has(ref)) stack.push(ref);
  }
  return seen;
}

const GENERIC = new Set(["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-sans-serif", "ui-serif", "ui-monospace"]);

/** Fonts every device has; the stack ends on the theme's own generic family. */
export const SYSTEM_FONTS = {
  "sans-serif": 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: 'Georgia, Cambria, "Times New Roman", Times, serif',
  monospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
} as const;

function splitFamilies(value: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = "";
  for (const c of value) {
    if (quote) {
      if (c === quote) quote = "";
      cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ",") {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/**
 * A font-family value with the system fonts behind the theme's own: a gemeente's licensed font
 * (RijksSansVF, TheSans, Avenir) shows where it is installed, everywhere else a system font of the same
 * kind. The site never loads a font file, so nothing is fetched and the CSP's font-src stays 'self'.
 */
export function withSystemFallback(value: string): string {
  if (/var\(/.test(value)) return value;
  const families = splitFamilies(value);
  const generic = families.map((f) => f.replace(/^["']|["']$/g, "").toLowerCase()).find((f) => GENERIC.has(f));
  const kind = generic === "serif" || generic === "ui-serif" ? "serif" : generic === "monospace" || generic === "ui-monospace" ? "monospace" : "sans-serif";
  const named = families.filter((f) => !GENERIC.has(f.replace(/^["']|["']$/g, "").toLowerCase()));
  return [...named, SYSTEM_FONTS[kind]].join(", ");
}

/** True when a value would make the browser fetch something (a url() that is not a data: URL). */
export function fetchesSomething(value: string): boolean {
  for (const m of value.matchAll(/url\(\s*(["']?)([^"')]*)/g)) if (!/^data:/i.test((m[2] ?? "").trim())) return true;
  return /@import/i.test(value);
}

/** Where a shipped theme comes from; written into the head of its stylesheet. */
export interface ThemaBron {
  /** File name in /themas/ without .css. */
  naam: string;
  /** Name people know it by. */
  label: string;
  /** npm package and version it was made from. */
  pakket: string;
  versie: string;
  /** Licence of the package, as its package.json or LICENSE.md says. */
  licentie: string;
}

/** The theme stylesheet: the used tokens, in the package's order, on :root. */
export function renderThema(bron: ThemaBron, theme: Tokens, used: Iterable<string>): { css: string; tokens: number; dropped: string[] } {
  const keep = tokenClosure(theme, used);
  const dropped: string[] = [];
  const lines: string[] = [];
  for (const [name, raw] of theme) {
    if (!keep.has(name)) continue;
    if (fetchesSomething(raw)) {
      dropped.push(name);
      continue;
    }
    const value = /font-family$/.test(name) ? withSystemFallback(raw) : raw;
    lines.push(`  ${name}: ${value};`);
  }
  const head = [
    `/* Raadskompas-thema "${bron.label}" (${bron.naam}.css), gemaakt bij het bouwen uit ${bron.pakket}@${bron.versie}.`,
    ` * Licentie van het pakket: ${bron.licentie}. Alleen de tokens die Raadskompas gebruikt; systeemlettertypen`,
    ` * achter lettertypen met een licentie. Niet met de hand aanpassen: zie README, "Thema van je gemeente". */`,
  ];
  return { css: `${head.join("\n")}\n:root {\n${lines.join("\n")}\n}\n`, tokens: lines.length, dropped };
}
