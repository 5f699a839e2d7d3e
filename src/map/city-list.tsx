import type { Catalog } from '../catalog/catalog';
import { nameText, type Lang } from '../catalog/format';
import type { Bounds } from '../catalog/park-index';
import { citiesOf } from './cities';
import { mapText } from './map-strings';
import { t } from '../i18n/strings';

/**
 * The way into each city from the national view, for everyone: a disclosure in the map's tools
 * listing every city with its number of parks; each is a button that fits the map to that
 * city's parks. The city markers on the map (city-layers.ts) do the same for a pointer.
 */
export function CityList({ catalog, lang, onFit }: { catalog: Catalog | null; lang: Lang; onFit: (bounds: Bounds) => void }) {
  const cities = catalog ? citiesOf(catalog.index) : [];
  // One city (today's synthetic catalogs, a single-city build) needs no way between cities.
  if (cities.length < 2) return null;
  return (
    <details className="map-cities">
      <summary>{mapText('cities', lang, { n: String(cities.length) })}</summary>
      <ul aria-label={mapText('citiesList', lang)}>
        {cities.map((city) => (
          <li key={city.key}>
            <button
              type="button"
              onClick={(e) => {
                // The list closes over the map it would hide; focus returns to its toggle.
                const details = e.currentTarget.closest('details');
                if (details) details.open = false;
                details?.querySelector('summary')?.focus();
                onFit(city.bounds);
              }}
            >
              {nameText(city.name, lang)}{' '}
              <span className="city-count">{t(city.count === 1 ? 'onePark' : 'nParks', lang, { n: city.count })}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
