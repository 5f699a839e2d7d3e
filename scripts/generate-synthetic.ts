import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Park, Project, SourcesFile } from '../src/catalog/schema';

/**
 * A synthetic catalog shaped like the real one, for measuring how load, validation, search and
 * rendering grow with the data. Deterministic (seeded), so runs compare.
 * Usage: tsx scripts/generate-synthetic.ts [parks=2500] [projectsPerPark=40] [outDir=.scratch/synthetic]
 */
export type SyntheticOptions = { parks: number; projectsPerPark: number; seed?: number };

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCE = 'synthetic-source';
const cite = { sources: [SOURCE] };
const KINDS = ['vaccine-plant', 'antibody-plant', 'drug-plant', 'industrial-park', 'infrastructure'] as const;
const STATUSES = ['signed', 'construction-started', 'civil-works-completed', 'fit-out-and-commissioning', 'operating'] as const;
const INDUSTRIES = ['biopharma', 'vaccines', 'medical-devices', 'chemical-drugs', 'new-materials', 'antibodies'] as const;

/** A lon/lat rectangle of the given km² (two zones side by side tile it). */
function rect(lon: number, lat: number, widthKm: number, heightKm: number): [number, number][] {
  const dLat = heightKm / 111.32;
  const dLon = widthKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [
    [lon, lat],
    [lon + dLon, lat],
    [lon + dLon, lat + dLat],
    [lon, lat + dLat],
    [lon, lat],
  ];
}

export function syntheticCatalog({ parks, projectsPerPark, seed = 42 }: SyntheticOptions): { sources: SourcesFile; parks: Park[] } {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const result: Park[] = [];
  for (let p = 0; p < parks; p++) {
    const id = `synthetic-park-${p}`;
    const lon = 100 + random() * 22;
    const lat = 22 + random() * 20;
    const km = 2 + random() * 6;
    const zone = (z: number) => ({
      id: `zone-${z}`,
      name: { en: `Zone ${z} of park ${p}` },
      focusIndustries: [pick(INDUSTRIES)],
      summary: 'Synthetic zone.',
      area: { values: [{ value: (km * km) / 2, unit: 'km2' as const, asOf: '2024', scope: 'zone area', ...cite }] },
      boundary: {
        geometry: {
          type: 'Polygon' as const,
          coordinates: [rect(lon + (z * km) / 2 / (111.32 * Math.cos((lat * Math.PI) / 180)), lat, km / 2, km)],
        },
        confidence: 'approximate' as const,
        method: 'synthetic',
        ...cite,
      },
      ...cite,
    });
    // Years spread over a decade (from the indices, not the random stream, so the other values stay as they were): the timeline has years to move through.
    const year = (i: number) => String(2015 + ((p + i) % 10));
    const projects: Project[] = Array.from({ length: projectsPerPark }, (_, i) => ({
      id: `${id}-project-${i}`,
      name: { en: `Project ${i} of park ${p}`, zh: `项目${i}` },
      companies: [{ name: { en: `Company ${p}-${i % 7}` } }],
      kind: pick(KINDS),
      summary: 'Synthetic project.',
      investment:
        random() < 0.8
          ? {
              values: [
                { value: Math.round(random() * 5e9), unit: 'CNY', magnitude: 'billion', asOf: year(i), scope: 'total investment', ...cite },
              ],
            }
          : undefined,
      statusHistory: [{ status: pick(STATUSES), date: year(i), ...cite }],
      location: {
        point: { type: 'Point', coordinates: [lon + (random() * km) / 90, lat + (random() * km) / 111] },
        confidence: 'site-unknown',
        method: 'synthetic',
        ...cite,
      },
      zoneId: `zone-${i % 2}`,
      ...cite,
    }));
    result.push({
      id,
      name: { en: `Synthetic park ${p}`, zh: `合成园区${p}` },
      kind: 'pharma-park',
      country: 'CN',
      region: { en: 'Synthetic' },
      summary: 'Synthetic park.',
      keyFigures: [],
      focusIndustries: [pick(INDUSTRIES)],
      landmarks: [],
      institutions: [],
      area: { values: [{ value: km * km, unit: 'km2', asOf: '2024', scope: 'park area', ...cite }] },
      location: { point: { type: 'Point', coordinates: [lon, lat] }, confidence: 'approximate', method: 'synthetic', ...cite },
      boundary: {
        geometry: { type: 'Polygon', coordinates: [rect(lon, lat, km, km)] },
        confidence: 'approximate',
        method: 'synthetic',
        ...cite,
      },
      zones: [zone(0), zone(1)],
      projects,
      aggregates: [],
      ...cite,
    });
  }
  return {
    sources: { sources: [{ id: SOURCE, title: 'Synthetic', publisher: 'Bench', date: '2024', kind: 'located-fact' }] },
    parks: result,
  };
}

/** Writes the catalog as data/ would hold it: sources.json and parks/<id>.json. */
export function writeSynthetic(outDir: string, options: SyntheticOptions): void {
  const { sources, parks } = syntheticCatalog(options);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'parks'), { recursive: true });
  writeFileSync(join(outDir, 'sources.json'), JSON.stringify(sources));
  for (const park of parks) writeFileSync(join(outDir, 'parks', `${park.id}.json`), JSON.stringify(park));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [parks = '2500', perPark = '40', out = '.scratch/synthetic'] = process.argv.slice(2);
  writeSynthetic(out, { parks: Number(parks), projectsPerPark: Number(perPark) });
  console.log(`wrote ${parks} parks × ${perPark} projects to ${out}`);
}
