/**
 * The raadslid's side: opening the session meta with the key from the link, sealing a bijdrage for the
 * griffier, and reading the gedeelde uitkomst.
 */
import type { Bijdrage } from "../../schemas/bijdrage.ts";
import type { FeedUitkomst } from "../../schemas/liveFeed.ts";
import type { LiveEnvelope } from "../../schemas/liveEnvelope.ts";
import { liveMetaSchema, type LiveMeta } from "../../schemas/liveMeta.ts";
import type { SessionInfo } from "../../schemas/liveSession.ts";
import { LiveError } from "./client.ts";
import { aad, envelopeBytes, importKey, newId, newSecret, open, sealFor, text } from "./crypto.ts";
import { LIVE_LIMITS } from "./limits.ts";
import type { JoinLink } from "./link.ts";

/** A participant's identity in one session, made and kept by their own browser. */
export interface Deelnemer {
  sid: string;
  pid: string;
  /** Write secret: only this browser can overwrite or withdraw this bijdrage. */
  secret: string;
}

export function newDeelnemer(sid: string): Deelnemer {
  return { sid, pid: newId(), secret: newSecret() };
}

const NIET_TE_OPENEN = "Deze sessie kan niet worden geopend met deze link: de sleutel klopt niet. Scan de QR-code opnieuw.";

/** Decrypts and checks the meta; a wrong key or a tampered meta is one clear message. */
export async function openMeta(link: JoinLink, info: SessionInfo): Promise<LiveMeta> {
  let json: unknown;
  try {
    json = JSON.parse(text(await open(await importKey(link.key), aad.meta(link.sid), info.meta)));
  } catch {
    throw new LiveError(400, "sleutel", NIET_TE_OPENEN);
  }
  const parsed = liveMetaSchema.safeParse(json);
  if (!parsed.success) throw new LiveError(400, "meta", "De gegevens van deze sessie zijn niet te lezen. Vraag de griffie om een nieuwe link.");
  return parsed.data;
}

/** Seals the bijdrage for the griffier; refuses beforehand what the server would refuse for its size. */
export async function sealBijdrage(meta: LiveMeta, who: Deelnemer, bijdrage: Bijdrage): Promise<LiveEnvelope> {
  const env = await sealFor(meta.griffierSleutel, aad.bijdrage(who.sid, who.pid), JSON.stringify(bijdrage));
  if (envelopeBytes(env) > LIVE_LIMITS.bijdrageBytes) {
    throw new LiveError(413, "te-groot", `Je bijdrage is te groot om live te versturen (hooguit ${LIVE_LIMITS.bijdrageBytes / 1024} KB versleuteld). Maak haar korter, of download haar als bestand voor de griffie.`);
  }
  return env;
}

export async function openUitkomst(link: JoinLink, u: FeedUitkomst): Promise<unknown> {
  try {
    return JSON.parse(text(await open(await importKey(link.key), aad.uitkomst(link.sid), u.envelope)));
  } catch {
    throw new LiveError(400, "sleutel", "De gedeelde uitkomst kan niet worden geopend met deze link.");
  }
}
