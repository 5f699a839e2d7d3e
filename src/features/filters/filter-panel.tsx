import type { Catalog } from '../../catalog/catalog';
import { INDUSTRY_LABEL, STATUS_ORDER, STATUS_LABEL } from '../../catalog/format';
import type { Industry, ProjectStatus } from '../../catalog/schema';
import { hasFilters, industriesInUse } from '../../catalog/selectors';
import { useLang, useT } from '../../i18n/strings';
import { useFilters } from '../../ui/use-filters';
import { patchUrl } from '../../url/url-store';
import { ActiveFilters } from './active-filters';

const toggled = <T,>(list: readonly T[] | undefined, value: T): T[] | undefined => {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  return next.length ? next : undefined;
};

/**
 * Filters by project status and focus industry, written to the URL (the map and the lists
 * follow it). The checkboxes sit in a disclosure so they cost one line when not in use; the
 * active filters and "Clear filters" stay visible.
 */
export function FilterPanel({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const lang = useLang();
  const filters = useFilters();
  const industries = industriesInUse(catalog).sort((a, b) => INDUSTRY_LABEL[a][lang].localeCompare(INDUSTRY_LABEL[b][lang]));
  const count = (filters.industry?.length ?? 0) + (filters.status?.length ?? 0);
  const setStatus = (s: ProjectStatus) => patchUrl({ status: toggled(filters.status, s) });
  const setIndustry = (i: Industry) => patchUrl({ industry: toggled(filters.industry, i) });
  return (
    <section className="filters" aria-label={t('filters')}>
      <details>
        <summary>
          {t('filters')}
          {count > 0 && <span className="count-badge"> {count}</span>}
        </summary>
        <div className="filter-groups">
          <fieldset>
            <legend>{t('filterStatus')}</legend>
            {STATUS_ORDER.map((s) => (
              <label key={s} className="check">
                <input type="checkbox" checked={!!filters.status?.includes(s)} onChange={() => setStatus(s)} />
                {STATUS_LABEL[s][lang]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('filterIndustry')}</legend>
            {industries.map((i) => (
              <label key={i} className="check">
                <input type="checkbox" checked={!!filters.industry?.includes(i)} onChange={() => setIndustry(i)} />
                {INDUSTRY_LABEL[i][lang]}
              </label>
            ))}
          </fieldset>
        </div>
      </details>
      {hasFilters(filters) && <ActiveFilters filters={filters} onRemove={(patch) => patchUrl(patch)} />}
    </section>
  );
}
