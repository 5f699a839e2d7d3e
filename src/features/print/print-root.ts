import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Lang } from '../../catalog/format';
import { LANG_TAG } from '../../i18n/bilingual';

let mounted: { root: Root; host: HTMLElement } | null = null;

/** Removes the printed profile, so a later Ctrl+P prints the page, nothing stale. */
export function clearProfile(): void {
  mounted?.root.unmount();
  mounted?.host.remove();
  mounted = null;
}

/**
 * Puts the profile in #print-root, beside the app (print.css shows only it on paper, and nothing
 * on screen), waits for its pictures, and opens the print dialog. React DOM is the first view's
 * own: kept out of the on-demand chunk, whose bundler would otherwise split shared code out of it.
 */
export async function printElement(element: ReactElement, lang: Lang): Promise<void> {
  clearProfile();
  const host = document.createElement('div');
  host.id = 'print-root';
  host.lang = LANG_TAG[lang];
  document.body.append(host);
  const root = createRoot(host);
  mounted = { root, host };
  flushSync(() => root.render(element));
  await Promise.all([...host.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  window.addEventListener('afterprint', clearProfile, { once: true });
  window.print();
}
