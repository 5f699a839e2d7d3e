import type { Park, Source } from '../../catalog/schema';
import { zoneMatches } from '../../catalog/selectors';
import { useLang, useT } from '../../i18n/strings';
import { EntityName } from '../../ui/entity-name';
import { FigureView } from '../../ui/figure-view';
import { IndustryTags } from '../../ui/industry-tags';
import { SelectLink } from '../../ui/select-link';
import { useFilters } from '../../ui/use-filters';
import { nameText } from '../../catalog/format';

/** The park's zones, each a link with its role, stated area and focus industries. */
export function ParkZones({ park, sources }: { park: Park; sources: ReadonlyMap<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const filters = useFilters();
  if (!park.zones.length) return null;
  return (
    <section className="panel-section" aria-labelledby="park-zones">
      <h3 id="park-zones">{t('zones')}</h3>
      <ul className="zone-list">
        {park.zones.map((zone) => (
          <li key={zone.id} className={zoneMatches(zone, filters) ? undefined : 'dimmed'}>
            <SelectLink to={{ park: park.id, zone: zone.id }} className="zone-link">
              <EntityName name={zone.name} />
            </SelectLink>
            {zone.role && <span className="zone-role"> · {zone.role}</span>}
            {!zoneMatches(zone, filters) && <span className="zone-role"> · {t('outsideFilters')}</span>}
            <div className="zone-area">
              {t('statedArea')}:{' '}
              <FigureView figure={zone.area} sources={sources} label={`${t('statedArea')}, ${nameText(zone.name, lang)}`} compact />
            </div>
            <IndustryTags industries={zone.focusIndustries} label={`${t('focusIndustries')}, ${nameText(zone.name, lang)}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
