import { PARAM_NAMES, registry, type ParamName, type UrlState } from './registry';

const canonical = (name: ParamName, value: unknown): string | undefined =>
  value === undefined ? undefined : (registry[name].format as (v: unknown) => string | undefined)(value);

/**
 * `next`, with every parameter whose canonical form is unchanged taken from `prev` instead, so a
 * camera move hands React the same `industry`, `status` and `compare` arrays as before and nothing
 * that depends on them (the map's GeoJSON above all) is rebuilt.
 */
export function keepIdentity(prev: UrlState, next: UrlState): UrlState {
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const name of PARAM_NAMES) {
    const before = prev[name];
    const after = next[name];
    const same = before === after || canonical(name, before) === canonical(name, after);
    if (!same) changed = true;
    if ((same ? before : after) !== undefined) out[name] = same ? before : after;
  }
  // Nothing changed at all: the very same object, so selectors on `state` itself stay put too.
  return changed ? (out as UrlState) : prev;
}
