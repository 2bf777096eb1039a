import { type Page } from "@playwright/test";
import { WorksheetPage } from "./WorksheetPage.ts";

/** Page object for /informatie/waardemodel/. */
export class WaardemodelPage extends WorksheetPage {
  constructor(page: Page) {
    super(page, "/informatie/waardemodel/");
  }
  get question() {
    return this.page.getByLabel("Je politieke vraag");
  }
  answer(deelvraag: string) {
    return this.page.getByLabel(deelvraag, { exact: true });
  }
  progress(kernwaarde: string) {
    return this.page.locator(`[data-kernwaarde="${kernwaarde}"]`);
  }
  get sheetList() {
    return this.page.getByRole("list", { name: "Werkbladen in dit werkboek" });
  }
  sheetButton(name: string | RegExp) {
    return this.sheetList.getByRole("button", { name });
  }
  dilemma(n: number) {
    return this.page.getByRole("group", { name: `Dilemma ${n}`, exact: true });
  }
  procedure(name: string) {
    return this.page.getByRole("radio", { name, exact: true });
  }
  button(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
}
