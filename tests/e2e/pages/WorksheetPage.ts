import { expect, type Page } from "@playwright/test";

/** Base page object for a worksheet page: opens it and reads its save status. */
export class WorksheetPage {
  readonly page: Page;
  readonly path: string;
  constructor(page: Page, path: string) {
    this.page = page;
    this.path = path;
  }
  /** Opens the page and waits until the werkboek has loaded from storage. */
  async goto() {
    await this.page.goto(this.path);
    await expect(this.saveStatus).toContainText(/Bewaard|bewaard/);
  }
  get saveStatus() {
    return this.page.locator("[data-status]");
  }
  async saved() {
    await expect(this.saveStatus).toContainText("Bewaard in deze browser", { timeout: 5000 });
  }
}
