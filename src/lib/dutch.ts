/**
 * lunr with the Dutch pipeline, set up once. The search index and the raadsvoorstel analysis share
 * this so that a word is stemmed the same way everywhere.
 */
import lunr from "lunr";
import stemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import registerDutch from "lunr-languages/lunr.nl.js";

/** What `lunr.nl(lunr)` adds: a plugin that is also a bag of pipeline functions. */
type DutchPlugin = lunr.Builder.Plugin & {
  stemmer: (token: lunr.Token) => lunr.Token;
  stopWordFilter: (token: lunr.Token) => lunr.Token | undefined;
};
export type DutchLunr = typeof lunr & { nl: DutchPlugin };

let ready = false;

/** lunr with `lunr.nl` registered (idempotent). */
export function dutchLunr(): DutchLunr {
  if (!ready) {
    stemmerSupport(lunr);
    registerDutch(lunr);
    ready = true;
  }
  return lunr as DutchLunr;
}

/** The Dutch stem of one lower-cased word ("mantelzorgers" → "mantelzorger"). */
export function stem(word: string): string {
  const l = dutchLunr();
  return l.nl.stemmer(new l.Token(word.toLocaleLowerCase("nl"), {})).toString();
}

/** True for Dutch stop words ("de", "en", "van" …), which carry no meaning for search. */
export function isStopWord(word: string): boolean {
  const l = dutchLunr();
  return l.nl.stopWordFilter(new l.Token(word.toLocaleLowerCase("nl"), {})) === undefined;
}
