import { expect, type Page } from "@playwright/test";

/** Page object for /werkboek/. */
export class WerkboekPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async goto() {
    await this.page.goto("/werkboek/");
    await expect(this.page.getByRole("heading", { name: "Mijn werkboeken" })).toBeVisible();
  }
  item(name: string) {
    return this.page.locator(`li[data-werkboek="${name}"]`);
  }
  async importFile(name: string, contents: string | Buffer) {
    await this.page.getByLabel("Kies een bestand").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents) });
  }
  get importError() {
    return this.page.getByRole("alert").filter({ hasText: "Dit bestand is niet geïmporteerd" });
  }
  /** Downloads the werkboek file of one werkboek and returns its text. */
  async exportJson(name: string): Promise<string> {
    const [dl] = await Promise.all([this.page.waitForEvent("download"), this.item(name).getByRole("button", { name: /Werkboek downloaden/ }).click()]);
    const path = await dl.path();
    const { readFile } = await import("node:fs/promises");
    return readFile(path, "utf8");
  }
}
