import type { Catalog } from '../../catalog/catalog';
import { rootParks, treeMatches } from '../../catalog/selectors';
import { useT } from '../../i18n/strings';
import { useFilters } from '../../ui/use-filters';
import { ParkItem } from './park-item';

/**
 * Everything the map offers, without the map: parks nested by parent, each with its zones and
 * projects, as headings, lists and links for keyboards and screen readers. Follows the filters.
 */
export function ListView({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const filters = useFilters();
  const roots = rootParks(catalog).filter((p) => treeMatches(catalog, p, filters));
  return (
    <nav aria-label={t('parks')} className="park-list">
      <h2>{t('parks')}</h2>
      {roots.length ? (
        <ul className="park-tree">
          {roots.map((park) => <ParkItem key={park.id} catalog={catalog} park={park} filters={filters} depth={0} />)}
        </ul>
      ) : (
        <p className="empty">{t('noParksMatch')}</p>
      )}
    </nav>
  );
}
