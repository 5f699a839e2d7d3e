import { CompareMaps } from '../../map/compare-maps';
import { useCompareT } from './compare-strings';

/**
 * Maps side by side at the same scale: one small map per compared park, at one shared zoom, moved
 * together (src/map/compare-maps.tsx, drawn by the app's one MapLibre owner). The park ids are on
 * `data-compare-maps`, in column order. Hidden while fewer than two parks are compared, so readers
 * never see an empty box.
 */
export function CompareMapsSlot({ parkIds }: { parkIds: readonly string[] }) {
  const t = useCompareT();
  return (
    <section aria-label={t('mapsLabel')} className="compare-maps" data-compare-maps={parkIds.join(',')} hidden={parkIds.length < 2}>
      {parkIds.length >= 2 && <CompareMaps parkIds={parkIds} heading={t('mapsLabel')} />}
    </section>
  );
}
