/**
 * Serves the built site from memory. Every file of dist/ is read once at startup (the site is a few MB),
 * so a URL can only ever name a file that is in the build: there is no path to traverse. Each page's
 * Content-Security-Policy from its <meta http-equiv> is also sent as a real header, with the directive a
 * <meta> cannot carry (frame-ancestors). Text files are gzipped once, at startup.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json; charset=utf-8",
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Headers on every response (README, "Beveiliging en hosting"). */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** For files that are not pages (scripts, the service worker, images): what the README tells hosts to send. */
export const FILE_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
/** For the API's JSON and a page without its own <meta> policy. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

interface SiteFile {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
  etag: string;
  cacheControl: string;
  csp: string;
}

const META_CSP = /<meta\s+http-equiv=["']content-security-policy["']\s+content=(?:"([^"]*)"|'([^']*)')/i;

function decodeEntities(s: string): string {
  return s.replace(/&(#39|#x27|quot|amp|lt|gt);/g, (_, e: string) => ({ "#39": "'", "#x27": "'", quot: '"', amp: "&", lt: "<", gt: ">" })[e] ?? "");
}

/** The page's own policy plus frame-ancestors; header values cannot hold line breaks. */
export function cspForHtml(html: string): string {
  const m = META_CSP.exec(html);
  const policy = m ? decodeEntities(m[1] ?? m[2] ?? "").replace(/[\r\n]+/g, " ").trim().replace(/;\s*$/, "") : "";
  return policy ? `${policy}; frame-ancestors 'none'` : API_CSP;
}

function cacheControlFor(path: string): string {
  // Hashed build assets never change under the same name; everything else (pages, sw.js, thema.css,
  // zoekindex.json) is revalidated on each use, so a new release shows at once.
  return path.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache";
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}

export interface StaticSite {
  /** Number of files served. */
  readonly files: number;
  /** A response for GET/HEAD `pathname`, or null for a method other than GET/HEAD. */
  respond(method: string, pathname: string, search: string, headers: Headers): Response | null;
}

export async function loadSite(distDir: string): Promise<StaticSite> {
  const files = new Map<string, SiteFile>();
  for (const file of await walk(distDir)) {
    const path = "/" + relative(distDir, file).split(sep).join("/");
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    const isHtml = type.startsWith("text/html");
    const gzipped = COMPRESSIBLE.test(type) && body.length > 1024 ? await gzipAsync(body, { level: 9 }) : null;
    files.set(path, {
      body,
      gzipped: gzipped && gzipped.length < body.length ? gzipped : null,
      type,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
      cacheControl: cacheControlFor(path),
      csp: isHtml ? cspForHtml(body.toString("utf8")) : FILE_CSP,
    });
  }

  function send(f: SiteFile, status: number, method: string, headers: Headers): Response {
    const useGzip = f.gzipped !== null && /\bgzip\b/.test(headers.get("accept-encoding") ?? "");
    const h = new Headers({
      "Content-Type": f.type,
      "Cache-Control": status === 200 ? f.cacheControl : "no-cache",
      "Content-Security-Policy": f.csp,
      ETag: f.etag,
      Vary: "Accept-Encoding",
    });
    if (status === 200 && headers.get("if-none-match") === f.etag) return new Response(null, { status: 304, headers: h });
    const body = useGzip ? f.gzipped! : f.body;
    if (useGzip) h.set("Content-Encoding", "gzip");
    h.set("Content-Length", String(body.length));
    return new Response(method === "HEAD" ? null : new Uint8Array(body), { status, headers: h });
  }

  return {
    files: files.size,
    respond(method, pathname, search, headers) {
      if (method !== "GET" && method !== "HEAD") return null;
      let path: string;
      try {
        path = decodeURIComponent(pathname);
      } catch {
        path = "";
      }
      const exact = files.get(path.endsWith("/") ? path + "index.html" : path);
      if (exact) return send(exact, 200, method, headers);
      // A directory URL without its slash redirects, as on a real static host (trailingSlash: "always").
      if (!path.endsWith("/") && files.has(path + "/index.html")) {
        return new Response(null, { status: 301, headers: { Location: encodeURI(path) + "/" + search, "Cache-Control": "no-cache" } });
      }
      const notFound = files.get("/404.html");
      if (notFound) return send(notFound, 404, method, headers);
      return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": API_CSP } });
    },
  };
}
