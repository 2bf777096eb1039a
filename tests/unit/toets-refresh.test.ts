import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import { refreshToets, toetsFromAnalyse } from "../../src/lib/raadsvoorstel/toets.ts";

const text = readFileSync(join(import.meta.dirname, "..", "fixtures", "raadsvoorstellen", "16-brakelaar-eenzaamheid.txt"), "utf8");
const steen = (id: string, label: string) => ({ id, label, kind: "waarde" as const, description: "" });

test("vergelijk opnieuw: notes and own judgements stay, also on a toetssteen no longer in the visie", () => {
  const before = analyseRaadsvoorstel(text, { toetsstenen: [steen("w1", "Eenzaamheid tegengaan"), steen("w2", "Sport")] });
  const saved = toetsFromAnalyse({ id: "t1", text, analyse: before, now: "2026-01-01T10:00:00.000Z", vragen: [] });
  const edited = {
    ...saved,
    toetsstenen: saved.toetsstenen.map((s) => (s.id === "w2" ? { ...s, notes: "Navragen bij de wethouder", status: "aanwezig" as const } : s)),
    criteria: saved.criteria.map((c, i) => (i === 0 ? { ...c, notes: "eigen notitie" } : c)),
  };
  const after = analyseRaadsvoorstel(text, { toetsstenen: [steen("w1", "Eenzaamheid tegengaan")] });
  const r = refreshToets(edited, text, after, "2026-02-01T10:00:00.000Z");
  const w2 = r.toetsstenen.find((s) => s.id === "w2");
  assert.equal(w2?.notes, "Navragen bij de wethouder");
  assert.equal(w2?.status, "aanwezig");
  assert.equal(r.criteria[0]?.notes, "eigen notitie");
  assert.equal(r.updatedAt, "2026-02-01T10:00:00.000Z");
});
