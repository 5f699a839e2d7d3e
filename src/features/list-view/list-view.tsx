import { useEffect, useRef } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { rootParks, treeMatches } from '../../catalog/selectors';
import { useT } from '../../i18n/strings';
import { LIST_PAGE, useUiStore } from '../../store/ui-store';
import { useFilters } from '../../ui/use-filters';
import { ParkItem } from './park-item';

/**
 * Everything the map offers, without the map: parks nested by parent, each with its zones and
 * projects, as headings, lists and links for keyboards and screen readers. Follows the filters.
 * A long catalog is shown a page of top-level parks at a time: mounting (and, on choosing a park,
 * unmounting) 2,500 of them took longer than a click should.
 */
export function ListView({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const filters = useFilters();
  const shown = useUiStore((s) => s.listShown);
  const setShown = useUiStore((s) => s.setListShown);
  const firstNew = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const roots = rootParks(catalog).filter((p) => treeMatches(catalog, p, filters));
  const visible = roots.slice(0, shown);
  const more = Math.min(LIST_PAGE, roots.length - visible.length);

  // After "Show more", focus goes to the first park it added, so a keyboard reader carries on from there.
  useEffect(() => {
    if (firstNew.current === null) return;
    const link = list.current?.querySelectorAll<HTMLElement>(':scope > li > .park-item-name a')[firstNew.current];
    firstNew.current = null;
    link?.focus();
  }, [shown]);

  return (
    <nav aria-label={t('parks')} className="park-list">
      <h2>{t('parks')}</h2>
      {roots.length ? (
        <ul className="park-tree" ref={list}>
          {visible.map((park) => <ParkItem key={park.id} catalog={catalog} park={park} filters={filters} depth={0} />)}
        </ul>
      ) : (
        <p className="empty">{t('noParksMatch')}</p>
      )}
      {more > 0 && (
        <div className="list-more">
          <p className="cell-note">{t('shownParks', { shown: visible.length, total: roots.length })}</p>
          <button type="button" onClick={() => { firstNew.current = visible.length; setShown(visible.length + LIST_PAGE); }}>
            {t('showMoreParks', { n: more })}
          </button>
        </div>
      )}
    </nav>
  );
}
