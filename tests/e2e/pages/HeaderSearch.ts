import { type Page } from "@playwright/test";

/** Page object for the header search box present on every page. */
export class HeaderSearch {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  get input() {
    return this.page.getByRole("combobox", { name: "Zoek in Raadskompas" });
  }
  get options() {
    return this.page.getByRole("option");
  }
}
