/**
 * The raadsvoorstel-toets: pure TypeScript without DOM or Node APIs, shared by the browser worker and
 * the CLI (`npm run toets`). `extractText` is exported from ./extract.ts separately so that importing
 * the analysis never pulls in the file readers.
 */
export { analyseRaadsvoorstel, type AnalyseOptions } from "./analyse.ts";
export { KLARE_TAAL, KLARE_TAAL_UITLEG, isKlareTaal } from "./klareTaal.ts";
export { CRITERIA, criterium, type Criterium, type Aspect, type Signal } from "./criteria.ts";
export { splitSections } from "./sections.ts";
export { countSyllables, fleschDouma, measureReadability } from "./readability.ts";
export { vragenVoorCollege, type Vraag } from "./questions.ts";
export { toetsstenenFromVisie, matchToetsstenen } from "./toetsstenen.ts";
export { toetsFromAnalyse } from "./toets.ts";
export * from "./types.ts";
