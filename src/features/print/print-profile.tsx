import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Catalog } from '../../catalog/catalog';
import type { Lang } from '../../catalog/format';
import type { Park } from '../../catalog/schema';
import { mapSnapshot } from '../../map/map-snapshot';
import { buildProfile } from './profile-model';
import { ProfileView } from './profile-view';
import './print.css';

let mounted: { root: Root; host: HTMLElement } | null = null;

/** Removes the printed profile, so a later Ctrl+P prints nothing stale. */
export function clearProfile(): void {
  mounted?.root.unmount();
  mounted?.host.remove();
  mounted = null;
}

/** `compare`: the parks come from the compare view, each pictured by its own small map. */
export type PrintOptions = { lang: Lang; asOf?: string; link: string; compare?: boolean };

/**
 * Lays the profile out in #print-root (shown only by the print stylesheet, which hides the whole
 * app), with a picture of each park's map as it is drawn now (the atlas map, or on the compare
 * view each park's small map, at their shared scale), then opens the print dialog.
 */
export async function printProfile(catalog: Catalog, parkIds: readonly string[], { lang, asOf, link, compare = false }: PrintOptions): Promise<void> {
  const parks = parkIds.flatMap((id): Park[] => { const p = catalog.parkById.get(id); return p ? [p] : []; });
  if (!parks.length) throw new Error(`no loaded park among ${parkIds.join(', ')}`);
  const doc = buildProfile(parks, catalog.sources, { lang, asOf, link, today: new Date().toISOString().slice(0, 10) });
  const pictures = new Map<string, string>();
  for (const park of compare ? parks : parks.slice(0, 1)) {
    const picture = await mapSnapshot(compare ? `compare:${park.id}` : 'atlas');
    if (picture) pictures.set(park.id, picture);
  }
  clearProfile();
  const host = document.createElement('div');
  host.id = 'print-root';
  host.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.body.append(host);
  const root = createRoot(host);
  mounted = { root, host };
  flushSync(() => root.render(<ProfileView doc={doc} lang={lang} pictures={pictures} />));
  await Promise.all([...host.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  window.addEventListener('afterprint', clearProfile, { once: true });
  window.print();
}
