import { useMemo } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { KIND_LABEL } from '../../catalog/history-text';
import { ChangeKindSchema, type ChangeKind } from '../../catalog/schema';
import { useLang } from '../../i18n/strings';
import { releaseDate } from '../../ui/revised-on';
import { patchUrl, useUrlStore } from '../../url/url-store';
import { ChangeItem } from './change-item';
import { LATEST_PATH, useChanges } from './changes-data';
import { useHistoryT } from './history-strings';
import './history.css';
import { nameText } from '../../catalog/format';

const KINDS = ChangeKindSchema.options;
/** The park a moved entity's new key names (`zone:<park>/<zone>`, `park:<park>`); a project's is not in its key. */
const parkOf = (key: string | undefined) => (key && !key.startsWith('project:') ? key.replace(/^[a-z]+:/, '').split('/')[0] : undefined);

/**
 * "What's new" (`view=changes`): the latest release's changes across the catalog, narrowed by
 * park (`park=`, as the projects table is) and kind of change (`kind=`), each linking to its entity.
 */
export function WhatsNewView({ catalog }: { catalog: Catalog }) {
  const t = useHistoryT();
  const lang = useLang();
  const park = useUrlStore((s) => s.state.park);
  const kindKey = useUrlStore((s) => s.state.kind?.join(',') ?? '');
  const loaded = useChanges(LATEST_PATH);
  const all = useMemo(() => (loaded.status === 'ok' ? loaded.file.changes : []), [loaded]);
  const shown = useMemo(() => {
    const kinds = kindKey ? new Set(kindKey.split(',')) : undefined;
    return all.filter((c) => (!park || c.park === park || parkOf(c.redirect) === park) && (!kinds || kinds.has(c.kind)));
  }, [all, park, kindKey]);
  const parks = useMemo(() => [...new Set(all.map((c) => c.park))].sort(), [all]);
  const latest = loaded.status === 'ok' ? loaded.file.releases[0] : undefined;
  const parkName = (id: string) => {
    const p = catalog.index.byId.get(id);
    return p ? nameText(p.name, lang) : id;
  };
  return (
    <section className="whats-new-view" aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading">{latest ? t('heading', { date: releaseDate(latest.date, lang) }) : t('changes')}</h2>
      {latest && (
        <p className="wn-note">
          {latest.note}{' '}
          <a href="feeds/atlas.xml" type="application/atom+xml">
            {t('feed')}
          </a>
        </p>
      )}
      {loaded.status === 'loading' && <p className="wn-note">{t('loading')}</p>}
      {loaded.status === 'none' && <p className="wn-note">{t('noHistory')}</p>}
      {loaded.status === 'error' && (
        <p role="alert" className="wn-note">
          {t('failed', { message: loaded.message })}
        </p>
      )}
      {loaded.status === 'ok' && (
        <>
          <div className="wn-controls">
            <label>
              {t('filterPark')}
              <select
                value={park && parks.includes(park) ? park : ''}
                onChange={(e) => patchUrl({ park: e.target.value || undefined, zone: undefined, project: undefined })}
              >
                <option value="">{t('allParks')}</option>
                {parks.map((id) => (
                  <option key={id} value={id}>
                    {parkName(id)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('filterKind')}
              <select
                value={kindKey.includes(',') ? '' : kindKey}
                onChange={(e) => patchUrl({ kind: e.target.value ? [e.target.value as ChangeKind] : undefined })}
              >
                <option value="">{t('allKinds')}</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k][lang]}
                  </option>
                ))}
              </select>
            </label>
            <span role="status">{t('count', { n: shown.length, total: all.length })}</span>
          </div>
          <div className="wn-scroll" role="region" aria-label={t('changes')} tabIndex={0}>
            {shown.length ? (
              <ul className="change-list">
                {shown.map((c) => (
                  <ChangeItem key={c.id} change={c} catalog={catalog} />
                ))}
              </ul>
            ) : (
              <p>{t('empty')}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
