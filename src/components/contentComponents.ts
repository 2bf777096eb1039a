import ContentTable from "./ContentTable.astro";

/** Components for every rendered MDX body (`<Content components={contentComponents} />`). */
export const contentComponents = { table: ContentTable };
