import type { Lang } from '../catalog/format';
import { useUrlStore } from '../url/url-store';

/** The interface's own words. Catalog content carries its own names; this is only chrome. */
const STRINGS = {
  title: { en: 'Pharma Parks Atlas', zh: '医药园区地图集' },
  parks: { en: 'Parks', zh: '园区' },
  details: { en: 'Details', zh: '详情' },
  loading: { en: 'Loading the catalog…', zh: '正在加载数据…' },
  datasetErrors: { en: 'Some datasets could not be loaded', zh: '部分数据集无法加载' },
  linkProblems: { en: 'Part of this link could not be used', zh: '此链接的部分内容无法使用' },
  dismiss: { en: 'Dismiss', zh: '关闭' },
  language: { en: 'Language', zh: '语言' },
  referencePark: { en: 'reference park', zh: '参照园区' },
  zones: { en: 'Zones', zh: '分区' },
  projects: { en: 'Projects', zh: '项目' },
} as const;

export type StringKey = keyof typeof STRINGS;

export const t = (key: StringKey, lang: Lang): string => STRINGS[key][lang];

export function useLang(): Lang {
  return useUrlStore((s) => s.state.lang ?? 'en');
}

/** `const t = useT(); t('title')` for components. */
export function useT(): (key: StringKey) => string {
  const lang = useLang();
  return (key) => t(key, lang);
}
