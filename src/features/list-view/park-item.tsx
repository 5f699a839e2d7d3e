import { useState } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { STATUS_LABEL } from '../../catalog/format';
import { stepAt } from '../../catalog/as-of';
import { filterProjects, treeMatches, zoneMatches, type Filters } from '../../catalog/selectors';
import { countText, PROJECT_COUNT, useLang, useT, ZONE_COUNT } from '../../i18n/strings';
import { EntityName } from '../../ui/entity-name';
import { SelectLink } from '../../ui/select-link';

/** `root`: a top-level park of the list (focus lands on the first one a new page adds). */
type Props = { catalog: Catalog; id: string; filters: Filters; depth: number; seen?: ReadonlySet<string>; root?: boolean };

const HEADING = ['h3', 'h4', 'h5', 'h6'] as const;

/**
 * One park in the list: a heading link, then its zones and projects in a disclosure (rendered
 * only when opened, so a catalog of 100,000 projects stays light), then its child parks.
 */
export function ParkItem({ catalog, id, filters, depth, seen = new Set(), root = false }: Props) {
  const itemClass = root ? 'park-item park-item-root' : 'park-item';
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const Heading = HEADING[Math.min(depth, HEADING.length - 1)]!;
  const park = catalog.parkById.get(id);
  const summary = catalog.index.byId.get(id);
  if (!park) {
    // Listed by the index; its file is loading (ListView asked for it) or could not be used.
    return (
      <li className={itemClass}>
        <Heading className="park-item-name">
          <SelectLink to={{ park: id }}>
            <EntityName name={summary?.name ?? { en: id }} />
          </SelectLink>
          {summary?.reference && <span className="badge">{t('referencePark')}</span>}
        </Heading>
        <p className="cell-note">{catalog.unavailable.has(id) ? t('notAvailable') : t('loading')}</p>
      </li>
    );
  }
  const zones = park.zones.filter((z) => zoneMatches(z, filters));
  const projects = filterProjects(park, park.projects, filters);
  const path = new Set([...seen, park.id]);
  const children = (catalog.index.childrenOf.get(park.id) ?? []).filter((c) => {
    const child = catalog.parkById.get(c.id);
    return !path.has(c.id) && (!child || treeMatches(catalog, child, filters));
  });
  return (
    <li className={itemClass}>
      <Heading className="park-item-name">
        <SelectLink to={{ park: park.id }}>
          <EntityName name={park.name} />
        </SelectLink>
        {park.reference && <span className="badge">{t('referencePark')}</span>}
      </Heading>
      {(zones.length > 0 || projects.length > 0) && (
        <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>
            {t('zonesAndProjects', {
              zones: countText(zones.length, lang, ZONE_COUNT),
              projects: countText(projects.length, lang, PROJECT_COUNT),
            })}
          </summary>
          {open && (
            <>
              {zones.length > 0 && (
                <ul className="sub-list" aria-label={t('zones')}>
                  {zones.map((z) => (
                    <li key={z.id}>
                      <SelectLink to={{ park: park.id, zone: z.id }}>
                        <EntityName name={z.name} />
                      </SelectLink>
                    </li>
                  ))}
                </ul>
              )}
              {projects.length > 0 && (
                <ul className="sub-list" aria-label={t('projects')}>
                  {projects.map((p) => (
                    <li key={p.id}>
                      <SelectLink to={{ project: p.id }}>
                        <EntityName name={p.name} />
                      </SelectLink>
                      <span className="cell-note">{STATUS_LABEL[stepAt(p, filters.asOf)!.status][lang]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </details>
      )}
      {children.length > 0 && (
        <ul className="park-tree nested">
          {children.map((c) => (
            <ParkItem key={c.id} catalog={catalog} id={c.id} filters={filters} depth={depth + 1} seen={path} />
          ))}
        </ul>
      )}
    </li>
  );
}
