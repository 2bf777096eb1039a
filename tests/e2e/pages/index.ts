/** One page object per page (ADR 0017); specs import them from here. */
export { ApkPage } from "./ApkPage.ts";
export { DuidenPage, CHART } from "./DuidenPage.ts";
export { HeaderSearch } from "./HeaderSearch.ts";
export { SamenbrengenPage } from "./SamenbrengenPage.ts";
export { SturingPage } from "./SturingPage.ts";
export { ToetsPage } from "./ToetsPage.ts";
export { VisiePage } from "./VisiePage.ts";
export { WaardemodelPage } from "./WaardemodelPage.ts";
export { WerkboekPage } from "./WerkboekPage.ts";
export { WorksheetPage } from "./WorksheetPage.ts";
