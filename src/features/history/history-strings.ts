import { dictionary } from '../../i18n/dictionary';

/** The history feature's own words (issue 17), apart from src/i18n/strings.ts so parallel work never clashes. */
const STRINGS = {
  changes: { en: 'Changes', zh: '变更记录' },
  follow: { en: 'Follow this park (Atom feed)', zh: '关注此园区（Atom 订阅）' },
  none: { en: 'No recorded change since the first release ({date}).', zh: '自首次发布（{date}）以来没有记录的变更。' },
  noHistory: { en: 'No release of the catalog has been recorded yet.', zh: '目录尚未记录任何发布。' },
  loading: { en: 'Loading the changes…', zh: '正在加载变更记录…' },
  failed: { en: 'The changes could not be loaded: {message}', zh: '无法加载变更记录：{message}' },
  release: { en: 'Release of {date}', zh: '{date}发布' },
  heading: { en: "What's new in the release of {date}", zh: '{date}发布的最新变化' },
  count: { en: '{n} of {total} changes', zh: '共 {total} 项变更，显示 {n} 项' },
  filterPark: { en: 'Park', zh: '园区' },
  filterKind: { en: 'Kind of change', zh: '变更类型' },
  allParks: { en: 'All parks', zh: '全部园区' },
  allKinds: { en: 'All kinds', zh: '全部类型' },
  empty: { en: 'No change of this kind in this release.', zh: '本次发布没有此类变更。' },
  feed: { en: 'Atom feed of every change', zh: '全部变更的 Atom 订阅' },
} as const;

export const { useText: useHistoryT } = dictionary(STRINGS);
