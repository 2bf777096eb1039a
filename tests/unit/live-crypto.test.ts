import { test } from "node:test";
import assert from "node:assert/strict";
import { fromBase64url, toBase64url } from "../../src/lib/live/base64url.ts";
import {
  aad,
  DecryptError,
  envelopeBytes,
  generateGriffierKeys,
  generateKey,
  gunzip,
  gzip,
  importGriffierKey,
  importKey,
  newId,
  newSecret,
  open,
  openFrom,
  seal,
  sealFor,
  text,
} from "../../src/lib/live/crypto.ts";
import { bijdrageOpener, newGriffierSession, sealMeta, sealUitkomst } from "../../src/lib/live/griffier.ts";
import { newDeelnemer, openMeta, openUitkomst, sealBijdrage } from "../../src/lib/live/deelnemer.ts";
import { LiveError } from "../../src/lib/live/client.ts";
import { LIVE_LIMITS } from "../../src/lib/live/limits.ts";
import { makeBijeenkomst } from "../../src/lib/leeratelier/files.ts";
import { liveEnvelopeSchema } from "../../src/schemas/liveEnvelope.ts";
import { putBijdrageRequestSchema } from "../../src/schemas/liveBijdrage.ts";
import { bijdrageFor } from "../liveFlow.ts";

const bijeenkomst = makeBijeenkomst({ title: "Live leeratelier", date: "2026-12-03", onderdelen: ["waarden"], startvraag: "", fracties: [], stellingen: ["Nabijheid"], vraagsoort: "belang" });


test("base64url round-trips every byte value and refuses other characters", () => {
  const all = new Uint8Array(256).map((_, i) => i);
  for (const n of [0, 1, 2, 3, 31, 32, 33, 256]) {
    const bytes = all.slice(0, n);
    const t = toBase64url(bytes);
    assert.match(t, /^[A-Za-z0-9_-]*$/);
    assert.deepEqual(fromBase64url(t), bytes);
  }
  assert.throws(() => fromBase64url("ab+c"));
  assert.throws(() => fromBase64url("abcde"));
});

test("ids and secrets have the lengths the schemas expect and do not repeat", () => {
  const ids = new Set(Array.from({ length: 200 }, newId));
  assert.equal(ids.size, 200);
  for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]{22}$/);
  assert.match(newSecret(), /^[A-Za-z0-9_-]{43}$/);
});

test("seal/open: the session key opens, a wrong key or other purpose does not", async () => {
  const { key, raw } = await generateKey();
  const env = await seal(key, aad.meta("s1"), "geheim token ZQX-1");
  assert.equal(liveEnvelopeSchema.safeParse(env).success, true);
  assert.equal(text(await open(await importKey(raw), aad.meta("s1"), env)), "geheim token ZQX-1");
  assert.ok(!JSON.stringify(env).includes("ZQX"), "plaintext visible in the envelope");
  const other = await generateKey();
  await assert.rejects(open(other.key, aad.meta("s1"), env), DecryptError);
  await assert.rejects(open(key, aad.meta("s2"), env), DecryptError, "an envelope moved to another session opened");
  await assert.rejects(open(key, aad.uitkomst("s1"), env), DecryptError, "the meta passed for an uitkomst");
  // One flipped bit anywhere in the ciphertext: GCM's tag refuses it.
  const ct = fromBase64url(env.ct);
  ct[0]! ^= 1;
  await assert.rejects(open(key, aad.meta("s1"), { ...env, ct: toBase64url(ct) }), DecryptError);
  // Each seal has its own nonce: the same text twice gives different ciphertext.
  const again = await seal(key, aad.meta("s1"), "geheim token ZQX-1");
  assert.notEqual(again.iv, env.iv);
  assert.notEqual(again.ct, env.ct);
});

test("importKey refuses a key of the wrong length", async () => {
  await assert.rejects(importKey(toBase64url(new Uint8Array(16))));
});

