import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import { toetsstenenFromVisie } from "../../src/lib/raadsvoorstel/toetsstenen.ts";
import type { Toetssteen } from "../../src/lib/raadsvoorstel/types.ts";
import { visieSchema } from "../../src/schemas/visie.ts";

const visie = visieSchema.parse({
  waarden: [
    { id: "w1", name: "Zelfredzaamheid", meaning: "Inwoners houden zelf de regie over hun leven" },
    { id: "w2", name: "  ", meaning: "" },
  ],
  principes: [
    { id: "p1", title: "Eerst de vraag achter de vraag", onderbouwing: "Wie de oorzaak aanpakt, voorkomt herhaling" },
    { id: "p2", title: "", onderbouwing: "" },
  ],
  resultaten: [
    {
      id: "r1",
      doelgroep: "jongeren tussen 16 en 23 jaar",
      verandering: "een startkwalificatie heeft",
      target: 85,
      unit: "procent",
      year: 2028,
    },
    { id: "r2", doelgroep: "inwoners", verandering: "een baan vinden", target: 300, unit: "aantal", year: null },
    { id: "r3", doelgroep: "", verandering: "" },
  ],
});

describe("toetsstenenFromVisie", () => {
  test("turns waarden, principes and resultaten into toetsstenen and skips empty ones", () => {
    const t = toetsstenenFromVisie(visie);
    assert.deepEqual(
      t.map((x) => [x.id, x.kind, x.label]),
      [
        ["w1", "waarde", "Zelfredzaamheid"],
        ["p1", "principe", "Eerst de vraag achter de vraag"],
        ["r1", "resultaat", "Jongeren tussen 16 en 23 jaar een startkwalificatie heeft"],
        ["r2", "resultaat", "Inwoners een baan vinden"],
      ],
    );
    assert.equal(t[0]?.description, "Inwoners houden zelf de regie over hun leven");
    assert.equal(t[1]?.description, "Wie de oorzaak aanpakt, voorkomt herhaling");
  });

  test("a resultaat is described by the same sentence the visie werkboek shows", () => {
    const r = toetsstenenFromVisie(visie).filter((t) => t.kind === "resultaat");
    assert.equal(r[0]?.description, "In 2028 hebben we bereikt dat 85% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft.");
    assert.equal(r[1]?.description, "Over 4 jaar hebben we bereikt dat 300 inwoners een baan vinden.");
  });
});

describe("matching toetsstenen in a proposal", () => {
  const steen = (label: string, description = "", kind: Toetssteen["kind"] = "waarde"): Toetssteen => ({
    id: "t",
    kind,
    label,
    description,
  });
  const match = (text: string, t: Toetssteen) => analyseRaadsvoorstel(text, { toetsstenen: [t] }).toetsstenen[0];

  test("the label itself, also inflected or inside a compound, is aanwezig with evidence", () => {
    const text = "Toelichting\nDe aanpak versterkt de zelfredzaamheid van ouderen. Mantelzorgondersteuning blijft.";
    const r = match(text, steen("Zelfredzaam"));
    assert.equal(r?.status, "aanwezig");
    assert.equal(r?.evidence[0]?.text, "De aanpak versterkt de zelfredzaamheid van ouderen.");
    assert.equal(match(text, steen("mantelzorg"))?.status, "aanwezig");
  });

  test("the meaning (words of the description) is found without the label", () => {
    const text = "Toelichting\nOuderen houden zo de regie over hun eigen leven.";
    const r = match(text, steen("Zelfbeschikking", "Inwoners houden zelf de regie over hun leven"));
    assert.equal(r?.status, "aanwezig");
    assert.match(r?.reason ?? "", /regie/u);
  });

  test("loose words give deels, one word or nothing gives afwezig; stop words never match", () => {
    const text = "Toelichting\nDe regie ligt bij de gemeente. Wij houden toezicht. Het is voor iedereen.";
    const zelfbeschikking = steen("Zelfbeschikking", "Inwoners houden zelf de regie over hun leven");
    assert.equal(match(text, zelfbeschikking)?.status, "deels");
    assert.equal(match("Toelichting\nDe regie ligt bij de gemeente.", zelfbeschikking)?.status, "afwezig");
    assert.equal(match(text, steen("Kansengelijkheid", "Ieder kind krijgt dezelfde start"))?.status, "afwezig");
    assert.equal(match(text, steen("Voor de gemeente", "het is dat wij"))?.status, "afwezig");
  });
});
