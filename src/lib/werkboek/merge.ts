/**
 * Structural changes between versions of a werkboek: a small patch for the emergency copy (only what
 * changed, so a large werkboek still fits in localStorage); the three-way merge for two tabs that
 * edited the same werkboek is in merge3.ts. Edits are immutable, so an unchanged part keeps its object identity and
 * the diff only walks the changed branches.
 *
 * Arrays whose items all carry an `id` are matched by id, never by position: another tab may have
 * added or removed an item in between.
 */

export type Segment = string | number | { id: string };
export type Path = Segment[];

/** One change: the value at `path` becomes `value` (`remove`: the key is deleted). */
export interface Change {
  path: Path;
  value?: unknown;
  remove?: true;
}

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export function idsOf(a: unknown[]): string[] | null {
  const ids: string[] = [];
  for (const item of a) {
    if (!isObj(item) || typeof item["id"] !== "string") return null;
    ids.push(item["id"]);
  }
  return new Set(ids).size === ids.length ? ids : null;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The changes that turn `base` into `next`. */
export function diff(base: unknown, next: unknown, path: Path = []): Change[] {
  if (base === next) return [];
  if (isObj(base) && isObj(next)) {
    const out: Change[] = [];
    for (const k of new Set([...Object.keys(base), ...Object.keys(next)])) {
      if (!(k in next) || next[k] === undefined) {
        if (base[k] !== undefined) out.push({ path: [...path, k], remove: true });
      } else out.push(...diff(base[k], next[k], [...path, k]));
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(next)) {
    const a = idsOf(base);
    const b = idsOf(next);
    if (a && b && a.length === b.length && a.every((id, i) => id === b[i])) {
      return next.flatMap((item, i) => diff(base[i], item, [...path, { id: b[i] as string }]));
    }
  }
  return deepEqual(base, next) ? [] : [{ path, value: next }];
}

function indexOf(container: unknown, seg: Segment): number | string | null {
  if (typeof seg === "object") {
    if (!Array.isArray(container)) return null;
    const i = container.findIndex((x) => isObj(x) && x["id"] === seg.id);
    return i < 0 ? null : i;
  }
  if (typeof seg === "number") return Array.isArray(container) && seg < container.length ? seg : null;
  return isObj(container) ? seg : null;
}

/** A copy of `root` with the change applied; null when its place no longer exists. */
function applyOne(root: unknown, change: Change, depth = 0): { value: unknown } | null {
  if (depth === change.path.length) return { value: change.value };
  const seg = change.path[depth] as Segment;
  const key = indexOf(root, seg);
  if (key === null) return null;
  if (Array.isArray(root)) {
    const inner = applyOne(root[key as number], change, depth + 1);
    if (!inner) return null;
    const copy = [...root];
    copy[key as number] = inner.value;
    return { value: copy };
  }
  const obj = root as Obj;
  if (depth === change.path.length - 1 && change.remove) {
    const { [key as string]: _gone, ...rest } = obj;
    return { value: rest };
  }
  const inner = applyOne(obj[key as string], change, depth + 1);
  return inner ? { value: { ...obj, [key as string]: inner.value } } : null;
}

/** Applies the changes; reports those whose place (e.g. an item another tab deleted) is gone. */
export function applyChanges<T>(root: T, changes: Change[]): { value: T; skipped: Change[] } {
  let value: unknown = root;
  const skipped: Change[] = [];
  for (const c of changes) {
    const r = applyOne(value, c);
    if (r) value = r.value;
    else skipped.push(c);
  }
  return { value: value as T, skipped };
}
