import type { Lang } from '../../catalog/format';
import type { TableColumn } from '../../catalog/table-columns';
import { words, type Bilingual, type Vars } from '../../i18n/bilingual';
import { useLang } from '../../i18n/strings';

/** The projects table's own words, apart from src/i18n/strings.ts so parallel work never clashes. */
const STRINGS = {
  heading: { en: 'Tracked projects', zh: '跟踪项目' },
  headingIn: { en: 'Tracked projects in {park}', zh: '{park}的跟踪项目' },
  caption: { en: '{n} rows, sorted by {column}', zh: '{n} 行，按{column}排序' },
  captionUnsorted: { en: '{n} rows, in catalog order', zh: '{n} 行，按目录顺序' },
  asOf: { en: 'as of the end of {date}', zh: '截至{date}' },
  filterLabel: { en: 'Filter the table', zh: '筛选表格' },
  filterPlaceholder: { en: 'Name, park, zone or company', zh: '名称、园区、分区或企业' },
  columns: { en: 'Columns', zh: '列' },
  download: { en: 'Download', zh: '下载' },
  csv: { en: 'Table (CSV)', zh: '表格（CSV）' },
  geojson: { en: 'Locations (GeoJSON)', zh: '位置（GeoJSON）' },
  loadingParks: { en: 'Loading {n} more parks…', zh: '正在加载另外 {n} 个园区…' },
  none: { en: 'No tracked project matches.', zh: '没有符合条件的跟踪项目。' },
  aggregate: { en: 'reported only in total', zh: '仅有汇总' },
  inferred: { en: 'inferred', zh: '推断' },
  scroll: { en: 'Projects table (scrolls)', zh: '项目表格（可滚动）' },
  sortBy: { en: 'Sort by {column}', zh: '按{column}排序' },
} as const satisfies Record<string, Bilingual>;

export const COLUMN_LABEL: Record<TableColumn, Bilingual> = {
  name: { en: 'Project', zh: '项目' },
  park: { en: 'Park', zh: '园区' },
  zone: { en: 'Zone', zh: '分区' },
  kind: { en: 'Kind', zh: '类型' },
  companies: { en: 'Companies', zh: '企业' },
  investment: { en: 'Investment', zh: '投资' },
  status: { en: 'Status', zh: '状态' },
  date: { en: 'Status date', zh: '状态日期' },
  location: { en: 'Location', zh: '位置' },
  sources: { en: 'Sources', zh: '来源' },
};

export type TableKey = keyof typeof STRINGS;
export const tt: (key: TableKey, lang: Lang, vars?: Vars) => string = words(STRINGS);
export function useTableT() {
  const lang = useLang();
  return (key: TableKey, vars?: Vars) => tt(key, lang, vars);
}
