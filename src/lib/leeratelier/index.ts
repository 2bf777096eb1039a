/**
 * Everything the leeratelier pages need that carries weight (zod schemas, the Dutch stemmer, storage):
 * one module the islands load with import() once the page is on screen, so the page itself stays small.
 */
export { addFiles, atelierFileName, bijdrageFileName, makeBijdrage, parseLeerateliersFile, unreadableReport } from "./files.ts";
export { combine } from "./combine.ts";
export { termKey } from "./group.ts";
export { combinedDocument, participantBlocks, participantPages, raadsvisieWerkboek, toCsv, dataCardBlocks } from "./export.ts";
export { openAtelierStore } from "./store.ts";
export { openStore } from "../werkboek/store.ts";
export { koerskaartWeergave } from "./koerskaartWeergave.ts";
