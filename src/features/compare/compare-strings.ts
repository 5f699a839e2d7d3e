import { dictionary } from '../../i18n/dictionary';

/**
 * The compare view's own words, kept apart from src/i18n/strings.ts so parallel work on the
 * shared file never clashes. Same contract: `{name}` placeholders are filled as text, never markup.
 */
const STRINGS = {
  heading: { en: 'Compare parks', zh: '园区对比' },
  caption: { en: '{names}, side by side', zh: '{names} 对比' },
  intro: {
    en: 'Figures as the sources print them, each with its year, scope and source. Where sources disagree, every value is shown; none is picked.',
    zh: '数据按来源原文列出，并注明年份、范围和来源。来源不一致时列出所有数值，不作取舍。',
  },
  backToMap: { en: 'Back to the map', zh: '返回地图' },
  addPark: { en: 'Add a park', zh: '添加园区' },
  choosePark: { en: 'Choose a park…', zh: '选择园区…' },
  add: { en: 'Add', zh: '添加' },
  atMost: { en: 'Up to {n} parks can be compared at once.', zh: '最多可同时对比 {n} 个园区。' },
  remove: { en: 'Remove', zh: '移除' },
  removeLabel: { en: 'Remove {name} from the comparison', zh: '从对比中移除{name}' },
  atLeast: { en: 'At least {n} parks stay in a comparison.', zh: '对比至少保留 {n} 个园区。' },
  unknown: { en: 'Not in the catalog: {ids}. The other parks are compared.', zh: '目录中没有：{ids}。其余园区照常对比。' },
  loadingParks: { en: 'Loading {names}…', zh: '正在加载{names}…' },
  unknownNone: { en: 'Not in the catalog: {ids}.', zh: '目录中没有：{ids}。' },
  // Hosting issue: a park the index lists whose file failed is not "not in the catalog".
  failedToLoad: { en: 'Could not be loaded: {names}. The notice above says why.', zh: '无法加载：{names}。原因见上方提示。' },
  useInstead: { en: 'Compare {name} instead of “{id}”', zh: '改为对比{name}（替换“{id}”）' },
  promptOne: { en: 'Add a park to compare with {name}.', zh: '请添加一个园区与{name}对比。' },
  promptNone: { en: 'Add two parks to compare them.', zh: '请添加两个园区进行对比。' },
  downloads: { en: 'Download', zh: '下载' },
  downloadCsv: { en: 'Download the table (CSV)', zh: '下载表格（CSV）' },
  downloadGeoJson: { en: 'Download boundaries and locations (GeoJSON)', zh: '下载边界与位置（GeoJSON）' },
  scrollHint: { en: 'Swipe the table sideways to see every park →', zh: '左右滑动表格查看所有园区 →' },
  notShown: { en: 'Not shown: {reason}.', zh: '不显示：{reason}。' },
  formulaAndInputs: { en: 'Formula and inputs', zh: '公式与输入' },
  formula: { en: 'Formula', zh: '公式' },
  numerator: { en: 'Amount', zh: '数额' },
  denominator: { en: '÷ Area', zh: '÷ 面积' },
  derivedFrom: {
    en: 'computed by the atlas from the figures above, not printed by a source',
    zh: '由本地图集根据上方数据计算，非来源原文',
  },
  shared: { en: 'shared', zh: '共有' },
  sharedLegend: { en: '✓ shared = listed by every compared park', zh: '✓ 共有 = 所有对比园区均列出' },
  nMore: { en: 'Show {n} more', zh: '另有 {n} 个' },
  severalInputs: { en: 'Different inputs', zh: '不同输入' },
  oneProject: { en: '1 project', zh: '1 个项目' },
  nProjects: { en: '{n} projects', zh: '{n} 个项目' },
  noneTracked: { en: 'none tracked', zh: '暂无跟踪' },
  nZones: { en: '{n} zones', zh: '{n} 个分区' },
  nAggregates: { en: 'plus {n} groups reported only in total', zh: '另有 {n} 组仅有汇总数据' },
  notes: { en: 'Notes ({n})', zh: '说明（{n}）' },
  dated: { en: 'dated {span}', zh: '日期 {span}' },
  sourcesDated: { en: 'sources dated {span}', zh: '来源日期 {span}' },
  mapsLabel: { en: 'Maps at the same scale', zh: '同比例地图' },
  pageTitle: { en: 'Compare: {names}', zh: '对比：{names}' },
} as const;

export const { text: ct, useText: useCompareT } = dictionary(STRINGS);
