import { expect, type Page } from "@playwright/test";
import { WorksheetPage } from "./WorksheetPage.ts";

/** Page object for /sturing/raadsvoorstel-toets/. */
export class ToetsPage extends WorksheetPage {
  constructor(page: Page) {
    super(page, "/sturing/raadsvoorstel-toets/");
  }
  status(id: string) {
    return this.page.getByTestId(`status-${id}`);
  }
  async paste(text: string) {
    await this.page.getByLabel("Tekst van het raadsvoorstel").fill(text);
    await expect(this.status("S")).toBeVisible({ timeout: 15_000 });
  }
  async open(file: string) {
    await this.page.getByLabel("Open een bestand").setInputFiles(file);
    await expect(this.status("S")).toBeVisible({ timeout: 15_000 });
  }
}
