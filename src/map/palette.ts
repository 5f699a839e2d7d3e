import type { Catalog } from '../catalog/catalog';
import type { ProjectStatus } from '../catalog/schema';

/**
 * Park colours: the Okabe–Ito set (distinct under the common colour-vision deficiencies) without
 * its black and yellow, which vanish against labels and the pale basemap, plus three darker tones
 * for catalogs with more parks. Colour is never the only carrier: every park is also labelled.
 */
export const PARK_PALETTE = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#8c564b',
  '#6a3d9a',
  '#3b7a57',
  '#a6761d',
] as const;

export const REFERENCE_COLOUR = '#5f6b7a';

/**
 * A colour per park, keyed by park id in id order: the same catalog always gets the same colours,
 * and parks drawn together (a region rarely has more than ten) never share one.
 */
export function parkColours(catalog: Catalog): ReadonlyMap<string, string> {
  // From the index, so a park keeps its colour whether or not the others have loaded.
  const ids = catalog.index.parks
    .filter((p) => !p.reference)
    .map((p) => p.id)
    .sort();
  const colours = new Map<string, string>(ids.map((id, i) => [id, PARK_PALETTE[i % PARK_PALETTE.length]!]));
  for (const park of catalog.index.parks) if (park.reference) colours.set(park.id, REFERENCE_COLOUR);
  return colours;
}

/** Project stage: the second carrier besides colour (drawn as size and stroke, see project-layers). */
export type Stage = 'planned' | 'building' | 'operating';

export const STAGE_OF: Record<ProjectStatus, Stage> = {
  'stage-unknown': 'planned',
  announced: 'planned',
  signed: 'planned',
  'construction-started': 'building',
  'construction-restarted': 'building',
  'civil-works-completed': 'building',
  'fit-out-and-commissioning': 'building',
  operating: 'operating',
};

/** Sequential from grey (on paper) through amber (building) to blue-green (running). */
export const STATUS_COLOUR: Record<ProjectStatus, string> = {
  'stage-unknown': '#b9bdc4',
  announced: '#8a8f98',
  signed: '#7b5ea7',
  'construction-started': '#e08214',
  'construction-restarted': '#b35806',
  'civil-works-completed': '#a08000',
  'fit-out-and-commissioning': '#35978f',
  operating: '#01665e',
};

/** Circle radius and stroke per stage, so shape says what colour says. */
export const STAGE_STYLE: Record<Stage, { radius: number; stroke: number; strokeColour: string }> = {
  planned: { radius: 4.5, stroke: 1, strokeColour: '#ffffff' },
  building: { radius: 6, stroke: 2.5, strokeColour: '#1d2430' },
  operating: { radius: 7.5, stroke: 1.5, strokeColour: '#ffffff' },
};

/** Mixes a #rrggbb colour towards white (t > 0) or black (t < 0). */
export function shade(hex: string, t: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(t >= 0 ? c + (255 - c) * t : c * (1 + t));
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${((1 << 24) | (r! << 16) | (g! << 8) | b!).toString(16).slice(1)}`;
}

/**
 * Zones share their park's hue (the legend keys parks) but each gets its own lightness, so
 * neighbouring zones of one park read as distinct areas.
 */
const ZONE_SHADES = [0, 0.55, -0.4, 0.75, -0.6, 0.3];
export const zoneColour = (parkColour: string, index: number) => shade(parkColour, ZONE_SHADES[index % ZONE_SHADES.length]!);
