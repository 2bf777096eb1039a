import { expect, type Page } from "@playwright/test";

/** Page object for /leeratelier/samenbrengen/. */
export class SamenbrengenPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async goto() {
    await this.page.goto("/leeratelier/samenbrengen/");
    await expect(this.page.getByLabel("Kies bestanden")).toBeVisible();
  }
  async drop(files: { name: string; text: string }[]) {
    await this.page.getByLabel("Kies bestanden").setInputFiles(files.map((f) => ({ name: f.name, mimeType: "application/json", buffer: Buffer.from(f.text) })));
  }
  get count() {
    return this.page.getByTestId("aantal-bijdragen");
  }
  waardeRow(name: string) {
    return this.page.getByTestId("tabel-waarden").getByRole("row", { name: new RegExp(`^${name}`) });
  }
}
