import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import { evidenceKey, evidenceMarks } from "../../src/lib/raadsvoorstel/marks.ts";
import type { Toetssteen } from "../../src/lib/raadsvoorstel/types.ts";
import { loadThesaurus } from "../../scripts/lib/thesaurus.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "raadsvoorstellen");
const stenen: Toetssteen[] = [
  { id: "a", kind: "waarde", label: "Zelfredzaamheid", description: "Inwoners houden zelf de regie over hun leven" },
  { id: "b", kind: "principe", label: "Eén gezin, één plan", description: "Eén regisseur voor het hele gezin" },
  { id: "c", kind: "resultaat", label: "Minder huishoudens met schulden", description: "Schuldhulpverlening binnen vier weken" },
  { id: "d", kind: "resultaat", label: "Mantelzorgers voelen zich niet zwaar belast", description: "" },
];

test("every evidence link of every criterion and toetssteen lands on a mark that contains its passage", () => {
  const thesaurus = loadThesaurus();
  let links = 0;
  for (const f of readdirSync(DIR).filter((x) => x.endsWith(".txt"))) {
    const text = readFileSync(join(DIR, f), "utf8");
    const a = analyseRaadsvoorstel(text, { toetsstenen: stenen, thesaurus });
    const { marks, anchor } = evidenceMarks(a);
    const byId = new Map(marks.map((m) => [m.id, m]));
    assert.equal(byId.size, marks.length, `${f}: mark ids are unique`);
    for (let i = 1; i < marks.length; i++) assert.ok((marks[i]?.start ?? 0) >= (marks[i - 1]?.end ?? 0), `${f}: marks do not overlap`);
    const owners = [...a.criteria.map((c) => ({ owner: c.id as string, ev: c.evidence })), ...a.toetsstenen.map((t, i) => ({ owner: `T${i + 1}`, ev: t.evidence }))];
    for (const { owner, ev } of owners) {
      ev.forEach((e, i) => {
        const id = anchor.get(evidenceKey(owner, i));
        const m = id === undefined ? undefined : byId.get(id);
        assert.ok(m, `${f}: ${owner}[${i}] has a mark`);
        assert.ok(m.start <= e.start && e.end <= m.end, `${f}: ${owner}[${i}] lies inside its mark`);
        assert.ok(m.labels.includes(owner), `${f}: mark names ${owner}`);
        assert.equal(text.slice(e.start, e.end), e.text);
        links++;
      });
    }
  }
  assert.ok(links > 200, `checked ${links} links`);
});

test("overlapping evidence of two criteria becomes one mark that both link to", () => {
  const ev = (start: number, end: number) => ({ start, end, text: "" });
  const crit = (id: "A" | "B", e: ReturnType<typeof ev>[]) => ({ id, title: "", status: "deels" as const, score: 0, reason: "", aspects: [], evidence: e });
  const { marks, anchor } = evidenceMarks({ criteria: [crit("A", [ev(0, 10)]), crit("B", [ev(5, 20), ev(30, 40)])], toetsstenen: [] });
  assert.deepEqual(marks.map((m) => [m.start, m.end, m.labels.join("")]), [[0, 20, "AB"], [30, 40, "B"]]);
  assert.equal(anchor.get("A:0"), anchor.get("B:0"));
  assert.equal(anchor.get("B:1"), marks[1]?.id);
});
