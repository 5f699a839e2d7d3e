import { useEffect, useRef } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { descendants } from '../../catalog/park-index';
import { groupByRegion } from '../../catalog/regions';
import { treeMatches } from '../../catalog/selectors';
import { requestParks } from '../../store/catalog-store';
import { useLang, useT } from '../../i18n/strings';
import { LIST_PAGE, useUiStore } from '../../store/ui-store';
import { useFilters } from '../../ui/use-filters';
import { ParkItem } from './park-item';
import { RegionHeading } from './region-heading';
import './list-view.css';

/**
 * Everything the map offers, without the map: parks nested by parent, each with its zones and
 * projects, as headings, lists and links for keyboards and screen readers. Follows the filters.
 * A long catalog is shown a page of top-level parks at a time: mounting (and, on choosing a park,
 * unmounting) 2,500 of them took longer than a click should.
 */
export function ListView({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const lang = useLang();
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
  // Parks of several regions are grouped by province, then city (the order pages follow); one
  // region (a single-city catalog) needs no group headings.
  const groups = groupByRegion(
    roots,
    (s) => ({ en: s.region, zh: s.regionZh }),
    (s) => descendants(catalog.index, s.id).length,
  );
  const grouped = groups.length > 1;
  const ordered = grouped ? groups.flatMap((p) => p.cities.flatMap((c) => c.items)) : roots;
  const visible = ordered.slice(0, shown);
  const onPage = new Set(visible.map((s) => s.id));
  const more = Math.min(LIST_PAGE, ordered.length - visible.length);
  // The page's parks and the parks nested in them load (on a large catalog, only these do).
  const wanted = visible.flatMap((s) => descendants(catalog.index, s.id)).join(',');
  useEffect(() => {
    if (wanted) requestParks(wanted.split(','));
  }, [wanted]);

  // After "Show more", focus goes to the first park it added, so a keyboard reader carries on from there.
  useEffect(() => {
    if (firstNew.current === null) return;
    const link = list.current?.querySelectorAll<HTMLElement>('.park-item-root > .park-item-name a')[firstNew.current];
    firstNew.current = null;
    link?.focus();
  }, [shown]);

  return (
    <nav aria-label={t('parks')} className="park-list">
      <h2>{t('parks')}</h2>
      {roots.length ? (
        grouped ? (
          <ul className="region-tree" ref={list}>
            {groups
              .filter((p) => p.cities.some((c) => c.items.some((s) => onPage.has(s.id))))
              .map((province) => (
                <li key={province.key} className="region-group">
                  <RegionHeading as="h3" name={province.name} count={province.count} lang={lang} />
                  {province.cities
                    .filter((c) => c.items.some((s) => onPage.has(s.id)))
                    .map((city) => {
                      const items = city.items
                        .filter((s) => onPage.has(s.id))
                        .map((park) => (
                          <ParkItem key={park.id} catalog={catalog} id={park.id} filters={filters} depth={city.name ? 2 : 1} root />
                        ));
                      // A municipality is its own province: its parks follow the province heading directly.
                      return city.name ? (
                        <div key={city.key} className="region-city">
                          <RegionHeading as="h4" name={city.name} count={city.count} lang={lang} />
                          <ul className="park-tree">{items}</ul>
                        </div>
                      ) : (
                        <ul key={city.key} className="park-tree">
                          {items}
                        </ul>
                      );
                    })}
                </li>
              ))}
          </ul>
        ) : (
          <ul className="park-tree" ref={list}>
            {visible.map((park) => (
              <ParkItem key={park.id} catalog={catalog} id={park.id} filters={filters} depth={0} root />
            ))}
          </ul>
        )
      ) : (
        <p className="empty">{t('noParksMatch')}</p>
      )}
      {more > 0 && (
        <div className="list-more">
          <p className="cell-note">{t('shownParks', { shown: visible.length, total: roots.length })}</p>
          <button
            type="button"
            onClick={() => {
              firstNew.current = visible.length;
              setShown(visible.length + LIST_PAGE);
            }}
          >
            {t('showMoreParks', { n: more })}
          </button>
        </div>
      )}
    </nav>
  );
}
