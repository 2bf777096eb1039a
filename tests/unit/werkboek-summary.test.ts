import { test } from "node:test";
import assert from "node:assert/strict";
import { summarize } from "../../src/lib/werkboek/summary.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";

test("'Waar sta ik?' counts staalkaart notes, duiden worksheets and the jaarkalender", () => {
  const leeg = createWerkboek("Thuis");
  const niets = summarize({ werkboek: leeg });
  assert.deepEqual([niets?.staalkaarten, niets?.duiden, niets?.jaarkalender], [[], 0, false]);
  const w = {
    ...leeg,
    staalkaartNotities: {
      wmo: { taken: {}, notities: "", vragenCollege: "Hoe lang is de wachttijd?" },
      jeugdwet: { taken: { "t-1": { vastgesteldOp: "", evaluatieGepland: "2027", openVragen: "", notities: "" } }, notities: "", vragenCollege: "" },
      // A card opened but left empty is not counted.
      wlz: { taken: { "t-1": { vastgesteldOp: "", evaluatieGepland: "", openVragen: "", notities: "  " } }, notities: "", vragenCollege: "" },
    },
    duiden: [{ id: "d1" }, { id: "d2" }],
    sturing: { ...leeg.sturing, jaarkalender: { ...leeg.sturing.jaarkalender, raad: { ...leeg.sturing.jaarkalender.raad, begroting: "2027-11-05" } } },
  };
  const s = summarize({ werkboek: w });
  assert.deepEqual(s?.staalkaarten, ["jeugdwet", "wmo"]);
  assert.equal(s?.duiden, 2);
  assert.equal(s?.jaarkalender, true);
  // A jaarkalender with only a chosen year holds no dates yet.
  const alleenJaar = { ...leeg, sturing: { ...leeg.sturing, jaarkalender: { ...leeg.sturing.jaarkalender, jaar: 2027 } } };
  assert.equal(summarize({ werkboek: alleenJaar })?.jaarkalender, false);
  // An old record without these parts counts nothing and does not throw.
  assert.deepEqual(summarize({ werkboek: { name: "Oud", updatedAt: "2026-01-01T00:00:00.000Z" } })?.staalkaarten, []);
});
