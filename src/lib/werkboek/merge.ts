/**
 * Structural changes between versions of a werkboek: a small patch for the emergency copy (only what
 * changed, so a large werkboek still fits in localStorage) and a three-way merge for two tabs that
 * edited the same werkboek. Edits are immutable, so an unchanged part keeps its object identity and
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

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function idsOf(a: unknown[]): string[] | null {
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

export interface Overlap {
  path: Path;
  mine: unknown;
  theirs: unknown;
}

/**
 * Three-way merge: what only one side changed is taken from that side; a place both changed
 * differently is an overlap, resolved by `prefer` and reported so the user can see the other value.
 */
export function merge3(base: unknown, mine: unknown, theirs: unknown, prefer: "mijne" | "hunne" = "mijne", path: Path = []): { value: unknown; overlaps: Overlap[] } {
  if (mine === theirs || deepEqual(mine, theirs)) return { value: mine, overlaps: [] };
  if (deepEqual(base, mine)) return { value: theirs, overlaps: [] };
  if (deepEqual(base, theirs)) return { value: mine, overlaps: [] };
  if (isObj(base) && isObj(mine) && isObj(theirs)) {
    const out: Obj = {};
    const overlaps: Overlap[] = [];
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const r = merge3(base[k], mine[k], theirs[k], prefer, [...path, k]);
      if (r.value !== undefined) out[k] = r.value;
      overlaps.push(...r.overlaps);
    }
    return { value: out, overlaps };
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    const [b, m, t] = [idsOf(base), idsOf(mine), idsOf(theirs)];
    if (b && m && t) return mergeById(base as Obj[], mine as Obj[], theirs as Obj[], prefer, path);
  }
  return { value: prefer === "mijne" ? mine : theirs, overlaps: [{ path, mine, theirs }] };
}

function mergeById(base: Obj[], mine: Obj[], theirs: Obj[], prefer: "mijne" | "hunne", path: Path): { value: unknown; overlaps: Overlap[] } {
  const byId = (list: Obj[]) => new Map(list.map((x) => [x["id"] as string, x]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const overlaps: Overlap[] = [];
  const out: Obj[] = [];
  const keep = (id: string): Obj | undefined => {
    const [xb, xm, xt] = [b.get(id), m.get(id), t.get(id)];
    if (xm && xt) {
      const r = merge3(xb, xm, xt, prefer, [...path, { id }]);
      overlaps.push(...r.overlaps);
      return r.value as Obj;
    }
    if (!xb) return xm ?? xt; // added on one side
    // Deleted on one side: gone, unless the other side changed it meanwhile.
    const survivor = xm ?? xt;
    if (survivor && !deepEqual(survivor, xb)) {
      overlaps.push({ path: [...path, { id }], mine: xm, theirs: xt });
      return (prefer === "mijne" ? xm : xt) ?? undefined;
    }
    return undefined;
  };
  // Their order, with my new items at the place I put them.
  const order: string[] = [...t.keys()];
  mine.forEach((x, i) => {
    const id = x["id"] as string;
    if (t.has(id)) return;
    const prev = i > 0 ? (mine[i - 1]?.["id"] as string) : undefined;
    const at = prev === undefined ? 0 : order.indexOf(prev) + 1;
    order.splice(at < 0 ? order.length : at, 0, id);
  });
  for (const id of order) {
    const v = keep(id);
    if (v) out.push(v);
  }
  return { value: out, overlaps };
}
