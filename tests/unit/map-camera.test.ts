import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { parkBounds } from '../../src/catalog/park-index';
import { parksInView, resetBounds, selectionTarget, targetPending } from '../../src/map/camera';
import { layerOps } from '../../src/map/layers/style-ops';
import { hatchPattern } from '../../src/map/layers/hatch';
import { park, sources, square } from '../fixtures/mini-catalog';

const a = park('park-a', { region: { en: 'Changchun' } });
const b = park('park-b', {
  region: { en: 'Hangzhou' },
  projects: [],
  boundary: { geometry: square(120.3, 30.3), confidence: 'approximate', method: 'm', sources: ['src-a'] },
  zones: [{ ...park().zones[0]!, boundary: { geometry: square(120.5, 30.5), confidence: 'approximate', method: 'm', sources: ['src-a'] } }],
});
const ref = park('ref', { reference: true, boundary: undefined, zones: [], projects: [], region: { en: 'Shanghai' } });
const catalog = buildCatalog([a, b, ref], sources.sources);

describe('camera targets', () => {
  it('fits a zone to its own box and a park to its boundary plus zones outside it', () => {
    const close = (got: number[] | undefined, want: number[]) => want.forEach((v, i) => expect(got?.[i]).toBeCloseTo(v, 9));
    const zone = selectionTarget(catalog, { park: 'park-a', zone: 'zone-a' });
    expect(zone?.kind).toBe('bounds');
    close(zone?.kind === 'bounds' ? zone.bounds : undefined, [125.4, 44, 125.4125, 44.009]);
    close(parkBounds(b), [120.3, 30.3, 120.5125, 30.509]);
  });

  it('centres a project and a park that has only a point', () => {
    expect(selectionTarget(catalog, { project: 'park-a-project' })).toMatchObject({ kind: 'point', center: [125.405, 44.004] });
    expect(selectionTarget(catalog, { park: 'ref' })).toMatchObject({ kind: 'point', center: [125.4, 44] });
    expect(selectionTarget(catalog, { park: 'nope' })).toBeUndefined();
  });

  it('resets to the selected park’s region, or to every non-reference park', () => {
    expect(resetBounds(catalog, { park: 'park-b' })).toEqual(parkBounds(b));
    const all = resetBounds(catalog)!;
    expect(all[0]).toBeCloseTo(120.3);
    expect(all[3]).toBeCloseTo(44.009);
  });
});

describe('in-place style updates and the hatch image', () => {
  it('turns a layer change into setLayoutProperty/setPaintProperty/setFilter operations', () => {
    const ops = layerOps(
      [{ id: 'l', type: 'line', source: 's', paint: { 'line-width': 1 }, layout: { visibility: 'visible' } }],
      [{ id: 'l', type: 'line', source: 's', paint: { 'line-width': 2 }, layout: { visibility: 'visible' }, filter: ['has', 'x'] }],
    );
    expect(ops).toEqual([
      { op: 'paint', layer: 'l', name: 'line-width', value: 2 },
      { op: 'filter', layer: 'l', value: ['has', 'x'] },
    ]);
  });

  it('draws a seamless diagonal hatch as RGBA', () => {
    const { width, height, data } = hatchPattern(8);
    expect([width, height, data.length]).toEqual([8, 8, 256]);
    const alpha = (x: number, y: number) => data[(y * 8 + x) * 4 + 3]!;
    expect(alpha(7, 0)).toBeGreaterThan(100); // on the line x + y + 1 ≡ 0 (mod 8)
    expect(alpha(3, 0)).toBe(0);
    expect(alpha(0, 7)).toBe(alpha(7, 0)); // symmetric, so tiles join
  });
});

describe('camera and parks not loaded yet', () => {
  // The index knows every park; only park-a's file has loaded.
  const partial = buildCatalog([a], sources.sources, [], catalog.index);

  it('fits a park from its index extent before its file is in, the same box its file gives', () => {
    const target = selectionTarget(partial, { park: 'park-b' });
    expect(target).toEqual({ kind: 'bounds', bounds: parkBounds(b).map((x) => Math.round(x * 1e5) / 1e5) });
    expect(targetPending(partial, { park: 'park-b' })).toBe(false);
  });

  it('waits for a zone or project whose park is loading, and gives up on ids the index does not list', () => {
    expect(targetPending(partial, { park: 'park-b', zone: 'zone-a' })).toBe(true);
    expect(targetPending(catalog, { park: 'park-b', zone: 'zone-a' })).toBe(false);
    expect(targetPending(partial, { project: 'no-such-project' })).toBe(false);
    expect(targetPending(partial, { project: a.projects[0]!.id })).toBe(false);
  });

  it('resets to every non-reference park the index lists, loaded or not', () => {
    expect(resetBounds(partial)).toEqual(resetBounds(catalog));
  });

  it('lists the parks in view, or none when more than the limit are', () => {
    const everywhere: [number, number, number, number] = [100, 20, 130, 50];
    expect(parksInView(partial, everywhere, 10)?.sort()).toEqual(['park-a', 'park-b', 'ref']);
    expect(parksInView(partial, everywhere, 2)).toBeUndefined();
    expect(parksInView(partial, [120, 30, 121, 31], 10)).toEqual(['park-b']);
  });
});
