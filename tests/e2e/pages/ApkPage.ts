import { expect, type Page } from "@playwright/test";

/** Page object for /sturing/raadsvoorstel-toets/apk/. */
export class ApkPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async goto() {
    await this.page.goto("/sturing/raadsvoorstel-toets/apk/");
    await expect(this.page.getByRole("heading", { name: "APK voor raadsvoorstellen", level: 1 })).toBeVisible();
    await expect(this.page.locator("astro-island[ssr]")).toHaveCount(0);
  }
  async choose(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    await this.page.getByLabel("Bestanden kiezen").setInputFiles(files);
  }
  get rows() {
    return this.page.getByTestId("apk-rij");
  }
  total(status: string, criterion: string) {
    return this.page.getByTestId(`apk-totaal-${status}`).locator(`td[data-criterium="${criterion}"]`);
  }
}
