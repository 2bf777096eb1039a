import ContentTable from "./ContentTable.astro";
import H2 from "./nlds/H2.astro";
import H3 from "./nlds/H3.astro";
import H4 from "./nlds/H4.astro";
import P from "./nlds/P.astro";
import A from "./nlds/A.astro";

/**
 * Components for every rendered MDX body (`<Content components={contentComponents} />`): the NL Design
 * System classes on the elements an author writes in Markdown, so a theme styles cards as it styles pages.
 */
export const contentComponents = { table: ContentTable, h2: H2, h3: H3, h4: H4, p: P, a: A };
