/**
 * Settings from the environment (README, "Een eigen live-server"). The limits themselves are in
 * src/lib/live/limits.ts, shared with the client.
 */
import { resolve } from "node:path";

export interface ServerConfig {
  host: string;
  port: number;
  /** Where the SQLite file lives (RAADSKOMPAS_DATA, default ./data). */
  dataDir: string;
  /** The built site (RAADSKOMPAS_DIST, default ./dist). */
  distDir: string;
  /** Shared store for several processes; null means SQLite. */
  redisUrl: string | null;
  /** Take the client address from X-Forwarded-For (only behind the gemeente's own reverse proxy). */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env["PORT"] ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT moet een getal van 0 tot 65535 zijn, niet "${env["PORT"]}".`);
  }
  const redisUrl = env["REDIS_URL"]?.trim() || null;
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError("REDIS_URL moet beginnen met redis:// of rediss://.");
  }
  const trust = (env["TRUST_PROXY"] ?? "").trim().toLowerCase();
  return {
    host: env["HOST"]?.trim() || "127.0.0.1",
    port,
    dataDir: resolve(env["RAADSKOMPAS_DATA"]?.trim() || "data"),
    distDir: resolve(env["RAADSKOMPAS_DIST"]?.trim() || "dist"),
    redisUrl,
    trustProxy: trust === "1" || trust === "true" || trust === "ja",
  };
}
