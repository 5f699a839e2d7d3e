import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

/** A change to one layer that MapLibre can make in place (no style reload, no re-tiling). */
export type LayerOp =
  { op: 'layout' | 'paint'; layer: string; name: string; value: unknown } | { op: 'filter'; layer: string; value: unknown };

type Props = Record<string, unknown> | undefined;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function propOps(op: 'layout' | 'paint', layer: string, before: Props, after: Props): LayerOp[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names].filter((name) => !same(before?.[name], after?.[name])).map((name) => ({ op, layer, name, value: after?.[name] }));
}

/**
 * The in-place operations that turn `before` into `after`, for layers present in both (what a
 * language switch needs). Layers only on one side are left alone: adding or removing layers is a
 * style change, not an update.
 */
export function layerOps(before: readonly LayerSpecification[], after: readonly LayerSpecification[]): LayerOp[] {
  const old = new Map(before.map((l) => [l.id, l]));
  const ops: LayerOp[] = [];
  for (const next of after) {
    const prev = old.get(next.id);
    if (!prev) continue;
    const p = prev as { layout?: Props; paint?: Props; filter?: unknown };
    const n = next as { layout?: Props; paint?: Props; filter?: unknown };
    ops.push(...propOps('layout', next.id, p.layout, n.layout), ...propOps('paint', next.id, p.paint, n.paint));
    if (!same(p.filter, n.filter)) ops.push({ op: 'filter', layer: next.id, value: n.filter ?? null });
  }
  return ops;
}

/** Replaces, in a composed layer list, every layer that `fresh` has a newer version of. */
export function refreshLayers(current: readonly LayerSpecification[], fresh: readonly LayerSpecification[]): LayerSpecification[] {
  const byId = new Map(fresh.map((l) => [l.id, l]));
  return current.map((l) => byId.get(l.id) ?? l);
}
