import { dictionary } from '../../i18n/dictionary';

/** The Data page's words (issue 16), apart from src/i18n/strings.ts so parallel work never clashes. Filled as text, never markup. */
const STRINGS = {
  heading: { en: 'Download the catalog', zh: '下载数据' },
  intro: {
    en: 'The whole catalog as files for a spreadsheet, Python, R or a GIS, made from the same data as the map. Every value keeps its date, scope and sources; figures.csv has one row per cited value.',
    zh: '整个数据目录以文件形式提供，可用于电子表格、Python、R 或 GIS，与地图使用同一数据。每个数值都保留日期、口径和来源；figures.csv 每个引用数值一行。',
  },
  built: { en: 'Built {date} · catalog version {version}', zh: '生成于 {date} · 数据版本 {version}' },
  licenceHeading: { en: 'Licence', zh: '许可' },
  licence: {
    en: "The catalog is published under {licence} ({name}): share and adapt it, also commercially, crediting “Pharma Parks Atlas” with a link to the view you used. Each source document keeps its own rights; the basemap's geography keeps its sources' licences.",
    zh: '数据目录以 {licence}（{name}）发布：可自由分享和改编（包括商业用途），请注明“医药园区地图集”并附上所用页面的链接。各来源文件保留其自身权利；底图地理数据沿用其来源的许可。',
  },
  filesHeading: { en: 'Files', zh: '文件' },
  file: { en: 'File', zh: '文件' },
  format: { en: 'Format', zh: '格式' },
  size: { en: 'Size', zh: '大小' },
  contents: { en: 'Contents', zh: '内容' },
  columns: { en: '{n} columns', zh: '{n} 列' },
  describes: {
    en: 'Describes every file, its columns and types, the licence and the build date (Frictionless Data Package).',
    zh: '说明每个文件、其字段和类型、许可及生成日期（Frictionless 数据包）。',
  },
  loading: { en: 'Loading the list of files…', zh: '正在加载文件列表…' },
  failed: { en: 'The list of files could not be loaded ({error}).', zh: '无法加载文件列表（{error}）。' },
  backToMap: { en: 'Back to the map', zh: '返回地图' },
} as const;

export const { text: dt, useText: useDataT } = dictionary(STRINGS);
