import { useEffect, useRef } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { descendants } from '../../catalog/park-index';
import { treeMatches } from '../../catalog/selectors';
import { requestParks } from '../../store/catalog-store';
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
  // From the index: every park is listed whether its file has loaded or not. One not loaded yet
  // cannot be judged by the filters, so it stays listed until its details are in.
  const roots = catalog.index.parks
    .filter((s) => !s.parent || !catalog.index.byId.has(s.parent))
    .filter((s) => !catalog.parkById.has(s.id) || treeMatches(catalog, catalog.parkById.get(s.id)!, filters));
  const visible = roots.slice(0, shown);
  const more = Math.min(LIST_PAGE, roots.length - visible.length);
  // The page's parks and the parks nested in them load (on a large catalog, only these do).
  const wanted = visible.flatMap((s) => descendants(catalog.index, s.id)).join(',');
  useEffect(() => { if (wanted) requestParks(wanted.split(',')); }, [wanted]);

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
          {visible.map((park) => <ParkItem key={park.id} catalog={catalog} id={park.id} filters={filters} depth={0} />)}
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
