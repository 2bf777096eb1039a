import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import { visieGidsSchema } from "../../src/schemas/visieGids.ts";
import { KERNWAARDE_IDS, VERDEELPROCEDURE_IDS, waardemodelGidsSchema } from "../../src/schemas/waardemodelGids.ts";
import { PREVENTIE_NIVEAU_IDS, preventieGidsSchema } from "../../src/schemas/preventieGids.ts";

/** Raw (unvalidated) data of a werkblad YAML file; each call returns a fresh copy to break. */
const load = (name: string): any => parse(readFileSync(new URL(`../../content/werkbladen/${name}.yaml`, import.meta.url), "utf8"));

/** Parses and fails with every issue listed, so a content error says where it is. */
function valid<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    assert.fail(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  }
  return result.data;
}

/** Parses data that should fail and returns all messages with their paths. */
function problems(schema: z.ZodType, data: unknown): string {
  const result = schema.safeParse(data);
  assert.equal(result.success, false, "het schema had deze gegevens moeten afwijzen");
  return result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
}

test("visie.yaml past bij het schema", () => {
  const gids = valid(visieGidsSchema, load("visie"));
  assert.deepEqual(
    gids.steps.map((s) => s.id),
    ["waarden", "principes", "resultaten", "kwaliteitseisen"],
  );
  assert.equal(gids.koppeltabel.voorbeelden.length, 2);
  assert.ok(gids.waardeSuggesties.length >= 10 && gids.waardeSuggesties.length <= 16);
});

test("waardemodel.yaml past bij het schema", () => {
  const gids = valid(waardemodelGidsSchema, load("waardemodel"));
  assert.deepEqual(gids.kernwaarden.map((k) => k.id), [...KERNWAARDE_IDS]);
  assert.deepEqual(gids.verdeelprocedures.map((p) => p.id), [...VERDEELPROCEDURE_IDS]);
  for (const k of gids.kernwaarden) {
    assert.ok(k.vraag.length > 0 && k.aanbod.length > 0, `${k.id} heeft deelvragen voor vraag en aanbod`);
  }
  assert.deepEqual(gids.voorbeeld.kader.wetten, ["jeugdwet"]);
});

test("preventie.yaml past bij het schema", () => {
  const gids = valid(preventieGidsSchema, load("preventie"));
  assert.deepEqual(gids.niveaus.map((n) => n.id), [...PREVENTIE_NIVEAU_IDS]);
  assert.deepEqual(
    gids.niveaus.map((n) => n.vorm),
    ["universele preventie", "selectieve preventie", "geïndiceerde en zorggerelateerde preventie"],
  );
});

test("visie: stappen in de verkeerde volgorde of een dubbele waarde worden afgewezen", () => {
  const swapped = load("visie");
  [swapped.steps[0], swapped.steps[1]] = [swapped.steps[1], swapped.steps[0]];
  assert.match(problems(visieGidsSchema, swapped), /stap 1 moet "waarden" zijn, niet "principes"/);

  const short = load("visie");
  short.steps.pop();
  assert.match(problems(visieGidsSchema, short), /precies 4 stappen/);

  const dubbel = load("visie");
  dubbel.waardeSuggesties[1] = { ...dubbel.waardeSuggesties[0], name: dubbel.waardeSuggesties[0].name.toUpperCase() };
  assert.match(problems(visieGidsSchema, dubbel), /waardeSuggesties\.1\.name: waarde ".+" staat er al/);

  const typo = load("visie");
  typo.steps[0].samenn = typo.steps[0].samen;
  assert.match(problems(visieGidsSchema, typo), /samenn/);
});

test("waardemodel: een ontbrekende kernwaarde wordt afgewezen met de naam erbij", () => {
  const data = load("waardemodel");
  data.kernwaarden = data.kernwaarden.filter((k: { id: string }) => k.id !== "veiligheid");
  const msg = problems(waardemodelGidsSchema, data);
  assert.match(msg, /kernwaarde "veiligheid" ontbreekt/);
  assert.match(msg, /precies 5 kernwaarden \(nu 4\)/);
});

test("waardemodel: een antwoord op een onbekende deelvraag wordt afgewezen", () => {
  const data = load("waardemodel");
  data.voorbeeld.answers["gelijkheid-vraag-99"] = "Dit antwoord hoort nergens bij.";
  assert.match(
    problems(waardemodelGidsSchema, data),
    /voorbeeld\.answers\.gelijkheid-vraag-99: antwoord "gelijkheid-vraag-99" hoort bij geen bestaande deelvraag/,
  );
});

test("waardemodel: dubbele deelvraag-ids, onbekende dilemma-waarden en procedures worden afgewezen", () => {
  const dubbel = load("waardemodel");
  dubbel.kernwaarden[0].aanbod[0].id = dubbel.kernwaarden[0].vraag[0].id;
  assert.match(problems(waardemodelGidsSchema, dubbel), /deelvraag-id "gelijkheid-vraag-1" komt twee keer voor/);

  const prefix = load("waardemodel");
  prefix.kernwaarden[1].vraag[0].id = "welzijn-vraag-9";
  assert.match(problems(waardemodelGidsSchema, prefix), /moet beginnen met "efficientie-"/);

  const dilemma = load("waardemodel");
  dilemma.voorbeeld.dilemmas[0].b = "rechtvaardigheid";
  assert.match(problems(waardemodelGidsSchema, dilemma), /voorbeeld\.dilemmas\.0\.b: onbekende kernwaarde/);

  const procedure = load("waardemodel");
  procedure.voorbeeld.keuzes.verdeelprocedure = "dobbelsteen";
  assert.match(problems(waardemodelGidsSchema, procedure), /onbekende verdeelprocedure/);

  const zeven = load("waardemodel");
  zeven.verdeelprocedures = zeven.verdeelprocedures.filter((p: { id: string }) => p.id !== "bpkv");
  assert.match(problems(waardemodelGidsSchema, zeven), /verdeelprocedure "bpkv" ontbreekt/);
});

test("preventie: verkeerde vorm, ontbrekend niveau of verkeerde kolommen worden afgewezen", () => {
  const vorm = load("preventie");
  vorm.niveaus[1].vorm = "universele preventie";
  assert.match(problems(preventieGidsSchema, vorm), /niveau "stabiliseren" hoort bij selectieve preventie/);

  const weg = load("preventie");
  weg.niveaus.splice(2, 1);
  assert.match(problems(preventieGidsSchema, weg), /niveau "gevolgen" ontbreekt/);

  const kolommen = load("preventie");
  kolommen.matrix.kolommen.reverse();
  assert.match(problems(preventieGidsSchema, kolommen), /de kolommen zijn precies beschermen, stabiliseren, gevolgen/);

  const weinig = load("preventie");
  weinig.evaluatievragen = weinig.evaluatievragen.slice(0, 3);
  assert.match(problems(preventieGidsSchema, weinig), /minstens 5 evaluatievragen/);
});
