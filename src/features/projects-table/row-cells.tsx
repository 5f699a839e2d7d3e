import type { Catalog } from '../../catalog/catalog';
import { nameText, STATUS_LABEL } from '../../catalog/format';
import type { ProjectRow } from '../../catalog/project-rows';
import type { TableColumn } from '../../catalog/table-columns';
import { useLang } from '../../i18n/strings';
import { formatPartialDate } from '../../i18n/format-date';
import { EntityName } from '../../ui/entity-name';
import { FigureView } from '../../ui/figure-view';
import { label, LOCATION_CONFIDENCE, PROJECT_KIND_LABEL } from '../../ui/labels';
import type { UrlState } from '../../url/registry';
import { UrlLink } from '../../ui/url-link';
import { useTableT } from './table-strings';

/**
 * What a row opens: a project (panel and map) or, for an aggregate, its park. The table's scope
 * (`park=`), view and date stay, so the table is still there, the panel beside it.
 */
const openState = (row: ProjectRow, state: UrlState): UrlState =>
  row.project
    ? { ...state, project: row.id, zone: undefined, map: undefined }
    : { ...state, park: row.park.id, project: undefined, zone: undefined, map: undefined };

function RowLink({ row }: { row: ProjectRow }) {
  // Pointing at or focusing a row lights its project on the map.
  return (
    <UrlLink to={(state) => openState(row, state)} highlight={row.project ? { kind: 'project', id: row.id } : null}>
      <EntityName name={row.name} />
    </UrlLink>
  );
}

/** One cell of a row; the name is the row header. */
export function RowCell({ row, column, catalog }: { row: ProjectRow; column: TableColumn; catalog: Catalog }) {
  const lang = useLang();
  const t = useTableT();
  switch (column) {
    case 'name':
      return (
        <th scope="row">
          <RowLink row={row} />
          {row.aggregate && <span className="badge aggregate-badge">{t('aggregate')}</span>}
        </th>
      );
    case 'park':
      return <td>{nameText(row.park.name, lang)}</td>;
    case 'zone':
      return <td>{row.zone ? nameText(row.zone.name, lang) : ''}</td>;
    case 'kind':
      return <td>{row.project ? label(PROJECT_KIND_LABEL[row.project.kind], lang) : t('aggregate')}</td>;
    case 'companies':
      return <td>{row.companies.map((c) => nameText(c, lang)).join(', ')}</td>;
    case 'investment':
      return (
        <td className="num">
          {row.investment || row.project ? (
            <FigureView figure={row.investment} sources={catalog.sources} label={`${nameText(row.name, lang)}`} compact />
          ) : (
            ''
          )}
        </td>
      );
    case 'status':
      return <td>{row.status ? STATUS_LABEL[row.status][lang] : ''}</td>;
    case 'date':
      return (
        <td>
          {row.date ? (
            <time dateTime={row.date}>
              {formatPartialDate(row.date, lang)}
              {row.dateInferred ? ` (${t('inferred')})` : ''}
            </time>
          ) : (
            ''
          )}
        </td>
      );
    case 'location':
      return <td>{row.location ? label(LOCATION_CONFIDENCE[row.location], lang) : ''}</td>;
    case 'sources':
      return <td className="num">{row.sources}</td>;
  }
}
