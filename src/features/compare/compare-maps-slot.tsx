import { useCompareT } from './compare-strings';

/**
 * SLOT for the synchronized small maps (another engineer's work, not built here): one map per
 * compared park, all at the same scale. The park ids are on `data-compare-maps`, in column order.
 * Hidden until it has content, so readers never see an empty box.
 */
export function CompareMapsSlot({ parkIds }: { parkIds: readonly string[] }) {
  const t = useCompareT();
  return (
    <section aria-label={t('mapsLabel')} className="compare-maps" hidden>
      {/* Maps side by side go here: replace this placeholder and remove `hidden`. */}
      <div data-compare-maps={parkIds.join(',')} />
    </section>
  );
}
