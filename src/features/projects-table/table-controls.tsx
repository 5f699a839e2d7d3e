import { useEffect, useId, useState } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { ProjectRow } from '../../catalog/project-rows';
import { rowsCsv, rowsGeoJson } from '../../catalog/project-rows-export';
import { TABLE_COLUMNS, type TableColumn } from '../../catalog/table-columns';
import { useLang } from '../../i18n/strings';
import { patchUrl, useUrlStore } from '../../url/url-store';
import { saveFile } from '../../ui/save-file';
import { COLUMN_LABEL, useTableT } from './table-strings';

/** The text filter (`q=`), written to the link as the reader pauses; the link replaces, not pushes. */
function TextFilter() {
  const t = useTableT();
  const id = useId();
  const q = useUrlStore((s) => s.state.q ?? '');
  const cause = useUrlStore((s) => s.cause);
  const [text, setText] = useState(q);
  const [seen, setSeen] = useState(q);
  // Back/Forward (or a new link) brings its own filter text; our own writes must not undo typing since.
  if (seen !== q) {
    setSeen(q);
    if (cause !== 'navigate') setText(q);
  }
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => patchUrl({ q: text.trim() || undefined }, { replace: true }), 200);
    return () => clearTimeout(timer);
  }, [text, q]);
  return (
    <p className="pt-filter">
      <label htmlFor={id}>{t('filterLabel')}</label>{' '}
      <input id={id} type="search" value={text} placeholder={t('filterPlaceholder')} onChange={(e) => setText(e.currentTarget.value)} />
    </p>
  );
}

/** Which columns show (`cols=`); the project's name always does. */
function ColumnChooser({ columns }: { columns: readonly TableColumn[] }) {
  const t = useTableT();
  const lang = useLang();
  const toggle = (c: TableColumn, on: boolean) => {
    const next = TABLE_COLUMNS.filter((x) => x === 'name' || (x === c ? on : columns.includes(x)));
    patchUrl({ cols: next.length === TABLE_COLUMNS.length ? undefined : next }, { replace: true });
  };
  return (
    <details className="pt-columns">
      <summary>{t('columns')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('columns')}</legend>
        {TABLE_COLUMNS.filter((c) => c !== 'name').map((c) => (
          <label key={c}>
            <input type="checkbox" checked={columns.includes(c)} onChange={(e) => toggle(c, e.currentTarget.checked)} />{' '}
            {COLUMN_LABEL[c][lang]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Filter, columns and downloads of what the table shows, in its order. */
export function TableControls({
  rows,
  columns,
  catalog,
  fileStem,
}: {
  rows: readonly ProjectRow[];
  columns: readonly TableColumn[];
  catalog: Catalog;
  fileStem: string;
}) {
  const t = useTableT();
  const lang = useLang();
  return (
    <div className="pt-controls">
      <TextFilter />
      <ColumnChooser columns={columns} />
      <div className="pt-downloads" role="group" aria-label={t('download')}>
        <button type="button" onClick={() => saveFile(rowsCsv(rows, columns, lang), 'text/csv;charset=utf-8', `${fileStem}.csv`)}>
          {t('csv')}
        </button>
        <button
          type="button"
          onClick={() => saveFile(JSON.stringify(rowsGeoJson(rows, catalog, lang), null, 2), 'application/geo+json', `${fileStem}.geojson`)}
        >
          {t('geojson')}
        </button>
      </div>
    </div>
  );
}
