import { createExpression, latest, type CircleLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog';
import type { Park } from '../../src/catalog/schema';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { AREA_MINZOOM, DASHED } from '../../src/map/layers/area-layers';
import { atlasLayers, atlasSources } from '../../src/map/layers/atlas-style';
import { SOURCE } from '../../src/map/layers/expressions';
import { desiredStates, diffStates } from '../../src/map/layers/feature-state';
import { labelPoint, pointInPolygon } from '../../src/map/layers/label-point';
import { PARK_PALETTE, parkColours, STAGE_OF, STAGE_STYLE } from '../../src/map/palette';
import { projectLayers } from '../../src/map/layers/project-layers';
import { park, sources, square } from '../fixtures/mini-catalog';

/** A new area containing a park with two zones, and a reference park elsewhere. */
function nested(): Catalog {
  const parent = park('big-area', {
    name: { en: 'Big Area', zh: '大区' },
    kind: 'new-area',
    zones: [],
    projects: [],
    boundary: { geometry: square(125.3, 43.9, 0.3, 0.2), confidence: 'digitised', method: 'm', sources: ['src-a'] },
  });
  const child = park('pharma-valley', { name: { en: 'Pharma Valley', zh: '医药谷' }, parentId: 'big-area' });
  child.zones.push({
    ...child.zones[0]!,
    id: 'zone-b',
    name: { en: 'Zone B' },
    focusIndustries: ['chemical-drugs'],
    boundary: { geometry: square(125.42, 44.0), confidence: 'surveyed', method: 'm', sources: ['src-a'] },
  });
  child.projects[0]!.statusHistory.push({ status: 'operating', date: '2024', sources: ['src-a'] });
  const reference: Park = park('ref-park', { reference: true, boundary: undefined, zones: [], projects: [], region: { en: 'Shanghai' } });
  return buildCatalog([child, parent, reference], sources.sources);
}

const keys = (fc: { features: { properties: unknown }[] }) => fc.features.map((f) => (f.properties as { key: string }).key);

describe('atlas data (pure: catalog + filters → GeoJSON)', () => {
  it('draws parents beneath children and keys every feature by catalog id', () => {
    const data = buildAtlasData(nested());
    expect(keys(data.parks)).toEqual(['big-area', 'pharma-valley']);
    expect(keys(data.zones)).toEqual(['pharma-valley/zone-a', 'pharma-valley/zone-b']);
    expect(keys(data.parkPoints)).toContain('ref-park');
    expect(keys(data.projects)).toEqual(['pharma-valley-project']);
  });

  it('marks approximate geometry, containers and reference parks', () => {
    const data = buildAtlasData(nested());
    const props = (key: string) => data.parks.features.find((f) => f.properties?.key === key)?.properties;
    expect(props('big-area')).toMatchObject({ approximate: false, container: true, depth: 0 });
    expect(props('pharma-valley')).toMatchObject({ approximate: true, container: true, depth: 1 });
    expect(data.zones.features.map((f) => f.properties?.approximate)).toEqual([true, false]);
    expect(data.parkPoints.features.find((f) => f.properties?.key === 'ref-park')?.properties).toMatchObject({
      reference: true,
      drawn: false,
    });
  });

  it('gives zones their own names only (never the park’s) and a label point inside them', () => {
    const data = buildAtlasData(nested());
    const zoneB = data.zoneLabels.features[1]!;
    expect(zoneB.properties).toMatchObject({ name_en: 'Zone B' });
    expect(zoneB.properties).not.toHaveProperty('name_zh');
    expect(pointInPolygon((zoneB.geometry as Point).coordinates as [number, number], square(125.42, 44.0).coordinates)).toBe(true);
  });

  it('styles a project by its latest status, hollow when its site is unknown', () => {
    const [project] = buildAtlasData(nested()).projects.features;
    expect(project?.properties).toMatchObject({ status: 'operating', siteUnknown: true });
  });

  it('applies the industry filter to zones, parks (keeping parents of matches) and projects', () => {
    const data = buildAtlasData(nested(), { industry: ['chemical-drugs'] });
    expect(keys(data.zones)).toEqual(['pharma-valley/zone-b']);
    expect(keys(data.parks)).toEqual(['big-area', 'pharma-valley']);
    expect(keys(data.projects)).toEqual([]); // its zone focuses on vaccines, its park on biopharma
    expect(keys(buildAtlasData(nested(), { industry: ['vaccines'] }).projects)).toEqual(['pharma-valley-project']);
  });

  it('applies the status filter to projects by latest status', () => {
    expect(keys(buildAtlasData(nested(), { status: ['signed'] }).projects)).toEqual([]);
    expect(keys(buildAtlasData(nested(), { status: ['operating'] }).projects)).toEqual(['pharma-valley-project']);
  });

  // How fast is measured by `npm run bench`; here only that 100,000 projects build into one clustered source.
  it('builds 100,000 projects into one clustered source', () => {
    const base = park('big-park');
    const template = base.projects[0]!;
    const projects = Array.from({ length: 100_000 }, (_, i) => ({
      ...template,
      id: `p-${i}`,
      location: {
        ...template.location,
        point: { type: 'Point' as const, coordinates: [100 + (i % 400) / 10, 20 + Math.floor(i / 400) / 10] as [number, number] },
      },
    }));
    const catalog = buildCatalog([{ ...base, projects }], sources.sources);
    const data = buildAtlasData(catalog, { status: ['signed'] });
    expect(data.projects.features).toHaveLength(100_000);
    expect(atlasSources(data)[SOURCE.projects]).toMatchObject({ type: 'geojson', cluster: true, promoteId: 'key' });
  });
});

describe('atlas layers (pure: UI state → layer specs)', () => {
  it('has fills, dashed outlines for approximate geometry, a hatch, clusters and non-overlapping labels', () => {
    const { geometry, labels } = atlasLayers('en');
    const byId = new Map([...geometry, ...labels].map((l) => [l.id, l]));
    const dash = (id: string) => {
      const value = (byId.get(id) as { paint: Record<string, unknown> }).paint['line-dasharray'];
      const compiled = createExpression(value, `layers.${id}.paint.line-dasharray`, latest.paint_line['line-dasharray'] as never);
      if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
      return compiled.value.evaluate({ zoom: 12 }, { type: 'LineString', properties: {} } as never);
    };
    expect(dash('atlas-zone-outline-approx')).toEqual(DASHED);
    expect(dash('atlas-zone-outline')).toEqual([1, 0]);
    expect(byId.get('atlas-zone-hatch')).toMatchObject({ paint: { 'fill-pattern': 'atlas-hatch' } });
    expect(byId.get('atlas-project-cluster')).toMatchObject({ filter: ['has', 'point_count'] });
    for (const l of labels.filter((x) => x.type === 'symbol' && x.id !== 'atlas-project-cluster-count' && x.id !== 'atlas-city-count')) {
      expect((l.layout as Record<string, unknown>)['text-allow-overlap'] ?? false).toBe(false);
    }
  });

  it('paints selection and hover through feature-state, so they never re-tile', () => {
    const fill = atlasLayers('en').geometry.find((l) => l.id === 'atlas-zone-fill')!;
    expect(JSON.stringify(fill.paint)).toContain('feature-state');
  });

  it('puts the reader’s language first in labels', () => {
    const label = (lang: 'en' | 'zh') => JSON.stringify(atlasLayers(lang).labels.find((l) => l.id === 'atlas-zone-label')?.layout);
    const first = (lang: 'en' | 'zh') => /\["format",\["get","(name_\w+)"\]/.exec(label(lang))?.[1];
    expect(first('en')).toBe('name_en');
    expect(first('zh')).toBe('name_zh');
  });
});

describe('what a whole country view draws', () => {
  const layers = [...atlasLayers('en').geometry, ...atlasLayers('en').labels];
  const minzoom = (id: string) => layers.find((l) => l.id === id)?.minzoom ?? 0;
  it(`draws no park or zone area, outline, hatch or uncertainty ring below zoom ${AREA_MINZOOM}, only markers and city groups`, () => {
    const areas = layers.filter((l) =>
      [SOURCE.parks, SOURCE.zones, SOURCE.uncertainty].includes((l as { source?: string }).source as never),
    );
    expect(areas.length).toBeGreaterThanOrEqual(14);
    for (const l of areas) expect(l.minzoom, l.id).toBe(AREA_MINZOOM);
    for (const id of ['atlas-park-marker', 'atlas-park-label-overview', 'atlas-city-cluster', 'atlas-city-label'])
      expect(minzoom(id), id).toBe(0);
    // The areas come back before the overview's park labels give way to the detailed ones.
    expect(AREA_MINZOOM).toBeLessThan(minzoom('atlas-park-label'));
  });

  it('uses no zone source at all: a zone without an outline gets its marker where the outlined zones appear', () => {
    // MapLibre loads a source's tiles only while one of its layers is shown: a zone layer at the
    // national view cost a full frame of its own, drawn before the labels' glyphs could load.
    const zoneLayers = layers.filter((l) => [SOURCE.zones, SOURCE.zoneLabels].includes((l as { source?: string }).source as never));
    expect(zoneLayers.map((l) => l.id)).toContain('atlas-zone-marker');
    for (const l of zoneLayers) expect(l.minzoom ?? 0, l.id).toBeGreaterThanOrEqual(AREA_MINZOOM);
  });
});

describe('feature-state flags', () => {
  it('selects the zone (not its park) and follows hover, switching only what changed', () => {
    const a = desiredStates({ park: 'p', zone: 'z' }, null);
    expect(a).toEqual([
      { source: SOURCE.zones, id: 'p/z', flag: 'selected' },
      { source: SOURCE.uncertainty, id: 'p/z', flag: 'selected' },
    ]);
    const b = desiredStates({ park: 'p', zone: 'z' }, { kind: 'project', id: 'x' });
    expect(diffStates(a, b)).toEqual({ off: [], on: [{ source: SOURCE.projects, id: 'x', flag: 'hover' }] });
    expect(diffStates(b, desiredStates({ park: 'p' }, null)).off).toHaveLength(3);
  });
});

describe('palette and label points', () => {
  it('gives distinct palette colours to parks and grey to reference parks', () => {
    const colours = parkColours(nested());
    expect(colours.get('big-area')).not.toBe(colours.get('pharma-valley'));
    expect(PARK_PALETTE).toContain(colours.get('big-area'));
    expect(PARK_PALETTE).not.toContain(colours.get('ref-park'));
  });

  it('finds a point inside a concave (U-shaped) polygon where the centroid is outside', () => {
    const u = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ] as [number, number][][],
    };
    expect(pointInPolygon(labelPoint(u), u.coordinates)).toBe(true);
  });
});

