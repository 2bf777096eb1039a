import type { Loader, LoaderContext } from "astro/loaders";
import { sectionProblem } from "../lib/sections.ts";

/**
 * Wraps a loader (usually `glob`) and stops the build when a card lacks one of its parts.
 * `required` gets each entry's data, so a koerskaart can declare its own parts in frontmatter.
 * `checkData` (optional) runs on the raw frontmatter before the schema does, so its Dutch message
 * names the file instead of Astro's generic "does not match collection schema".
 */
export function withRequiredSections(
  inner: Loader,
  required: (data: Record<string, unknown>) => readonly string[],
  checkData?: (filePath: string, data: Record<string, unknown>) => string | null,
): Loader {
  return {
    name: `${inner.name}-met-verplichte-onderdelen`,
    load: async (context: LoaderContext) => {
      const problems: string[] = [];
      const parseData: LoaderContext["parseData"] = async (props) => {
        const problem = checkData?.(props.filePath ?? props.id, props.data);
        if (!problem) return context.parseData(props);
        problems.push(problem);
        // The build stops below with every problem listed; the unchecked data is never used.
        return props.data;
      };
      await inner.load({ ...context, parseData });
      for (const entry of context.store.values()) {
        const problem = sectionProblem(entry.filePath ?? entry.id, entry.body ?? "", required(entry.data));
        if (problem) problems.push(problem);
      }
      if (problems.length) throw new Error(problems.join("\n"));
    },
  };
}
