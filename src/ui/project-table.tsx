import { useId, useState } from 'react';
import { nameText, STATUS_LABEL, STATUS_ORDER } from '../catalog/format';
import type { Park, Project, Source } from '../catalog/schema';
import { stepAt } from '../catalog/as-of';
import { investmentSortKey } from '../catalog/selectors';
import { useLang, useT } from '../i18n/strings';
import { formatPartialDate } from '../i18n/format-date';
import { EntityName } from './entity-name';
import { FigureView } from './figure-view';
import { ProjectTotalsLine } from './project-totals';
import { SelectLink } from './select-link';
import { useAsOf } from './use-filters';

type SortKey = 'listed' | 'investment' | 'status';
type Props = {
  park: Park;
  /** The projects to show (already filtered) and how many there are before filtering. */
  projects: readonly Project[];
  total: number;
  sources: ReadonlyMap<string, Source>;
  /** Show each project's zone (in a park panel; a zone panel needs no such column). */
  showZone?: boolean;
};

// Projects shown have a step by the date (the filters drop the rest).
const stage = (p: Project, asOf: string | undefined) => STATUS_ORDER.indexOf(stepAt(p, asOf)!.status);

function sorted(projects: readonly Project[], key: SortKey, descending: boolean, asOf: string | undefined): readonly Project[] {
  if (key === 'listed') return projects;
  const score = key === 'investment' ? (p: Project) => investmentSortKey(p) : (p: Project) => stage(p, asOf);
  // A missing amount stays last in both directions: it is unknown, not small.
  return [...projects].sort((a, b) => {
    const sa = score(a),
      sb = score(b);
    if (sa < 0 || sb < 0) return sb - sa;
    return descending ? sb - sa : sa - sb;
  });
}

/** A park's or zone's projects: totals first, then a table sortable by investment and status. */
export function ProjectTable({ park, projects, total, sources, showZone }: Props) {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  const asOf = useAsOf();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'listed', descending: true });
  const zones = new Map(park.zones.map((z) => [z.id, z]));
  const toggle = (key: SortKey) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: true }));
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  const header = (key: 'investment' | 'status') => (
    <th scope="col" aria-sort={ariaSort(key)}>
      <button type="button" className="sort-button" onClick={() => toggle(key)}>
        {t(key)}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ' ↕'}
        </span>
      </button>
    </th>
  );
  return (
    <section aria-labelledby={headingId} className="panel-section">
      <h3 id={headingId}>{t('projects')}</h3>
      <ProjectTotalsLine projects={projects} />
      {projects.length < total && <p className="filtered-note">{t('filteredOf', { shown: projects.length, total })}</p>}
      {projects.length === 0 ? (
        total === 0 && <p className="empty">{t('noProjects')}</p>
      ) : (
        <table className="project-table">
          <thead>
            <tr>
              <th scope="col">{t('project')}</th>
              {header('investment')}
              {header('status')}
            </tr>
          </thead>
          <tbody>
            {sorted(projects, sort.key, sort.descending, asOf).map((p) => {
              const step = stepAt(p, asOf)!;
              const zone = p.zoneId ? zones.get(p.zoneId) : undefined;
              return (
                <tr key={p.id}>
                  <th scope="row">
                    <SelectLink to={{ project: p.id }}>
                      <EntityName name={p.name} />
                    </SelectLink>
                    {showZone && zone && <span className="cell-note">{nameText(zone.name, lang)}</span>}
                  </th>
                  <td>
                    <FigureView figure={p.investment} sources={sources} label={`${t('investment')}, ${nameText(p.name, lang)}`} compact />
                  </td>
                  <td>
                    {STATUS_LABEL[step.status][lang]}
                    <span className="cell-note">
                      {formatPartialDate(step.date, lang)}
                      {step.dateInferred ? ` (${t('inferred')})` : ''}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
