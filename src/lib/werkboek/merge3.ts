/**
 * The three-way merge for two tabs that edited the same werkboek. Its own module: it is only needed
 * when a save meets another tab's save, so worksheet pages load it then (ADR 0033: the bytes went to
 * the save policy).
 */
import { deepEqual, idsOf, isObj, type Obj, type Path } from "./merge.ts";

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
