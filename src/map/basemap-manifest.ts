/**
 * Reads data/basemap/manifest.json (written by scripts/basemap/build-basemap.ts) into the list of
 * layers to draw, in the manifest's order. Tolerant on purpose: the basemap is context, so an
 * entry we do not understand is skipped rather than breaking the map.
 */
export type BasemapEntry = { id: string; file: string; kind: string; scope: 'national' | 'region' };

/** What a layer is, which decides how it is drawn (see basemap-style.ts). */
export type BasemapRole =
  | 'land'
  | 'water'
  | 'river'
  | 'coast'
  | 'border'
  | 'admin1'
  | 'admin2'
  | 'admin3'
  | 'rail'
  | 'places'
  | 'landmarks'
  | 'outline'
  | 'line'
  | 'reclaimed'
  | 'river-course';

const ROLES: [RegExp, BasemapRole][] = [
  [/reclaimed/, 'reclaimed'],
  [/river-course/, 'river-course'],
  [/border/, 'border'],
  [/landmark.*line|rail|metro/, 'rail'],
  [/landmark/, 'landmarks'],
  [/label|place/, 'places'],
  [/countr|^land$/, 'land'],
  [/province/, 'admin1'],
  [/cit(y|ies)|prefecture/, 'admin2'],
  [/district|count(y|ies)/, 'admin3'],
  [/sea|ocean|lake|water/, 'water'],
  [/river|canal/, 'river'],
  [/coast|shore/, 'coast'],
];

export function roleOf(entry: BasemapEntry): BasemapRole | undefined {
  for (const [pattern, role] of ROLES) if (pattern.test(entry.id)) return role;
  if (entry.kind === 'fill') return 'outline';
  if (entry.kind === 'line') return 'line';
  if (entry.kind === 'symbol') return 'places';
  return undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

export function readManifest(json: unknown): BasemapEntry[] {
  const root = json as { layers?: unknown } | unknown[] | null;
  const list = Array.isArray(root) ? root : Array.isArray(root?.layers) ? root.layers : [];
  const entries: BasemapEntry[] = [];
  for (const item of list) {
    const o = (typeof item === 'string' ? { file: item } : item) as Record<string, unknown> | null;
    if (!o || typeof o !== 'object') continue;
    const file = str(o.file) ?? str(o.path) ?? (str(o.id) ? `${str(o.id)}.geojson` : undefined);
    if (!file || !/^[\w.-]+\.geojson$/.test(file.replace(/^(data\/)?basemap\//, ''))) continue;
    const name = file.replace(/^(data\/)?basemap\//, '');
    // A region layer's file lives in each region's folder (basemap-regions.ts), not beside the manifest.
    const scope = o.scope === 'region' ? 'region' : 'national';
    entries.push({ id: str(o.id) ?? name.replace(/\.geojson$/, ''), file: name, kind: str(o.kind) ?? '', scope });
  }
  return entries;
}

export function readAttribution(json: unknown): string | undefined {
  return str((json as { text?: unknown } | null)?.text);
}
