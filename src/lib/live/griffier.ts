/**
 * The griffier's side of a live session: making one, sealing its meta and the gedeelde uitkomst, and
 * opening bijdragen from the feed. Nothing here talks to the network; the page combines it with client.ts.
 */
import type { Bijeenkomst } from "../../schemas/bijeenkomst.ts";
import { bijdrageSchema, type Bijdrage } from "../../schemas/bijdrage.ts";
import type { FeedBijdrage } from "../../schemas/liveBijdrage.ts";
import type { LiveEnvelope } from "../../schemas/liveEnvelope.ts";
import { LIVE_META_FORMAT, type LiveMeta } from "../../schemas/liveMeta.ts";
import { aad, generateGriffierKeys, generateKey, importGriffierKey, importKey, newId, newSecret, openFrom, seal, text, DecryptError } from "./crypto.ts";

/** Everything the griffier's browser keeps about one live session. Never sent anywhere as a whole. */
export interface GriffierSession {
  sid: string;
  /** Session key for the join link (base64url). */
  key: string;
  /** Proves to the server that this browser may close or delete the session. */
  adminSecret: string;
  /** The private key that opens bijdragen. */
  griffierJwk: JsonWebKey;
  griffierPublic: string;
  bijeenkomstId: string;
}

export async function newGriffierSession(bijeenkomst: Bijeenkomst): Promise<GriffierSession> {
  const [{ raw }, keys] = await Promise.all([generateKey(), generateGriffierKeys()]);
  return { sid: newId(), key: raw, adminSecret: newSecret(), griffierJwk: keys.privateJwk, griffierPublic: keys.publicRaw, bijeenkomstId: bijeenkomst.id };
}

export async function sealMeta(session: GriffierSession, bijeenkomst: Bijeenkomst): Promise<LiveEnvelope> {
  const meta: LiveMeta = { format: LIVE_META_FORMAT, version: 1, bijeenkomst, griffierSleutel: session.griffierPublic };
  return seal(await importKey(session.key), aad.meta(session.sid), JSON.stringify(meta));
}

/** Sealed with the session key: every participant (and whoever has the link) can read it. */
export async function sealUitkomst(session: Pick<GriffierSession, "sid" | "key">, uitkomst: unknown): Promise<LiveEnvelope> {
  return seal(await importKey(session.key), aad.uitkomst(session.sid), JSON.stringify(uitkomst));
}

export type OpenedBijdrage =
  | { ok: true; pid: string; rev: number; bijdrage: Bijdrage; ontvangenOp: string }
  | { ok: true; pid: string; rev: number; bijdrage: null; ontvangenOp: string }
  | { ok: false; pid: string; rev: number; fout: string };

/** A reusable opener: imports the private key once for a whole feed. */
export async function bijdrageOpener(session: GriffierSession): Promise<(b: FeedBijdrage) => Promise<OpenedBijdrage>> {
  const griffier = await importGriffierKey(session.griffierJwk);
  return async (b) => {
    if (b.envelope === null) return { ok: true, pid: b.pid, rev: b.rev, bijdrage: null, ontvangenOp: b.ontvangenOp };
    let json: unknown;
    try {
      json = JSON.parse(text(await openFrom(griffier, aad.bijdrage(session.sid, b.pid), b.envelope)));
    } catch (e) {
      // Someone with the link but without the griffier's key cannot make a bijdrage that opens here.
      const fout = e instanceof DecryptError ? "Een bijdrage kon niet worden geopend (verkeerde sleutel of veranderd onderweg) en is overgeslagen." : "Een bijdrage bevat geen leesbare gegevens en is overgeslagen.";
      return { ok: false, pid: b.pid, rev: b.rev, fout };
    }
    const parsed = bijdrageSchema.safeParse(json);
    if (!parsed.success) return { ok: false, pid: b.pid, rev: b.rev, fout: "Een bijdrage heeft niet de vorm van een Raadskompas-bijdrage en is overgeslagen." };
    if (parsed.data.bijeenkomst.id !== session.bijeenkomstId) {
      return { ok: false, pid: b.pid, rev: b.rev, fout: "Een bijdrage hoort bij een andere bijeenkomst en is overgeslagen." };
    }
    return { ok: true, pid: b.pid, rev: b.rev, bijdrage: parsed.data, ontvangenOp: b.ontvangenOp };
  };
}
