import { ancestorsOf, type Catalog } from '../../catalog/catalog';
import type { Park } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { SelectLink } from '../../ui/select-link';
import { nameText } from '../../catalog/format';

/** Where the park sits: its parents (outermost first) and the parks inside it, as links. */
export function ParkRelations({ catalog, park }: { catalog: Catalog; park: Park }) {
  const t = useT();
  const lang = useLang();
  const parents = ancestorsOf(catalog, park).reverse();
  const children = catalog.childrenOf.get(park.id) ?? [];
  if (!parents.length && !children.length) return null;
  return (
    <dl className="relations">
      {parents.length > 0 && (
        <>
          <dt>{t('partOf')}</dt>
          <dd>
            <nav aria-label={t('partOf')}>
              <ol className="breadcrumb">
                {parents.map((p) => (
                  <li key={p.id}>
                    <SelectLink to={{ park: p.id }}>{nameText(p.name, lang)}</SelectLink>
                  </li>
                ))}
              </ol>
            </nav>
          </dd>
        </>
      )}
      {children.length > 0 && (
        <>
          <dt>{t('contains')}</dt>
          <dd>
            <ul className="inline-list">
              {children.map((c) => (
                <li key={c.id}>
                  <SelectLink to={{ park: c.id }}>{nameText(c.name, lang)}</SelectLink>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
