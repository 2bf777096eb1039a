/**
 * The live protocol as the pages will run it, for tests and scripts: a griffier starts a session, a
 * raadslid joins with the link and sends a bijdrage. Only src/lib/live, no shortcuts past the server.
 */
import { makeBijeenkomst } from "../src/lib/leeratelier/files.ts";
import { createLiveClient, type LiveClient } from "../src/lib/live/client.ts";
import { newDeelnemer, openMeta, sealBijdrage, type Deelnemer } from "../src/lib/live/deelnemer.ts";
import { newGriffierSession, sealMeta, type GriffierSession } from "../src/lib/live/griffier.ts";
import type { FetchLike } from "../src/lib/live/sse.ts";
import type { Bijdrage } from "../src/schemas/bijdrage.ts";
import type { Bijeenkomst } from "../src/schemas/bijeenkomst.ts";
import type { LiveMeta } from "../src/schemas/liveMeta.ts";

export function client(base: string, f: FetchLike = fetch): LiveClient {
  return createLiveClient({ fetch: f, base });
}

export function bijeenkomstFor(title: string): Bijeenkomst {
  return makeBijeenkomst({ title, date: "2026-12-03", onderdelen: ["waarden"], startvraag: "", fracties: [], stellingen: ["Nabijheid", "Eigen regie"], vraagsoort: "belang" });
}

export function bijdrageFor(b: Bijeenkomst, naam: string, waarde: string, score = 3): Bijdrage {
  return {
    format: "raadskompas-bijdrage",
    version: 2,
    vraagsoort: "belang",
    id: `bd-${naam.replace(/\W/g, "")}`,
    bijeenkomst: { id: b.id, title: b.title },
    naam,
    fractie: "",
    createdAt: new Date().toISOString(),
    waarden: [{ id: "w0", name: waarde, meaning: "", top: false }],
    principes: [],
    resultaten: [],
    kwaliteitseisen: [],
    koppelingen: [],
    waardemodellen: [],
    preventie: null,
    koerskaarten: {},
    scores: [{ stelling: "Nabijheid", score }],
  };
}

export async function startSession(c: LiveClient, title = "Live leeratelier"): Promise<{ session: GriffierSession; bijeenkomst: Bijeenkomst }> {
  const bijeenkomst = bijeenkomstFor(title);
  const session = await newGriffierSession(bijeenkomst);
  await c.createSession(session.sid, session.adminSecret, await sealMeta(session, bijeenkomst));
  return { session, bijeenkomst };
}

export interface Joined {
  who: Deelnemer;
  meta: LiveMeta;
  send(b: Bijdrage): Promise<{ rev: number; nieuw: boolean }>;
}

export async function join(c: LiveClient, link: { sid: string; key: string }): Promise<Joined> {
  const meta = await openMeta(link, await c.session(link.sid));
  const who = newDeelnemer(link.sid);
  return {
    who,
    meta,
    send: async (b) => c.putBijdrage(who.sid, who.pid, who.secret, await sealBijdrage(meta, who, b)),
  };
}
