import type { z } from 'zod';
import { geometryAreaKm2, isClosed, polygons, selfIntersection } from './geo.ts';
import { ParkSchema, SourcesFileSchema, type Park, type Source, type Figure } from './schema.ts';

/** One thing wrong with the catalog, located precisely enough to fix it. */
export type Problem = { file: string; path: string; message: string };
export type RawFile = { file: string; text: string };
export type ValidatedCatalog = { parks: Park[]; sources: Source[]; problems: Problem[] };

/** Area tolerance: a drawn boundary must be within this share of a stated area. */
export const AREA_TOLERANCE = 0.1;

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

function parseJson(raw: RawFile, problems: Problem[]): unknown {
  try {
    return JSON.parse(raw.text);
  } catch (error) {
    problems.push({ file: raw.file, path: '$', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}

export function parseSources(raw: RawFile): { sources: Source[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const json = parseJson(raw, problems);
  if (json === undefined) return { sources: [], problems };
  const result = SourcesFileSchema.safeParse(json);
  if (!result.success) return { sources: [], problems: zodProblems(raw.file, result.error) };
  const seen = new Set<string>();
  result.data.sources.forEach((source, i) => {
    if (seen.has(source.id)) problems.push({ file: raw.file, path: `$.sources[${i}].id`, message: `duplicate source id "${source.id}"` });
    seen.add(source.id);
  });
  return { sources: result.data.sources, problems };
}

/** Checks that need only the park itself and the source list. */
export function checkPark(park: Park, file: string, sourceIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push({ file, path, message });
  const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (park.id !== expectedId) at('$.id', `id "${park.id}" must equal the file name "${expectedId}"`);

  walkSourceRefs(park, '$', (id, path) => {
    if (!sourceIds.has(id)) at(path, `unknown source id "${id}" (not in data/sources.json)`);
  });

  const zoneIds = new Set<string>();
  park.zones.forEach((zone, i) => {
    if (zoneIds.has(zone.id)) at(`$.zones[${i}].id`, `duplicate zone id "${zone.id}"`);
    zoneIds.add(zone.id);
    if (zone.boundary) checkBoundary(zone.boundary.geometry, zone.area, `$.zones[${i}]`, at);
  });
  if (park.boundary) checkBoundary(park.boundary.geometry, park.area, '$', at);

  const localIds = new Set<string>();
  park.projects.forEach((project, i) => {
    if (localIds.has(project.id)) at(`$.projects[${i}].id`, `duplicate project id "${project.id}"`);
    localIds.add(project.id);
    if (project.zoneId && !zoneIds.has(project.zoneId))
      at(`$.projects[${i}].zoneId`, `zone "${project.zoneId}" is not a zone of ${park.id}`);
  });
  return problems;
}

function checkBoundary(
  geometry: NonNullable<Park['boundary']>['geometry'],
  area: Figure | undefined,
  base: string,
  at: (path: string, message: string) => void,
) {
  const multi = geometry.type === 'MultiPolygon';
  polygons(geometry).forEach((polygon, p) => {
    polygon.forEach((ring, r) => {
      const path = `${base}.boundary.geometry.coordinates${multi ? `[${p}]` : ''}[${r}]`;
      if (!isClosed(ring)) at(path, 'ring is not closed: the last position must repeat the first');
      else {
        const edge = selfIntersection(ring);
        if (edge >= 0) at(`${path}[${edge}]`, 'ring intersects itself at this edge');
      }
    });
  });
  const stated = (area?.values ?? []).filter((v) => v.unit === 'km2');
  if (stated.length === 0) return;
  const drawn = geometryAreaKm2(geometry);
  const fits = stated.some((v) => Math.abs(drawn - v.value) <= AREA_TOLERANCE * v.value);
  if (!fits) {
    const list = stated.map((v) => `${v.value} km²`).join(' or ');
    at(`${base}.boundary.geometry`, `drawn area ${drawn.toFixed(2)} km² is not within ${AREA_TOLERANCE * 100}% of the stated ${list}`);
  }
}

/** Visits every `sources` array in a park, with its JSON path. */
function walkSourceRefs(value: unknown, path: string, visit: (id: string, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkSourceRefs(item, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) child.forEach((id, i) => visit(String(id), `${path}.sources[${i}]`));
      else if (key !== 'geometry' && key !== 'point') walkSourceRefs(child, `${path}.${key}`, visit);
    }
  }
}

/** The checks of one park file on its own: JSON, schema, then `checkPark`. */
export function validateParkFile(raw: RawFile, sourceIds: ReadonlySet<string>): { park?: Park; problems: Problem[] } {
  const problems: Problem[] = [];
  const json = parseJson(raw, problems);
  if (json === undefined) return { problems };
  const result = ParkSchema.safeParse(json);
  if (!result.success) return { problems: zodProblems(raw.file, result.error) };
  const own = checkPark(result.data, raw.file, sourceIds);
  return own.length ? { problems: own } : { park: result.data, problems: [] };
}

/**
 * Validates a whole catalog. A file with any problem is left out and named; every other park
 * still loads. Problems are all collected, never only the first.
 */
export function validateCatalog(sourcesRaw: RawFile, parkFiles: readonly RawFile[]): ValidatedCatalog {
  const { sources, problems } = parseSources(sourcesRaw);
  const sourceIds = new Set(sources.map((s) => s.id));
  const candidates: { park: Park; file: string }[] = [];
  for (const raw of parkFiles) {
    const { park, problems: own } = validateParkFile(raw, sourceIds);
    problems.push(...own);
    if (park) candidates.push({ park, file: raw.file });
  }
  // A parent whose own file is broken is reported there; its children still load.
  const fileIds = new Set(parkFiles.map((raw) => raw.file.replace(/^.*\//, '').replace(/\.json$/, '')));
  return { parks: crossCheck(candidates, fileIds, problems), sources, problems };
}

/**
 * The checks across files, once every file is in: one id per park, project ids unique across
 * parks (the first file keeps its id), parents that exist.
 */
export function crossCheck(candidates: readonly { park: Park; file: string }[], fileIds: ReadonlySet<string>, problems: Problem[]): Park[] {
  const parkIds = new Set<string>();
  const projectOwner = new Map<string, string>();
  const accepted: { park: Park; file: string }[] = [];
  for (const c of candidates) {
    const before = problems.length;
    if (parkIds.has(c.park.id)) problems.push({ file: c.file, path: '$.id', message: `duplicate park id "${c.park.id}"` });
    c.park.projects.forEach((project, i) => {
      const owner = projectOwner.get(project.id);
      if (owner)
        problems.push({
          file: c.file,
          path: `$.projects[${i}].id`,
          message: `project id "${project.id}" is already used by park ${owner}`,
        });
    });
    if (problems.length > before) continue;
    parkIds.add(c.park.id);
    c.park.projects.forEach((project) => projectOwner.set(project.id, c.park.id));
    accepted.push(c);
  }
  return accepted
    .filter((c) => {
      if (!c.park.parentId || fileIds.has(c.park.parentId)) return true;
      problems.push({ file: c.file, path: '$.parentId', message: `parent park "${c.park.parentId}" does not exist` });
      return false;
    })
    .map((c) => c.park);
}
