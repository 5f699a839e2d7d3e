import { zoneKey, type Catalog } from '../../catalog/catalog';
import { nearestIds } from '../../catalog/nearest';
import { t } from '../../i18n/strings';
import type { Suggestion } from '../../ui/not-found';
import { nameText } from '../../catalog/format';

/**
 * Zones with this id (or a near one) in other parks, named with their park: "Future Medical Port
 * in Changchun Pharmaceutical Valley". Offered, never followed: a zone id is unique only within
 * its park, so a link naming the wrong park is reported rather than guessed.
 */
export function zonesElsewhere(
  catalog: Catalog,
  zoneId: string,
  exceptPark: string | undefined,
  lang: 'en' | 'zh',
  limit = 3,
): Suggestion[] {
  // From the index: zones of parks not loaded yet are offered too.
  const entries = catalog.index.parks.filter((p) => p.id !== exceptPark).flatMap((park) => park.zones.map((zone) => ({ park, zone })));
  const near = nearestIds(zoneId, new Set(entries.map((e) => e.zone.id)), limit);
  return entries
    .filter((e) => near.includes(e.zone.id))
    .sort((a, b) => near.indexOf(a.zone.id) - near.indexOf(b.zone.id))
    .slice(0, limit)
    .map(({ park, zone }) => ({
      key: zoneKey(park.id, zone.id),
      to: { park: park.id, zone: zone.id },
      label: t('zoneInPark', lang, { zone: nameText(zone.name, lang), park: nameText(park.name, lang) }),
    }));
}
