import type { Lang } from '../catalog/format';
import { mapText } from './map-strings';
import { streetStyleUrl } from './street-basemap';

export type BasemapKind = 'offline' | 'online';

/** The street basemap is the reader's choice in the map: never the default, remembered only once picked. */
export const ONLINE_STYLE_URL = streetStyleUrl(import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined);
/** Where the pick is kept; index.html's inline script reads it too (no first frame for a street map). */
export const BASEMAP_STORAGE_KEY = 'atlas.basemap';

/** The reader's earlier pick, if they made one; otherwise offline. */
export function initialBasemap(): BasemapKind {
  if (!ONLINE_STYLE_URL) return 'offline';
  try {
    return window.localStorage.getItem(BASEMAP_STORAGE_KEY) === 'online' ? 'online' : 'offline';
  } catch {
    return 'offline'; // storage blocked: fine, the default applies
  }
}

/** Remembered only because the reader picked it. */
function remember(kind: BasemapKind): void {
  try {
    window.localStorage.setItem(BASEMAP_STORAGE_KEY, kind);
  } catch {
    /* storage blocked: not remembered */
  }
}

export function BasemapSwitcher({ value, onChange, lang }: { value: BasemapKind; onChange: (kind: BasemapKind) => void; lang: Lang }) {
  if (!ONLINE_STYLE_URL) return null;
  const pick = (kind: BasemapKind) => {
    remember(kind);
    onChange(kind);
  };
  // Folded like the city list beside it: open, it lies over the legend instead of pushing it down.
  return (
    <details className="map-basemap">
      <summary>
        {mapText('basemap', lang)}: {mapText(value === 'online' ? 'onlineShort' : 'offlineShort', lang)}
      </summary>
      <fieldset className="basemap-switcher">
        <legend>{mapText('basemap', lang)}</legend>
        {(['offline', 'online'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name="atlas-basemap" value={kind} checked={value === kind} onChange={() => pick(kind)} />
            {mapText(kind, lang)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
