import { words, type Bilingual } from './bilingual';

/**
 * The words the formatters and the downloads put around numbers. Kept apart from strings.ts
 * (which reads the URL store) so catalog code such as the CSV export can use them; strings.ts
 * includes them, so components reach the same words through `t()`.
 */
export const FORMAT_WORDS = {
  notReported: { en: 'not reported', zh: '未报告' },
  inferred: { en: 'inferred', zh: '推断' },
  inferredSuffix: { en: ' (inferred)', zh: '（推断）' },
  perKm2: { en: '{amount} per km²', zh: '{amount}/平方公里' },
  sourcesDated: { en: 'sources dated {dates}', zh: '来源日期 {dates}' },
  noneTracked: { en: 'none tracked', zh: '暂无跟踪' },
  investmentTotal: { en: 'investment total', zh: '投资合计' },
  withNoAmount: { en: 'with no amount reported', zh: '未报告金额' },
  nthValue: { en: ' (value {n})', zh: '（第{n}个值）' },
  // Separators between the items of a list a reader scans (names, amounts, source ids).
  listComma: { en: ', ', zh: '、' },
  listDot: { en: ' · ', zh: '、' },
  listSemicolon: { en: '; ', zh: '；' },
  metres: { en: '{n} m', zh: '{n} 米' },
  kilometres: { en: '{n} km', zh: '{n} 公里' },
} as const satisfies Record<string, Bilingual>;

export const formatWord = words(FORMAT_WORDS);
