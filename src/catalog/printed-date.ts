import { normalise } from './printed-form';

/**
 * Reads a date as a source prints it ("2020年7月", "3月25日", "27 September 2018", "Updated:
 * Nov 27, 2017", "2019-07-10 09:43") into the parts it gives, and checks a stored partial date
 * (YYYY, YYYY-MM, YYYY-MM-DD) against them at the precision printed. Pure.
 */
export type PrintedDate = { year?: number; month?: number; day?: number };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

const parts = (year?: string, month?: number | string, day?: string): PrintedDate => ({
  ...(year && { year: Number(year) }),
  ...(month && { month: Number(month) }),
  ...(day && { day: Number(day) }),
});

export function readPrintedDate(as: string): PrintedDate | undefined {
  const text = normalise(as);
  const iso = /\b((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)/.exec(text);
  if (iso) return parts(iso[1], iso[2], iso[3]);
  const han = /(?:((?:19|20)\d{2})\s*年)?\s*(?:(\d{1,2})\s*月)?\s*(?:(\d{1,2})\s*[日号])?/g;
  for (let m = han.exec(text); m; m = han.exec(text)) {
    if (m[0].trim() && /[年月日号]/.test(m[0])) return parts(m[1], m[2], m[3]);
    if (!m[0]) han.lastIndex++;
  }
  const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'i').exec(text);
  if (dayFirst) return parts(dayFirst[3], monthOf(dayFirst[2]!), dayFirst[1]);
  const monthFirst = new RegExp(`\\b${MONTH}(?:\\s+(\\d{1,2})(?!\\d))?(?:(?:,|\\s)\\s*((?:19|20)\\d{2}))?\\b`, 'i').exec(text);
  if (monthFirst && (monthFirst[2] || monthFirst[3])) return parts(monthFirst[3], monthOf(monthFirst[1]!), monthFirst[2]);
  const year = /\b((?:19|20)\d{2})\b/.exec(text);
  return year ? parts(year[1]) : undefined;
}

const storedParts = (date: string): PrintedDate => {
  const [y, m, d] = date.split('-');
  return parts(y, m, d);
};

const NAMES = { year: 'year', month: 'month', day: 'day' } as const;

/**
 * What the printed dates say that the stored date does not: a part that disagrees with any
 * printed form, and (unless the date is marked inferred) a stored part no printed form gives.
 * A form with no readable date is a problem only for a date not marked inferred.
 */
export function checkPrintedDates(printed: readonly { as: string; source: string }[], stored: string, inferred: boolean): string[] {
  const want = storedParts(stored);
  const problems: string[] = [];
  const given = new Set<keyof PrintedDate>();
  for (const p of printed) {
    const d = readPrintedDate(p.as);
    if (!d) {
      if (!inferred) problems.push(`printed "${p.as}" (${p.source}) gives no date; stored ${stored}`);
      continue;
    }
    for (const key of Object.keys(NAMES) as (keyof PrintedDate)[]) {
      if (d[key] === undefined || want[key] === undefined) continue;
      given.add(key);
      if (d[key] !== want[key]) problems.push(`printed "${p.as}" (${p.source}) gives ${NAMES[key]} ${d[key]}, stored ${stored}`);
    }
  }
  if (!inferred) {
    const missing = (Object.keys(NAMES) as (keyof PrintedDate)[]).filter((k) => want[k] !== undefined && !given.has(k));
    if (missing.length && printed.length) {
      problems.push(
        `stored ${stored} gives the ${missing.join(' and ')}, which no printed form gives (${printed.map((p) => `"${p.as}"`).join(', ')}): store the date as printed or mark it inferred with the reason`,
      );
    }
  }
  return problems;
}
