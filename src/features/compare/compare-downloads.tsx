import type { Catalog } from '../../catalog/catalog';
import type { CompareModel } from '../../catalog/compare-table';
import { compareCsv, compareFileName, compareGeoJson } from '../../catalog/export';
import { useLang } from '../../i18n/strings';
import { saveFile } from '../../ui/save-file';
import { useCompareT } from './compare-strings';

/** The comparison as the table shows it (CSV) and the compared parks' geometry (GeoJSON). */
export function CompareDownloads({ model, catalog }: { model: CompareModel; catalog: Catalog }) {
  const t = useCompareT();
  const lang = useLang();
  const ids = model.parks.map((p) => p.id);
  if (!ids.length) return null;
  return (
    <div className="compare-downloads" role="group" aria-label={t('downloads')}>
      <button
        type="button"
        onClick={() => saveFile(compareCsv(model, catalog, lang), 'text/csv;charset=utf-8', compareFileName(ids, 'csv'))}
      >
        {t('downloadCsv')}
      </button>
      <button
        type="button"
        onClick={() =>
          saveFile(JSON.stringify(compareGeoJson(model.parks, catalog), null, 2), 'application/geo+json', compareFileName(ids, 'geojson'))
        }
      >
        {t('downloadGeoJson')}
      </button>
    </div>
  );
}
