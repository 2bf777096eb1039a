import { type Page } from "@playwright/test";
import { WorksheetPage } from "./WorksheetPage.ts";

/** Page object for the visie werkboek. */
export class VisiePage extends WorksheetPage {
  constructor(page: Page) {
    super(page, "/visie/");
  }
  suggestion(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
  meaning(name: string) {
    return this.page.getByLabel(`Wat betekent ${name} voor jou? (één regel)`);
  }
}
