import type { Catalog } from '../../catalog/catalog';
import { displayName } from '../../catalog/format';
import { useLang, useT } from '../../i18n/strings';
import { select } from '../../url/url-store';

/** Every park as a list: the map's text equivalent, reachable by keyboard and screen reader. */
export function ParkList({ catalog }: { catalog: Catalog }) {
  const lang = useLang();
  const t = useT();
  return (
    <nav aria-label={t('parks')} className="park-list">
      <h2>{t('parks')}</h2>
      <ul>
        {catalog.parks.map((park) => {
          const name = displayName(park.name, lang);
          return (
            <li key={park.id}>
              <a
                href={`?park=${park.id}`}
                onClick={(e) => { e.preventDefault(); select({ park: park.id }); }}
              >
                {name.primary}
              </a>
              {name.secondary && <span className="secondary" lang={lang === 'zh' ? 'en' : 'zh'}> {name.secondary}</span>}
              {park.reference && <span className="badge"> {t('referencePark')}</span>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
