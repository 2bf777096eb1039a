import { deeper, type Block } from "./document.ts";

// Not in document.ts: that module loads with every worksheet, and only the whole-werkboek export nests parts.

/** Pushes a block `steps` heading levels down, so a part can nest under its own heading. */
export function demote(b: Block, steps = 1): Block {
  if (b.type !== "heading") return b;
  let level = b.level;
  for (let i = 0; i < steps; i++) level = deeper(level);
  return { ...b, level };
}

/** `demote` for `map`: `blocks.map(demoteBy(2))`. */
export const demoteBy = (steps: number) => (b: Block) => demote(b, steps);
