import { useEffect, useMemo } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { Change } from '../../catalog/schema';
import { useLang } from '../../i18n/strings';
import { releaseDate, setRevisions } from '../../ui/revised-on';
import { ChangeItem } from './change-item';
import { parkChangesPath, useChanges } from './changes-data';
import { useHistoryT } from './history-strings';
import './history.css';

/** What a panel shows the history of: a park (with its zones and projects), a zone (with its projects), a project. */
export type HistoryTarget = { park: string; entity: string };

function belongs(c: Change, target: HistoryTarget, catalog: Catalog): boolean {
  if (target.entity.startsWith('park:')) return true;
  if (c.entity === target.entity || c.redirect === target.entity) return true;
  if (!target.entity.startsWith('zone:') || !c.entity.startsWith('project:')) return false;
  const project = catalog.projectById.get(c.entity.slice(8));
  return !!project && `zone:${project.park.id}/${project.zone?.id}` === target.entity;
}

function useTargetChanges(target: HistoryTarget, catalog: Catalog) {
  const loaded = useChanges(parkChangesPath(target.park));
  const { park, entity } = target;
  const changes = useMemo(
    () => (loaded.status === 'ok' ? loaded.file.changes.filter((c) => belongs(c, { park, entity }, catalog)) : []),
    [loaded, park, entity, catalog],
  );
  return { loaded, changes };
}

/** The panel's "Changes": dated changes of the entity and its children, newest first, release by release. */
export function ChangesSection({ target, catalog }: { target: HistoryTarget; catalog: Catalog }) {
  const t = useHistoryT();
  const lang = useLang();
  const { loaded, changes } = useTargetChanges(target, catalog);
  // The panel's figures say "revised on …" (src/ui/revised-on.tsx) while this section is shown.
  const revisions = useMemo(
    () => changes.flatMap((c) => (c.kind === 'value-revised' && c.to ? [{ to: c.to, date: c.date }] : [])),
    [changes],
  );
  useEffect(() => {
    setRevisions(revisions);
    return () => setRevisions([]);
  }, [revisions]);
  const isPark = target.entity === `park:${target.park}`;
  const releases = loaded.status === 'ok' ? loaded.file.releases : [];
  const first = releases.at(-1);
  return (
    <section className="panel-section changes-section" aria-labelledby="changes-heading">
      <h3 id="changes-heading">{t('changes')}</h3>
      {isPark && loaded.status === 'ok' && (
        <p>
          <a className="follow-feed" href={`feeds/${target.park}.xml`} type="application/atom+xml">
            {t('follow')}
          </a>
        </p>
      )}
      {loaded.status === 'loading' && <p className="cell-note">{t('loading')}</p>}
      {loaded.status === 'none' && <p>{t('noHistory')}</p>}
      {loaded.status === 'error' && <p className="cell-note">{t('failed', { message: loaded.message })}</p>}
      {loaded.status === 'ok' && !changes.length && first && <p>{t('none', { date: releaseDate(first.date, lang) })}</p>}
      {releases
        .filter((r) => changes.some((c) => c.release === r.release))
        .map((r) => (
          <div key={r.release} className="changes-release">
            <h4>
              <time dateTime={r.date}>{t('release', { date: releaseDate(r.date, lang) })}</time>
            </h4>
            <ul className="change-list">
              {changes
                .filter((c) => c.release === r.release)
                .map((c) => (
                  <ChangeItem key={c.id} change={c} catalog={catalog} link={c.entity !== target.entity || !!c.redirect} />
                ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
