import { geometryAreaKm2 } from './geo.ts';
import type { Boundary, Figure, KeyFigure, Park, Redirect, Release, SnapshotEntity, SnapshotFact, StatusStep } from './schema';

/**
 * A release's snapshot (issue 17): every cited value of the catalog as one flat, sorted tuple
 * `[entity, field, value, unit, qualifier, asOf, sources]`, so two releases compare fact by fact
 * and a release file diffs line by line in git. Only what a reader would call a change is kept
 * (figures, status steps, boundaries, who is in the catalog); prose and printed forms are not.
 */
export const parkKey = (id: string) => `park:${id}`;
export const zoneKeyOf = (parkId: string, zoneId: string) => `zone:${parkId}/${zoneId}`;
export const projectKey = (id: string) => `project:${id}`;

/** A label's English words as a field name: "Biomedicine output" → "biomedicine-output". */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

/** The n-th value of a figure is its own fact: `area`, `area#2`, … (sources that disagree stand side by side). */
function figureFacts(key: string, field: string, figure: Figure | undefined): SnapshotFact[] {
  return (figure?.values ?? []).map((v, i) => [
    key,
    i ? `${field}#${i + 1}` : field,
    v.value,
    v.unit,
    v.qualifier ?? '',
    v.asOf,
    [...v.sources].sort(),
  ]);
}

const keyFigureFacts = (key: string, figures: readonly KeyFigure[] | undefined) =>
  (figures ?? []).flatMap((f) => figureFacts(key, `${f.kind}/${slug(f.label.en)}`, f.figure));

function statusFacts(key: string, steps: readonly StatusStep[]): SnapshotFact[] {
  const seen = new Map<string, number>();
  return steps.map((s) => {
    const n = (seen.get(s.status) ?? 0) + 1;
    seen.set(s.status, n);
    return [key, n > 1 ? `status/${s.status}#${n}` : `status/${s.status}`, s.date, '', '', s.date, [...s.sources].sort()];
  });
}

/** A drawn outline is compared by its area (to the m²'s thousandth of a km²): any redrawing moves it. */
const boundaryFacts = (key: string, boundary: Boundary | undefined): SnapshotFact[] =>
  boundary ? [[key, 'boundary', Number(geometryAreaKm2(boundary.geometry).toFixed(3)), 'km2', '', '', [...boundary.sources].sort()]] : [];

const entity = (key: string, park: string, name: { en: string; zh?: string }): SnapshotEntity =>
  name.zh ? [key, park, name.en, name.zh] : [key, park, name.en];

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function redirectKeys(r: Redirect): [Redirect['kind'], string, string] {
  if (r.kind === 'park') return ['park', parkKey(r.from), parkKey(r.to)];
  if (r.kind === 'project') return ['project', projectKey(r.from), projectKey(r.to)];
  return ['zone', zoneKeyOf(r.parkId ?? '', r.from), zoneKeyOf(r.toParkId ?? r.parkId ?? '', r.to)];
}

export type ReleaseMeta = { release: string; date: string; note: string; from?: string };

export function snapshot(parks: readonly Park[], redirects: readonly Redirect[], meta: ReleaseMeta): Release {
  const entities: SnapshotEntity[] = [];
  const facts: SnapshotFact[] = [];
  for (const park of parks) {
    const key = parkKey(park.id);
    entities.push(entity(key, park.id, park.name));
    facts.push(...figureFacts(key, 'area', park.area), ...keyFigureFacts(key, park.keyFigures), ...boundaryFacts(key, park.boundary));
    for (const a of park.aggregates) {
      facts.push(
        ...figureFacts(key, `aggregate/${a.id}/count`, a.count),
        ...figureFacts(key, `aggregate/${a.id}/investment`, a.investment),
      );
    }
    for (const zone of park.zones) {
      const zk = zoneKeyOf(park.id, zone.id);
      entities.push(entity(zk, park.id, zone.name));
      facts.push(...figureFacts(zk, 'area', zone.area), ...boundaryFacts(zk, zone.boundary));
    }
    for (const project of park.projects) {
      const pk = projectKey(project.id);
      entities.push(entity(pk, park.id, project.name));
      facts.push(
        ...figureFacts(pk, 'investment', project.investment),
        ...keyFigureFacts(pk, project.otherFigures),
        ...statusFacts(pk, project.statusHistory),
      );
    }
  }
  // Two key figures of one kind and label would share a field: the later ones are numbered.
  const seen = new Map<string, number>();
  for (const fact of facts) {
    const id = `${fact[0]} ${fact[1]}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) fact[1] = `${fact[1]}~${n}`;
  }
  entities.sort((a, b) => compare(a[0], b[0]));
  facts.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  return { ...meta, entities, redirects: redirects.map(redirectKeys).sort((a, b) => compare(a[1], b[1])), facts };
}

/** One tuple a line: compact, and a new release's file diffs against the last one line by line. */
export function formatRelease(release: Release): string {
  const rows = (list: readonly unknown[]) => (list.length ? `[\n${list.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : '[]');
  const head = Object.entries({ release: release.release, date: release.date, note: release.note, from: release.from })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${[...head, `  "entities": ${rows(release.entities)}`, `  "redirects": ${rows(release.redirects)}`, `  "facts": ${rows(release.facts)}`].join(',\n')}\n}\n`;
}
