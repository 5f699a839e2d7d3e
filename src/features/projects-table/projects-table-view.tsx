import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { descendants } from '../../catalog/park-index';
import { buildRows, filterRows } from '../../catalog/project-rows';
import { sortRows } from '../../catalog/row-sort';
import { DEFAULT_COLUMNS, type TableColumn } from '../../catalog/table-columns';
import { useLang } from '../../i18n/strings';
import { useUiStore } from '../../store/ui-store';
import { formatPartialDate } from '../../i18n/format-date';
import { useFilters } from '../../ui/use-filters';
import { patchUrl, useUrlStore } from '../../url/url-store';
import { RowCell } from './row-cells';
import { TableControls } from './table-controls';
import { COLUMN_LABEL, useTableT } from './table-strings';
import './projects-table.css';
import { nameText } from '../../catalog/format';

/** Columns whose first click sorts largest / latest first. */
const DESCENDING_FIRST: readonly TableColumn[] = ['investment', 'status', 'date', 'sources'];

/**
 * Every tracked project in one table (`view=projects`): across the catalog, or the selected park
 * and the parks nested in it. Sort (`sort=`), columns (`cols=`) and text filter (`q=`) live in the
 * link; the industry and status filters and the date (`asof=`) apply as everywhere. Rows are
 * virtualised (@tanstack/react-virtual) inside a real table: only the rows in view are in the
 * DOM, each with its aria-rowindex, so 100,000 projects scroll and sort without a stall.
 */
export function ProjectsTableView({ catalog }: { catalog: Catalog }) {
  const t = useTableT();
  const lang = useLang();
  const filters = useFilters();
  const park = useUrlStore((s) => s.state.park);
  const q = useUrlStore((s) => s.state.q);
  const sortKey = useUrlStore((s) => (s.state.sort ? `${s.state.sort.column}:${s.state.sort.descending ? 'desc' : 'asc'}` : ''));
  const colsKey = useUrlStore((s) => s.state.cols?.join(',') ?? '');
  const columns = useMemo(() => (colsKey ? (colsKey.split(',') as TableColumn[]) : DEFAULT_COLUMNS), [colsKey]);
  const sort = useMemo(() => {
    if (!sortKey) return undefined;
    const [column, dir] = sortKey.split(':');
    return { column: column as TableColumn, descending: dir === 'desc' };
  }, [sortKey]);

  const scopePark = park ? catalog.index.byId.get(park) : undefined;
  const scope = useMemo(() => (scopePark ? descendants(catalog.index, scopePark.id) : undefined), [catalog.index, scopePark]);
  // The store loads them (src/catalog/needed-parks.ts); until then the table says how many are on their way.
  const wanted = scope ?? catalog.index.parks.map((p) => p.id);
  const missing = wanted.filter((id) => !catalog.parkById.has(id) && !catalog.unavailable.has(id));

  const all = useMemo(() => buildRows(catalog, filters, scope), [catalog, filters, scope]);
  const filtered = useMemo(() => filterRows(all, q), [all, q]);
  const rows = useMemo(() => sortRows(filtered, sort), [filtered, sort]);

  // The map shows the rows' projects when the table narrows the atlas further than the filters do.
  useEffect(() => {
    const narrowed = !!(q || scope);
    useUiStore.setState({ tableRows: narrowed ? new Set(filtered.flatMap((r) => (r.project ? [r.id] : []))) : null });
  }, [filtered, q, scope]);
  useEffect(() => () => useUiStore.setState({ tableRows: null }), []);

  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser is read afresh on every render by design; the compiler skipping this component is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 44,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  const toggle = (column: TableColumn) => {
    const descending = sort?.column === column ? !sort.descending : DESCENDING_FIRST.includes(column);
    patchUrl({ sort: { column, descending } }, { replace: true });
  };
  const ariaSort = (c: TableColumn) => (sort?.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none');
  const heading = scopePark ? t('headingIn', { park: nameText(scopePark.name, lang) }) : t('heading');
  const caption = [
    sort ? t('caption', { n: rows.length, column: COLUMN_LABEL[sort.column][lang] }) : t('captionUnsorted', { n: rows.length }),
    filters.asOf ? t('asOf', { date: formatPartialDate(filters.asOf, lang) }) : '',
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <section className="projects-table-view" aria-labelledby="projects-table-heading">
      <h2 id="projects-table-heading">{heading}</h2>
      <TableControls
        rows={rows}
        columns={columns}
        catalog={catalog}
        fileStem={`projects${scopePark ? `-${scopePark.id}` : ''}${filters.asOf ? `-as-of-${filters.asOf}` : ''}`}
      />
      {missing.length > 0 && (
        <p className="cell-note" role="status">
          {t('loadingParks', { n: missing.length })}
        </p>
      )}
      <div ref={scroller} className="pt-scroll" role="region" aria-label={t('scroll')} tabIndex={0}>
        <table className="pt-table" aria-rowcount={rows.length + 1}>
          <caption className="pt-caption" aria-live="polite">
            {caption}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c} scope="col" aria-sort={ariaSort(c)} className={`col-${c}`}>
                  <button type="button" className="sort-button" onClick={() => toggle(c)}>
                    {COLUMN_LABEL[c][lang]}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.column === c ? (sort.descending ? ' ↓' : ' ↑') : ' ↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" className="pt-pad" style={{ height: padTop }} />}
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  className={row.aggregate ? 'pt-aggregate' : undefined}
                >
                  {columns.map((c) => (
                    <RowCell key={c} row={row} column={c} catalog={catalog} />
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && <tr aria-hidden="true" className="pt-pad" style={{ height: padBottom }} />}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty">{t('none')}</p>}
      </div>
    </section>
  );
}
