import { useT } from '../i18n/strings';
import './view-pending.css';

/**
 * The place of a view under the map (the projects table, "What's new") while the catalog or the
 * view's code loads: the same share of the height as the view (see view-pending.css), so the map
 * has its final size from the first frame. Without it the map filled the area, then shrank twice
 * as the loading note and the table arrived (layout shift 0.057 on `?view=projects`, 1350 × 940).
 */
export function ViewPending() {
  const t = useT();
  return (
    <p role="status" className="cell-note view-pending">
      {t('loading')}
    </p>
  );
}
