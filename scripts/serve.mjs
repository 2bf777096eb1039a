#!/usr/bin/env node
// A tiny static server for the built site, used by the e2e tests: no dependency, starts in
// milliseconds and stops cleanly (astro preview leaves a process holding the port when killed).
// Usage: node scripts/serve.mjs [dir=dist] [port=4321]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { CONTENT_TYPES as types } from "../server/contentTypes.ts";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4321);

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, "index.html");
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  // Directory URLs without a trailing slash redirect, as on a real static host.
  if (!url.pathname.endsWith("/") && !extname(url.pathname)) {
    const asDir = await resolveFile(url.pathname + "/");
    if (asDir) {
      res.writeHead(301, { Location: url.pathname + "/" + url.search });
      res.end();
      return;
    }
  }
  const file = await resolveFile(url.pathname);
  if (!file) {
    const notFound = await readFile(join(root, "404.html")).catch(() => Buffer.from("Niet gevonden"));
    res.writeHead(404, { "Content-Type": types[".html"] });
    res.end(notFound);
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    "Content-Type": types[extname(file)] ?? "application/octet-stream",
    "Cache-Control": file.includes("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}).listen(port, "127.0.0.1", () => console.log(`Raadskompas: http://127.0.0.1:${port}/ (map ${root})`));
