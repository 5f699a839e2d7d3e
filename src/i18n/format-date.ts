import type { Lang } from '../catalog/format';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as precise as the source gave it, no more: "2022", "Jul 2022", "14 Jul 2022"
 * (Chinese: 2022年7月14日). Anything unexpected is shown as written rather than guessed at.
 */
export function formatPartialDate(date: string, lang: Lang = 'en'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  if (lang === 'zh') return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  if (!month) return year!;
  const mon = MONTHS_EN[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${mon} ${year}` : `${mon} ${year}`;
}
