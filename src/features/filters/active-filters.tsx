import { INDUSTRY_LABEL, STATUS_LABEL } from '../../catalog/format';
import type { Filters } from '../../catalog/selectors';
import { useLang, useT } from '../../i18n/strings';
import type { UrlState } from '../../url/registry';

type Props = { filters: Filters; onRemove: (patch: Pick<UrlState, 'industry' | 'status'>) => void };

const without = <T,>(list: readonly T[], value: T) => {
  const next = list.filter((v) => v !== value);
  return next.length ? next : undefined;
};

/** The filters in force, each removable, and one button to clear them all. */
export function ActiveFilters({ filters, onRemove }: Props) {
  const t = useT();
  const lang = useLang();
  const status = filters.status ?? [];
  const industry = filters.industry ?? [];
  return (
    <div className="active-filters">
      <span className="active-label">{t('activeFilters')}:</span>
      <ul className="chips" aria-label={t('activeFilters')}>
        {status.map((s) => (
          <li key={s}>
            <button
              type="button"
              className="chip"
              aria-label={t('removeFilter', { what: STATUS_LABEL[s][lang] })}
              onClick={() => onRemove({ status: without(status, s) })}
            >
              {STATUS_LABEL[s][lang]} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        {industry.map((i) => (
          <li key={i}>
            <button
              type="button"
              className="chip"
              aria-label={t('removeFilter', { what: INDUSTRY_LABEL[i][lang] })}
              onClick={() => onRemove({ industry: without(industry, i) })}
            >
              {INDUSTRY_LABEL[i][lang]} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="clear-filters" onClick={() => onRemove({ industry: undefined, status: undefined })}>
        {t('clearFilters')}
      </button>
    </div>
  );
}
