/** content/over/toegankelijkheid.yaml: empty in the repository, and a gemeente's mistakes get a Dutch message. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { toegankelijkheidSchema } from "../../src/schemas/toegankelijkheid.ts";

test("the repository claims no status: every field is empty until the gemeente fills it in", () => {
  const v = toegankelijkheidSchema.parse(parse(readFileSync("content/over/toegankelijkheid.yaml", "utf8")));
  assert.deepEqual(v, { organisatie: null, status: null, verklaring: null, bijgewerkt: null, contact: null });
});

test("a filled-in verklaring is read as the gemeente wrote it", () => {
  const v = toegankelijkheidSchema.parse({
    organisatie: "Gemeente Voorbeeldstad",
    status: "C",
    verklaring: "https://www.toegankelijkheidsverklaring.nl/register/1",
    bijgewerkt: "2026-11-01",
    contact: { email: "toegankelijkheid@voorbeeldstad.nl", reactietermijn: "binnen 5 werkdagen" },
  });
  assert.equal(v.status, "C");
  assert.equal(v.bijgewerkt?.toISOString().slice(0, 10), "2026-11-01");
  assert.equal(v.contact?.email, "toegankelijkheid@voorbeeldstad.nl");
});

test("a wrong status, e-mail address or an empty contact gets a Dutch message", () => {
  const messages = (input: unknown) => toegankelijkheidSchema.safeParse(input).error?.issues.map((i) => i.message).join(" | ") ?? "";
  assert.match(messages({ status: "AA" }), /status is A, B, C, D of E/);
  assert.match(messages({ contact: { email: "griffie" } }), /contact.email moet een e-mailadres zijn/);
  assert.match(messages({ contact: {} }), /geef een e-mailadres of een webadres/);
});
