import type { Loader, LoaderContext } from "astro/loaders";
import { sectionProblem } from "./sections.ts";

/**
 * Wraps a loader (usually `glob`) and stops the build when a card lacks one of its parts.
 * `required` gets each entry's data, so a koerskaart can declare its own parts in frontmatter.
 */
export function withRequiredSections(
  inner: Loader,
  required: (data: Record<string, unknown>) => readonly string[],
): Loader {
  return {
    name: `${inner.name}-met-verplichte-onderdelen`,
    load: async (context: LoaderContext) => {
      await inner.load(context);
      const problems: string[] = [];
      for (const entry of context.store.values()) {
        const problem = sectionProblem(entry.filePath ?? entry.id, entry.body ?? "", required(entry.data));
        if (problem) problems.push(problem);
      }
      if (problems.length) throw new Error(problems.join("\n"));
    },
  };
}
