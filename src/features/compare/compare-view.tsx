import { useEffect, useMemo } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { compareModel } from '../../catalog/compare-table';
import { t as translate, useLang } from '../../i18n/strings';
import { citeTargetNow } from '../../ui/cite-target';
import { SelectLink } from '../../ui/select-link';
import { ShareActions } from '../../ui/share-actions';
import { viewLink } from '../../url/share-link';
import { useUrlStore } from '../../url/url-store';
import { AddPark, UnknownIds } from './compare-controls';
import { CompareDownloads } from './compare-downloads';
import { CompareMapsSlot } from './compare-maps-slot';
import { ct, useCompareT } from './compare-strings';
import { CompareTableView } from './compare-table-view';
import './compare.css';
import { nameText } from '../../catalog/format';

const focusHeading = () => document.getElementById('compare-heading')?.focus({ preventScroll: true });

/**
 * The compare view (`?compare=a,b[,c,d]`): parks side by side in one table, with the controls to
 * change the set, downloads, and a slot for maps at the same scale. Everything follows the URL.
 */
export function CompareView({ catalog }: { catalog: Catalog }) {
  const t = useCompareT();
  const lang = useLang();
  const compare = useUrlStore((s) => s.state.compare);
  const ids = useMemo(() => compare ?? [], [compare]);
  const asOf = useUrlStore((s) => s.state.asof);
  const model = useMemo(() => compareModel(catalog, ids, asOf), [catalog, ids, asOf]);
  const loadingNames = model.loading.map((id) => nameText(catalog.index.byId.get(id)!.name, lang)).join(', ');
  const first = model.parks[0];
  const names = model.parks.map((p) => nameText(p.name, lang)).join(', ');

  useEffect(() => {
    document.title = `${ct('pageTitle', lang, { names })} · ${translate('title', lang)}`;
  }, [names, lang]);

  return (
    <div className="compare-view">
      <div className="compare-inner">
        <p className="back-link">
          <SelectLink to={first ? { park: first.id } : {}}>
            <span aria-hidden="true">← </span>
            {t('backToMap')}
          </SelectLink>
        </p>
        <h2 id="compare-heading" className="compare-heading" tabIndex={-1}>
          {t('heading')}
        </h2>
        <p className="compare-intro">{t('intro')}</p>
        <UnknownIds model={model} ids={ids} catalog={catalog} />
        {loadingNames && <p role="status">{t('loadingParks', { names: loadingNames })}</p>}
        <div className="compare-toolbar">
          <AddPark model={model} catalog={catalog} />
          <CompareDownloads model={model} catalog={catalog} />
          <ShareActions
            inline
            subject={ids.join(',')}
            link={() => viewLink({ compare: ids }, useUrlStore.getState().state)}
            cite={() => citeTargetNow({ compare: ids })}
          />
        </div>
        {model.parks.length < 2 && (
          <p className="compare-prompt">{first ? t('promptOne', { name: nameText(first.name, lang) }) : t('promptNone')}</p>
        )}
        {/* A visual cue only (phone width): screen readers move through the table by cell. */}
        {model.parks.length > 1 && (
          <p className="compare-scroll-hint" aria-hidden="true">
            {t('scrollHint')}
          </p>
        )}
        {model.parks.length > 0 && <CompareTableView model={model} catalog={catalog} onRemoved={focusHeading} />}
        <CompareMapsSlot parkIds={model.parks.map((p) => p.id)} />
      </div>
    </div>
  );
}
