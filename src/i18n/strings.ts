import type { Lang } from '../catalog/format';
import { useUrlStore } from '../url/url-store';
import { words, type Bilingual, type Vars } from './bilingual';
import { FORMAT_WORDS } from './format-words';

/**
 * The interface's own words. Catalog content carries its own names; this is only chrome.
 * `{name}` placeholders are filled by `t(key, lang, { name })`; values are inserted as text,
 * never as markup.
 */
const STRINGS = {
  ...FORMAT_WORDS,
  title: { en: 'Pharma Parks Atlas', zh: '医药园区地图集' },
  parks: { en: 'Parks', zh: '园区' },
  details: { en: 'Details', zh: '详情' },
  loading: { en: 'Loading the catalog…', zh: '正在加载数据…' },
  datasetErrors: { en: 'Some datasets could not be loaded', zh: '部分数据集无法加载' },
  linkProblems: { en: 'Part of this link could not be used', zh: '此链接的部分内容无法使用' },
  dismiss: { en: 'Dismiss', zh: '关闭' },
  language: { en: 'Language', zh: '语言' },
  referencePark: { en: 'reference park', zh: '参照园区' },
  referenceNote: {
    en: 'Carried for comparison only: the figures its sources give, no zones drawn.',
    zh: '仅作对比参照：只收录来源给出的数据，不绘制分区。',
  },
  zones: { en: 'Zones', zh: '分区' },
  projects: { en: 'Projects', zh: '项目' },
  // Search
  search: { en: 'Search', zh: '搜索' },
  searchLabel: { en: 'Search parks, zones, projects and companies', zh: '搜索园区、分区、项目和企业' },
  searchPlaceholder: { en: 'Search parks, projects, companies…', zh: '搜索园区、项目、企业…' },
  searchResults: { en: 'Search results', zh: '搜索结果' },
  searchCount: { en: '{n} results; use the arrow keys to choose, Enter to open', zh: '{n} 个结果；用方向键选择，按回车打开' },
  searchNone: { en: 'No matches', zh: '无匹配结果' },
  kindPark: { en: 'Park', zh: '园区' },
  kindZone: { en: 'Zone', zh: '分区' },
  kindProject: { en: 'Project', zh: '项目' },
  viaCompany: { en: 'company', zh: '企业' },
  viaInstitution: { en: 'institution', zh: '机构' },
  viaAka: { en: 'also printed as', zh: '又作' },
  // Shell
  showDetails: { en: 'Show details', zh: '展开详情' },
  hideDetails: { en: 'Hide details', zh: '收起详情' },
  allParks: { en: 'All parks', zh: '全部园区' },
  readMore: { en: 'Read more', zh: '展开全文' },
  showLess: { en: 'Show less', zh: '收起' },
  // Figures and sources
  source: { en: 'Source', zh: '来源' },
  sources: { en: 'Sources', zh: '来源' },
  nSources: { en: '{n} sources', zh: '{n} 个来源' },
  sourcesFor: { en: 'Sources for {what}', zh: '{what} 的来源' },
  sourcesDisagree: { en: 'Sources disagree', zh: '来源不一致' },
  relationMeasures: { en: 'Different measures', zh: '不同口径' },
  relationParts: { en: 'Parts of a total', zh: '分项' },
  relationConversion: { en: 'Same amount, converted', zh: '同一金额（换算）' },
  partsTotal: { en: 'together {amount}', zh: '合计 {amount}' },
  undated: { en: 'undated', zh: '无日期' },
  undatedInferred: { en: 'undated (inferred {date}: {reason})', zh: '无日期（推断为 {date}：{reason}）' },
  localFile: { en: 'Local copy', zh: '本地副本' },
  unknownSource: { en: 'Source “{id}” is missing from the catalog', zh: '目录中缺少来源“{id}”' },
  close: { en: 'Close', zh: '关闭' },
  flagAmbiguous: { en: 'as printed; ambiguous', zh: '按原文；有歧义' },
  flagTarget: { en: 'target', zh: '目标' },
  flagEstimate: { en: 'estimate', zh: '估计' },
  coverageWider: { en: 'covers a wider area', zh: '范围更大' },
  coveragePart: { en: 'covers only part', zh: '仅部分范围' },
  coverageUncertain: { en: 'scope unclear: may cover a wider area', zh: '范围不明：可能涵盖更大区域' },
  // Park
  partOf: { en: 'Part of', zh: '隶属' },
  contains: { en: 'Contains', zh: '包含' },
  statedArea: { en: 'Stated area', zh: '公布面积' },
  area: { en: 'Area', zh: '面积' },
  keyFigures: { en: 'Key figures', zh: '主要数据' },
  focusIndustries: { en: 'Focus industries', zh: '重点产业' },
  structure: { en: 'Structure', zh: '空间结构' },
  aggregates: { en: 'Reported only in total', zh: '仅有汇总数据' },
  landmarks: { en: 'Location and access', zh: '区位与交通' },
  institutions: { en: 'Companies and institutions', zh: '企业与机构' },
  alsoPrintedAs: { en: 'Also printed as', zh: '又作' },
  compareWith: { en: 'Compare with {name}', zh: '与{name}对比' },
  // Zone
  zoneOf: { en: 'Zone of', zh: '所属园区' },
  drawnArea: { en: 'Area of the drawn outline', zh: '所绘轮廓面积' },
  drawnAreaNote: { en: 'computed from the polygon on the map, not a source figure', zh: '根据地图多边形计算，并非来源数据' },
  facilities: { en: 'Facilities planned', zh: '规划设施' },
  boundary: { en: 'How the boundary was drawn', zh: '边界如何绘制' },
  // Project list
  project: { en: 'Project', zh: '项目' },
  investment: { en: 'Investment', zh: '投资' },
  status: { en: 'Status', zh: '状态' },
  sortBy: { en: 'Sort by {what}', zh: '按{what}排序' },
  nProjects: { en: '{n} projects', zh: '{n} 个项目' },
  oneProject: { en: '1 project', zh: '1 个项目' },
  trackedInvestment: { en: 'tracked investment {amount}', zh: '已跟踪投资 {amount}' },
  nNoAmount: { en: '{n} with no amount reported', zh: '{n} 个未报告金额' },
  noProjects: { en: 'No projects tracked here yet.', zh: '暂无跟踪项目。' },
  filteredOf: { en: 'Showing {shown} of {total}: filters are on.', zh: '显示 {total} 个中的 {shown} 个（已筛选）。' },
  // Project
  companies: { en: 'Companies', zh: '企业' },
  kind: { en: 'Kind', zh: '类型' },
  otherFigures: { en: 'Other figures', zh: '其他数据' },
  timeline: { en: 'Status over time', zh: '进展' },
  location: { en: 'Location', zh: '位置' },
  zone: { en: 'Zone', zh: '分区' },
  park: { en: 'Park', zh: '园区' },
  copyLink: { en: 'Copy link', zh: '复制链接' },
  linkCopied: { en: 'Link copied', zh: '链接已复制' },
  copyByHand: { en: 'Copy this link:', zh: '请复制此链接：' },
  citeThis: { en: 'Cite this', zh: '引用' },
  citation: { en: 'Citation (plain text)', zh: '引用（纯文本）' },
  citationCopied: { en: 'Citation copied', zh: '引用已复制' },
  citeFigure: { en: 'Cite', zh: '引用' },
  citeFigureFor: { en: 'Cite {what}', zh: '引用 {what}' },
  share: { en: 'Share', zh: '分享' },
  // Links that used an old id (data/redirects.json)
  linkNotes: { en: 'This link was updated', zh: '此链接已更新' },
  oldIdNote: { en: 'This link used an old id “{from}”; it now opens “{to}”.', zh: '此链接使用了旧 id“{from}”；现已打开“{to}”。' },
  // Filters
  filters: { en: 'Filters', zh: '筛选' },
  filterStatus: { en: 'Project status', zh: '项目状态' },
  filterIndustry: { en: 'Focus industry', zh: '重点产业' },
  activeFilters: { en: 'Active filters', zh: '当前筛选' },
  clearFilters: { en: 'Clear filters', zh: '清除筛选' },
  removeFilter: { en: 'Remove filter: {what}', zh: '移除筛选：{what}' },
  noParksMatch: { en: 'No parks match the filters.', zh: '没有符合筛选条件的园区。' },
  // List
  zonesAndProjects: { en: '{zones}, {projects}', zh: '{zones}，{projects}' },
  nZonesList: { en: '{n} zones', zh: '{n} 个分区' },
  oneZone: { en: '1 zone', zh: '1 个分区' },
  noZones: { en: 'no zones', zh: '无分区' },
  noProjectsShort: { en: 'no projects', zh: '无项目' },
  showMoreParks: { en: 'Show {n} more parks', zh: '再显示 {n} 个园区' },
  shownParks: {
    en: 'Showing {shown} of {total} parks. Search finds any of them.',
    zh: '显示 {total} 个园区中的 {shown} 个。搜索可找到其中任何一个。',
  },
  // Not found
  notFound: { en: 'Not found', zh: '未找到' },
  notAvailable: { en: 'Details could not be loaded.', zh: '详情无法加载。' },
  loadingWhat: { en: 'Loading {name}…', zh: '正在加载{name}…' },
  unavailable: { en: 'The data for {name} could not be loaded; the notice above says why.', zh: '{name}的数据无法加载，原因见上方提示。' },
  notFoundPark: { en: 'There is no park with the id “{id}”.', zh: '没有 id 为“{id}”的园区。' },
  notFoundZone: { en: 'There is no zone “{id}” in {park}.', zh: '{park} 中没有分区“{id}”。' },
  notFoundProject: { en: 'There is no project with the id “{id}”.', zh: '没有 id 为“{id}”的项目。' },
  notFoundZoneNoPark: {
    en: 'The link names the zone “{id}” but no park; zone ids are only unique within a park.',
    zh: '此链接指定了分区“{id}”，但没有指定园区；分区 id 仅在园区内唯一。',
  },
  zoneInPark: { en: '{zone} in {park}', zh: '{park}的{zone}' },
  didYouMean: { en: 'Did you mean:', zh: '您是否要找：' },
  // Evidence (issue 11): how each source prints a figure or date
  printedAs: { en: 'printed as', zh: '原文作' },
  computedAs: { en: 'Computed by us: {formula}', zh: '由本图集计算：{formula}' },
  computedInputs: { en: 'from', zh: '依据' },
  notVerified: { en: 'printed form not verified: {reason}', zh: '原文写法未核实：{reason}' },
  relationScopes: { en: 'Different scopes', zh: '范围不同' },
  inferredBecause: { en: 'inferred: {reason}', zh: '推断：{reason}' },
  milestones: { en: 'Milestones', zh: '大事记' },
  // Accessibility (hosting issue): a source button's name begins with its visible label (WCAG 2.5.3).
  sourceFor: { en: 'Source for {what}', zh: '来源：{what}' },
  nSourcesFor: { en: '{n} sources for {what}', zh: '{n} 个来源：{what}' },
  // Time and tables (issue 15)
  asOfDate: { en: 'as of {date}', zh: '截至{date}' },
  notReportedAsOf: { en: 'not yet reported as of {date}', zh: '截至{date}尚未报告' },
  timelineLabel: { en: 'Read the atlas as of', zh: '查看截至某年的地图集' },
  timelineNow: { en: 'Now', zh: '现在' },
  timelineNowHint: { en: 'Show the atlas as it is now', zh: '显示当前状态' },
  timelinePlay: { en: 'Play through the years', zh: '逐年播放' },
  timelinePause: { en: 'Pause', zh: '暂停' },
  timelineValue: { en: 'as of the end of {year}', zh: '截至{year}年底' },
  timelineValueNow: { en: 'now (latest of every record)', zh: '现在（各记录最新状态）' },
  timelineEvents: { en: 'Years with dated events', zh: '有事件的年份' },
  asOfNoticeProject: { en: 'As of {date}: {status} (dated {step}).', zh: '截至{date}：{status}（{step}）。' },
  notYetOnRecord: {
    en: 'As of {date} this project was not yet on record: its first dated step is {first}.',
    zh: '截至{date}，此项目尚无记录：最早的进展日期为{first}。',
  },
  laterSteps: { en: 'Later', zh: '之后' },
  projectsView: { en: 'All projects (table)', zh: '全部项目（表格）' },
  mapView: { en: 'Back to the map and list', zh: '返回地图和列表' },
  chartTitle: { en: '{what}: {n} values over time', zh: '{what}：{n} 个不同时间的数值' },
  chartScopesDiffer: {
    en: 'Points only where the scopes differ; a line joins values of the same scope.',
    zh: '口径不同的数值只画点；同一口径的数值以线相连。',
  },
  chartOneScope: { en: 'One scope: the line joins the values in date order.', zh: '同一口径：按日期连线。' },
  chartDate: { en: 'Date', zh: '日期' },
  chartValue: { en: 'Value', zh: '数值' },
  chartScope: { en: 'Scope', zh: '口径' },
  // Print and embed (issue 16, reuse-print-embed).
  printProfile: { en: 'Print / PDF', zh: '打印 / PDF' },
  printPreparing: { en: 'Preparing the profile for print…', zh: '正在准备打印版…' },
  printFailed: { en: 'The profile could not be prepared for print.', zh: '无法准备打印版。' },
  printedFrom: {
    en: 'Printed from {title} on {date}. Values as the sources print them; numbers in brackets point to the sources.',
    zh: '打印自{title}，{date}。数值依来源原文；方括号中的数字指向来源列表。',
  },
  liveView: { en: 'Live view', zh: '在线视图' },
  mapPicture: { en: 'The map at the view being printed', zh: '打印时的地图视图' },
  noMapPicture: { en: 'No map picture: the map was not drawn in this browser.', zh: '无地图图片：此浏览器未绘制地图。' },
  trackedProjects: { en: 'Tracked projects', zh: '跟踪项目' },
  profilesOf: { en: 'Park profiles: {names}', zh: '园区概况：{names}' },
  embed: { en: 'Embed', zh: '嵌入' },
  embedCode: { en: 'Embed code (paste into your page’s HTML)', zh: '嵌入代码（粘贴到您网页的 HTML 中）' },
  copyCode: { en: 'Copy code', zh: '复制代码' },
  codeCopied: { en: 'Code copied', zh: '代码已复制' },
  openInAtlas: { en: 'Open in the atlas', zh: '在地图集中打开' },
  opensNewTab: { en: '(opens in a new tab)', zh: '（在新标签页打开）' },
  embedHint: { en: 'Select a park or project on the map.', zh: '请在地图上选择园区或项目。' },
  // History (issue 17): beside a figure a release revised; the rest is in src/features/history/history-strings.ts.
  revisedOn: { en: 'revised on {date}', zh: '{date}修订' },
  whatsNew: { en: "What's new", zh: '最新变化' },
  // Notices (issue 12, words in one home): their overflow lines were English only. `{command}` becomes code, not text.
  moreProblems: { en: '…and {n} more (run {command}).', zh: '……另有 {n} 个问题（运行 {command} 查看全部）。' },
  moreItems: { en: '…and {n} more.', zh: '……另有 {n} 项。' },
  // Small tables that lived beside their component (issue 12): one dictionary for the shell's words.
  updateReady: { en: 'This atlas has been updated — reload to see the latest figures.', zh: '本图集已更新——请重新加载以查看最新数据。' },
  reload: { en: 'Reload', zh: '重新加载' },
  dataLink: { en: 'Data', zh: '数据' },
  skipToDetails: { en: 'Skip to details', zh: '跳到详情' },
  // Said in words, not by fading alone (WCAG 1.4.1).
  outsideFilters: { en: 'outside the filters', zh: '不符合筛选条件' },
  nParks: { en: '{n} parks', zh: '{n} 个园区' },
  onePark: { en: '1 park', zh: '1 个园区' },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

export const t = words(STRINGS);

/** "1 project", "3 projects", "no projects": English needs the singular, Chinese does not mind. */
export function countText(n: number, lang: Lang, keys: { none: StringKey; one: StringKey; many: StringKey }): string {
  return n === 0 ? t(keys.none, lang) : n === 1 ? t(keys.one, lang) : t(keys.many, lang, { n });
}

export const PROJECT_COUNT = { none: 'noProjectsShort', one: 'oneProject', many: 'nProjects' } as const;
export const ZONE_COUNT = { none: 'noZones', one: 'oneZone', many: 'nZonesList' } as const;

export function useLang(): Lang {
  return useUrlStore((s) => s.state.lang ?? 'en');
}

/** `const t = useT(); t('title')` for components. */
export function useT(): (key: StringKey, vars?: Vars) => string {
  const lang = useLang();
  return (key, vars) => t(key, lang, vars);
}
