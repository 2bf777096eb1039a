import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { kaartLeesbaarheid, kaartProse } from "../../src/lib/kaartLeesbaarheid.ts";

/**
 * Flesch-Douma of every card body on 2026-11-29, before the issue-10 rewrite; for the cards rewritten
 * since, the (higher) score after the rewrite, rounded down. A card may get easier, never harder:
 * raise a floor when you improve a card, never lower it.
 */
const FLOOR: Record<string, number> = {
  "staalkaarten/jeugdwet.mdx": 67,
  "staalkaarten/participatiewet.mdx": 68,
  "staalkaarten/wgs.mdx": 58.96,
  "staalkaarten/wlz.mdx": 66.8,
  "staalkaarten/wmo.mdx": 67,
  "staalkaarten/zvw.mdx": 53.51,
  "koerskaarten/preventie.mdx": 55.41,
  // The four koerskaarten of issue 22, at their first version (2026-12-03), rounded down.
  "koerskaarten/armoede-en-schulden.mdx": 65.5,
  "koerskaarten/veilig-opgroeien.mdx": 67.8,
  "koerskaarten/eenzaamheid-en-meedoen.mdx": 69.3,
  "koerskaarten/langer-thuis-wonen.mdx": 66.7,
};
/** B1 asks for short sentences: on average fewer than this many words. */
const MAX_AVERAGE_SENTENCE_LENGTH = 20;

const cards = ["staalkaarten", "koerskaarten"].flatMap((dir) =>
  readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => `${dir}/${f}`),
);
const bodyOf = (card: string) => readFileSync(`content/${card}`, "utf8").replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, "");

test("every card has a readability floor, so a new card cannot slip past the check", () => {
  assert.deepEqual([...cards].sort(), Object.keys(FLOOR).sort());
});

for (const card of cards) {
  test(`${card} stays B1: short sentences and no harder than before`, (t) => {
    const r = kaartLeesbaarheid(bodyOf(card));
    const hardest = r.hardestSentences.map((s) => `  [${s.fleschDouma}, ${s.words} woorden] ${s.text}`).join("\n");
    t.diagnostic(
      `${card}: Flesch-Douma ${r.fleschDouma} (${r.oordeel}), ${r.averageSentenceLength} woorden per zin, ${Math.round(r.longWordShare * 100)}% lange woorden; moeilijkste zinnen:\n${hardest}`,
    );
    assert.ok(r.sentences > 20, `${card}: te weinig tekst gemeten (${r.sentences} zinnen)`);
    assert.ok(
      r.averageSentenceLength < MAX_AVERAGE_SENTENCE_LENGTH,
      `${card}: gemiddeld ${r.averageSentenceLength} woorden per zin (max ${MAX_AVERAGE_SENTENCE_LENGTH}). Moeilijkste zinnen:\n${hardest}`,
    );
    const floor = FLOOR[card] ?? Infinity;
    assert.ok(r.fleschDouma >= floor, `${card}: Flesch-Douma ${r.fleschDouma} is lager dan de ondergrens ${floor}. Maak deze zinnen eenvoudiger:\n${hardest}`);
  });
}

test("the prose of a card drops headings and counts each list item and table row as a sentence", () => {
  const body = "## Kop zonder punt\n\nEen zin. Nog een zin.\n\n- eerste punt;\n- tweede punt.\n1. genummerd\n\n| a | b |\n|---|---|\n| een cel | nog een |\n";
  const prose = kaartProse(body);
  assert.doesNotMatch(prose, /Kop zonder punt/);
  const r = kaartLeesbaarheid(body);
  assert.equal(r.sentences, 7);
});

test("a card full of long sentences fails the check and the message names the hardest one", () => {
  const long = "De gemeente draagt er in samenspraak met alle betrokken maatschappelijke organisaties en inwoners zorg voor dat de voorzieningen op een integrale en samenhangende wijze worden aangeboden aan iedereen die daarom vraagt.";
  const r = kaartLeesbaarheid(`${long}\n\n${long.replace("gemeente", "provincie")}\n\nKort.`);
  assert.ok(r.averageSentenceLength >= MAX_AVERAGE_SENTENCE_LENGTH);
  assert.match(r.hardestSentences[0]?.text ?? "", /in samenspraak met alle betrokken/);
});

/** Every text in a werkblad guide that has more than one word: labels, hints, examples. */
const textsOf = (value: unknown): string[] =>
  typeof value === "string"
    ? [value].filter((t) => /\s/.test(t.trim()))
    : Array.isArray(value)
      ? value.flatMap(textsOf)
      : value !== null && typeof value === "object"
        ? Object.values(value).flatMap(textsOf)
        : [];

for (const file of readdirSync("content/werkbladen").filter((f) => f.endsWith(".yaml"))) {
  test(`werkblad guide ${file} keeps its sentences short`, (t) => {
    const texts = textsOf(parse(readFileSync(`content/werkbladen/${file}`, "utf8")));
    const r = kaartLeesbaarheid(texts.join("\n\n"));
    const hardest = r.hardestSentences.map((s) => `  [${s.fleschDouma}, ${s.words} woorden] ${s.text}`).join("\n");
    t.diagnostic(`${file}: Flesch-Douma ${r.fleschDouma} (${r.oordeel}), ${r.averageSentenceLength} woorden per zin; moeilijkste zinnen:\n${hardest}`);
    assert.ok(r.sentences > 0, `${file}: geen tekst gevonden`);
    assert.ok(
      r.averageSentenceLength < MAX_AVERAGE_SENTENCE_LENGTH,
      `${file}: gemiddeld ${r.averageSentenceLength} woorden per zin (max ${MAX_AVERAGE_SENTENCE_LENGTH}). Moeilijkste zinnen:\n${hardest}`,
    );
  });
}
