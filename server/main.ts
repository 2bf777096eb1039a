#!/usr/bin/env node
/**
 * The gemeente's own Raadskompas server: the built site plus the live relay on one origin.
 * `npm start` builds and runs it; settings come from the environment (server/config.ts, README).
 */
import { existsSync } from "node:fs";
import { serve } from "@hono/node-server";
import type { Server } from "node:http";
import { LIVE_LIMITS } from "../src/lib/live/limits.ts";
import { createApp } from "./app.ts";
import { ConfigError, readConfig } from "./config.ts";
import { logError, logLine } from "./log.ts";
import { loadSite } from "./static.ts";
import { SqliteStore } from "./store/sqlite.ts";
import type { Store } from "./store/types.ts";

async function main(): Promise<void> {
  const config = readConfig();
  let store: Store;
  if (config.redisUrl) {
    // Loaded only when asked for: one gemeente on SQLite never loads the Redis client.
    const { RedisStore } = await import("./store/redis.ts");
    const redis = new RedisStore(config.redisUrl, LIVE_LIMITS.retentionMs);
    await redis.ready();
    store = redis;
  } else {
    store = new SqliteStore(config.dataDir);
  }
  const site = existsSync(config.distDir) ? await loadSite(config.distDir) : null;
  if (!site) logLine(`Let op: ${config.distDir} bestaat niet; alleen de live-API werkt. Bouw de site met \`npm run build\`.`);

  const app = createApp({ store, site, config });
  const sweep = async () => {
    try {
      const r = await store.sweep(Date.now(), LIVE_LIMITS.retentionMs);
      if (r.sessions + r.transfers > 0) logLine(`opgeruimd: ${r.sessions} sessies, ${r.transfers} overzettingen`);
    } catch (e) {
      logError("opruimen", e);
    }
  };
  await sweep();
  setInterval(sweep, 60_000).unref();

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = store.kind === "redis" ? "Redis" : `SQLite in ${config.dataDir}`;
    logLine(`Raadskompas luistert op http://${config.host}:${info.port}/ (live-opslag: ${where}; ${site?.files ?? 0} bestanden)`);
  }) as Server;
  // A request body must arrive within this time: a client that stops mid-send does not hold a socket.
  server.requestTimeout = LIVE_LIMITS.bodyTimeoutMs;
  server.headersTimeout = Math.min(LIVE_LIMITS.bodyTimeoutMs, 20_000);
  // Longer than a client's or proxy's idle keep-alive: otherwise the server closes a socket just as a client
  // reuses it, and that request fails with ECONNRESET (seen in bench:live on a busy machine).
  server.keepAliveTimeout = 65_000;
  server.on("error", (e) => {
    logError("server", e);
    process.exit(1);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    app.closeFeeds();
    server.close();
    server.closeAllConnections?.();
    void store.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
  } else {
    logError("opstarten", e);
    process.stderr.write("De server kon niet starten. Controleer PORT, HOST, RAADSKOMPAS_DATA en REDIS_URL.\n");
  }
  process.exit(1);
});