test("sealFor: only the griffier's private key opens a bijdrage, not the session key or another griffier", async () => {
  const g = await generateGriffierKeys();
  const env = await sealFor(g.publicRaw, aad.bijdrage("s", "p"), "mijn waarde: ZQX-2");
  assert.equal(putBijdrageRequestSchema.safeParse(env).success, true);
  const griffier = await importGriffierKey(g.privateJwk);
  assert.equal(griffier.publicRaw, g.publicRaw);
  assert.equal(text(await openFrom(griffier, aad.bijdrage("s", "p"), env)), "mijn waarde: ZQX-2");
  const other = await importGriffierKey((await generateGriffierKeys()).privateJwk);
  await assert.rejects(openFrom(other, aad.bijdrage("s", "p"), env), DecryptError);
  await assert.rejects(openFrom(griffier, aad.bijdrage("s", "p2"), env), DecryptError, "a bijdrage moved to another participant opened");
  const { key } = await generateKey();
  await assert.rejects(open(key, aad.bijdrage("s", "p"), env), DecryptError);
  // A fresh one-time key per envelope.
  const env2 = await sealFor(g.publicRaw, aad.bijdrage("s", "p"), "mijn waarde: ZQX-2");
  assert.notEqual(env2.epk, env.epk);
});

test("a whole session: meta, bijdrage and uitkomst open where they should and nowhere else", async () => {
  const session = await newGriffierSession(bijeenkomst);
  const meta = await sealMeta(session, bijeenkomst);
  const link = { sid: session.sid, key: session.key };
  const info = { id: session.sid, meta, gesloten: false, uitkomstRev: 0 };
  const opened = await openMeta(link, info);
  assert.equal(opened.bijeenkomst.title, "Live leeratelier");
  assert.equal(opened.griffierSleutel, session.griffierPublic);
  await assert.rejects(openMeta({ ...link, key: (await generateKey()).raw }, info), (e: unknown) => e instanceof LiveError && /sleutel klopt niet/.test(e.message));

  const who = newDeelnemer(session.sid);
  const env = await sealBijdrage(opened, who, bijdrageFor(bijeenkomst, "Schuilnaam Reiger", "Nabijheid ZQX-3"));
  const openBijdrage = await bijdrageOpener(session);
  const r = await openBijdrage({ pid: who.pid, rev: 1, seq: 1, envelope: env, ontvangenOp: "2026-12-03T19:01:00.000Z" });
  assert.equal(r.ok && r.bijdrage?.waarden[0]?.name, "Nabijheid ZQX-3");
  // The same envelope presented as someone else's: refused, with a Dutch reason.
  const moved = await openBijdrage({ pid: newDeelnemer(session.sid).pid, rev: 1, seq: 2, envelope: env, ontvangenOp: "2026-12-03T19:01:00.000Z" });
  assert.equal(moved.ok, false);
  assert.match(!moved.ok ? moved.fout : "", /niet worden geopend/);
  // A bijdrage for another bijeenkomst is refused too.
  const stray = await sealBijdrage(opened, who, { ...bijdrageFor(bijeenkomst, "X", "Y"), bijeenkomst: { id: "ander", title: "Ander" } });
  const r2 = await openBijdrage({ pid: who.pid, rev: 2, seq: 3, envelope: stray, ontvangenOp: "2026-12-03T19:01:00.000Z" });
  assert.equal(r2.ok, false);
  assert.match(!r2.ok ? r2.fout : "", /andere bijeenkomst/);

  const u = await sealUitkomst(session, { waarden: [["Nabijheid", 1]] });
  assert.deepEqual(await openUitkomst(link, { rev: 1, envelope: u }), { waarden: [["Nabijheid", 1]] });
});

test("sealBijdrage refuses, before sending, what the server would refuse for its size", async () => {
  const session = await newGriffierSession(bijeenkomst);
  const link = { sid: session.sid, key: session.key };
  const meta = await openMeta(link, { id: session.sid, meta: await sealMeta(session, bijeenkomst), gesloten: false, uitkomstRev: 0 });
  const who = newDeelnemer(session.sid);
  // Random text does not compress and base64 grows it by a third: 200 KB of it is over the 256 KB limit.
  const big = toBase64url(crypto.getRandomValues(new Uint8Array(60_000))).repeat(4);
  await assert.rejects(sealBijdrage(meta, who, bijdrageFor(bijeenkomst, "Groot", big)), (e: unknown) => e instanceof LiveError && e.status === 413 && /te groot/.test(e.message));
  const ok = await sealBijdrage(meta, who, bijdrageFor(bijeenkomst, "Klein", "Nabijheid"));
  assert.ok(envelopeBytes(ok) < LIVE_LIMITS.bijdrageBytes);
});

test("gzip/gunzip round-trip, and gunzip stops at its limit", async () => {
  const data = new TextEncoder().encode("werkboek ".repeat(10_000));
  const packed = await gzip(data);
  assert.ok(packed.length < data.length / 10);
  assert.deepEqual(await gunzip(packed, data.length), data);
  await assert.rejects(gunzip(packed, 1000), /te groot/);
});