describe('atlas data for parks not loaded yet', () => {
  const all = nested();
  const partial = buildCatalog(
    all.parks.filter((p) => p.id !== 'pharma-valley'),
    sources.sources,
    [],
    all.index,
  );

  it('draws a park known only from the index as a ring at the middle of its extent, coloured as when loaded', () => {
    const data = buildAtlasData(partial);
    const ring = data.parkPoints.features.find((f) => f.properties?.key === 'pharma-valley')!;
    const [w, s, e, n] = all.index.byId.get('pharma-valley')!.bbox!;
    expect((ring.geometry as Point).coordinates).toEqual([(w + e) / 2, (s + n) / 2]);
    expect(ring.properties).toMatchObject({ drawn: false, approximate: true, pending: true, name_en: 'Pharma Valley', depth: 1 });
    expect(ring.properties?.colour).toBe(parkColours(all).get('pharma-valley'));
    expect(keys(data.zones)).toEqual([]);
    expect(keys(data.projects)).toEqual([]);
  });

  it('draws nothing from the index for a park that has loaded', () => {
    expect(buildAtlasData(all).parkPoints.features.filter((f) => f.properties?.pending)).toEqual([]);
  });
});

describe('project points', () => {
  const point = projectLayers().find((l) => l.id === 'atlas-project-point') as CircleLayerSpecification;
  const evaluate = (name: 'circle-radius' | 'circle-opacity', properties: Record<string, unknown>) => {
    const compiled = createExpression(point.paint![name], `layers.atlas-project-point.paint.${name}`, latest.paint_circle[name] as never);
    if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
    return compiled.value.evaluate({ zoom: 10 }, { type: 'Point', properties } as never);
  };

  it('size a project by the stage of its status, read from the status alone', () => {
    for (const [status, stage] of Object.entries(STAGE_OF)) expect(evaluate('circle-radius', { status })).toBe(STAGE_STYLE[stage].radius);
  });

  it('carry only what the layers read, so the timeline posts little to the worker', () => {
    const [project] = buildAtlasData(nested()).projects.features;
    expect(Object.keys(project!.properties!).sort()).toEqual(['key', 'name_en', 'siteUnknown', 'status']);
    expect(evaluate('circle-opacity', project!.properties!)).toBe(0);
    expect(evaluate('circle-opacity', { status: 'operating' })).toBe(1);
  });
});
