import { useState } from 'react';
import { useLang, useT } from '../../i18n/strings';
import { useCatalogStore } from '../../store/catalog-store';
import type { ShareExtraProps } from '../../ui/share-extras';
import { useUrlStore } from '../../url/url-store';
import { printElement } from './print-root';

/**
 * "Print / PDF" beside "Copy link" on a park and on the compare view: prepares the A4 profile
 * (loaded on demand, so the first view does not carry it) and opens the browser's print dialog,
 * where "Save as PDF" is one choice. A zone or project panel has no profile of its own.
 */
export function PrintButton({ link }: ShareExtraProps) {
  const t = useT();
  const lang = useLang();
  const compare = useUrlStore((s) => s.state.compare);
  const park = useUrlStore((s) => (s.state.zone || s.state.project ? undefined : s.state.park));
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const ids = compare ?? (park ? [park] : undefined);
  if (!ids) return null;
  const onPrint = async () => {
    const catalog = useCatalogStore.getState().catalog;
    if (!catalog) return;
    setState('busy');
    try {
      const { prepareProfile } = await import('./print-profile');
      await printElement(
        await prepareProfile(catalog, ids, { lang, asOf: useUrlStore.getState().state.asof, link: link(), compare: !!compare }),
        lang,
      );
      setState('idle');
    } catch (error) {
      console.warn('print profile:', error);
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void onPrint()} disabled={state === 'busy'}>
        {t('printProfile')}
      </button>
      {state !== 'idle' && (
        <span role="status" className="share-status">
          {t(state === 'busy' ? 'printPreparing' : 'printFailed')}
        </span>
      )}
    </>
  );
}
