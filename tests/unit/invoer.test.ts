import { test } from "node:test";
import assert from "node:assert/strict";
import { leesGetal, leesJaar, toonOpgeslagen } from "../../src/lib/invoer.ts";

test("a year typed keystroke by keystroke is kept on screen until it is whole", () => {
  // Each prefix of "2028" is what the field holds after one more key; none may be replaced by the stored value.
  let stored: number | null = null;
  for (const typed of ["2", "20", "202", "2028"]) {
    // The field stores what the text means, then renders with that stored value.
    stored = leesJaar(typed).value;
    assert.equal(toonOpgeslagen(typed, stored, leesJaar), false, `na "${typed}"`);
  }
  assert.equal(stored, 2028);
});

test("an unfinished or wrong year has a message, an empty one has none", () => {
  assert.deepEqual(leesJaar(""), { value: null, error: null });
  assert.match(leesJaar("20").error ?? "", /tussen 2000 en 2100/);
  assert.match(leesJaar("twintig").error ?? "", /vier cijfers/);
  assert.equal(leesJaar(" 2031 ").value, 2031);
});

test("a stored value that changed elsewhere replaces the typed text", () => {
  assert.equal(toonOpgeslagen("2028", 2030, leesJaar), true);
  assert.equal(toonOpgeslagen("20", 2030, leesJaar), true);
});

test("a Dutch decimal survives its comma while typing", () => {
  assert.equal(leesGetal("1,").value, 1);
  assert.equal(toonOpgeslagen("1,", 1, leesGetal), false);
  assert.equal(leesGetal("1,5").value, 1.5);
  assert.equal(leesGetal("1.200").value, 1200);
  assert.equal(leesGetal("80%").value, 80);
  assert.match(leesGetal("-3").error ?? "", /0 of meer/);
  assert.match(leesGetal("veel").error ?? "", /Vul een getal in/);
});
