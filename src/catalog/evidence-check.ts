import { formatAmount } from '../i18n/format-figure';
import { checkPrintedDates } from './printed-date';
import { checkPrintedFigure } from './printed-form';
import type { FigureValue, Park, Printed, Source } from './schema';
import type { Problem } from './validate';

/**
 * The evidence check (the evidence issue): every cited value (figure values, dated status steps,
 * milestones, landmark distances) records, for each source it cites, how that source prints it,
 * and the printed form says what the stored value says. Values we computed or could not verify
 * say so and are counted apart. Run by `npm run validate`; the app does not drop a park for it.
 */
export type EvidenceCount = { cited: number; printed: number; unverified: number; computed: number };
export type EvidenceResult = { problems: Problem[]; count: EvidenceCount };

type Cited = { sources: string[]; printed?: Printed[] | undefined; unverified?: { reason: string } | undefined };
type Dated = Cited & { date: string; dateInferred?: boolean | undefined };

const stored = (v: FigureValue) => {
  const raw = [
    `${v.value} ${v.unit}`,
    v.magnitude && `magnitude ${v.magnitude}`,
    v.qualifier && `qualifier ${v.qualifier}`,
    v.flag && `flag ${v.flag}`,
  ];
  return `"${formatAmount(v)}" (${raw.filter(Boolean).join(', ')})`;
};
const printedText = (p: Printed) => `"${p.as}" (${p.source}, ${p.at})`;

/** Every `values` of a figure, status step and milestone in a park, with its JSON path. */
function walk(
  node: unknown,
  path: string,
  onValue: (v: FigureValue, path: string) => void,
  onDated: (d: Dated, path: string) => void,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}[${i}]`, onValue, onDated));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'geometry' || key === 'point' || !child || typeof child !== 'object') continue;
    if (key === 'values' && Array.isArray(child) && child.every((v) => v && typeof v === 'object' && 'unit' in v)) {
      child.forEach((v, i) => onValue(v as FigureValue, `${path}.values[${i}]`));
    } else if ((key === 'statusHistory' || key === 'milestones') && Array.isArray(child)) {
      child.forEach((d, i) => onDated(d as Dated, `${path}.${key}[${i}]`));
      child.forEach((d, i) => walk(d, `${path}.${key}[${i}]`, onValue, onDated));
    } else walk(child, `${path}.${key}`, onValue, onDated);
  }
}

/** Sources cited without a printed form, and printed forms of sources not cited. */
function coverage(item: Cited, path: string, what: string, at: (path: string, message: string) => void): boolean {
  const printed = item.printed ?? [];
  printed.forEach((p, k) => {
    if (!item.sources.includes(p.source))
      at(`${path}.printed[${k}].source`, `printed form of source "${p.source}", which the value does not cite (${what})`);
  });
  const missing = item.sources.filter((s) => !printed.some((p) => p.source === s));
  if (missing.length) {
    at(
      `${path}.printed`,
      `no printed form for source ${missing.map((s) => `"${s}"`).join(', ')} (stored ${what}): record how the source prints it and where, or mark the value computed or unverified with the reason`,
    );
  }
  return missing.length === 0;
}

export function checkParkEvidence(park: Park, file: string, count: EvidenceCount): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push({ file, path, message });
  walk(
    park,
    '$',
    (v, path) => {
      count.cited++;
      if (v.computed) count.computed++;
      else if (v.unverified) count.unverified++;
      else if (coverage(v, path, stored(v), at)) count.printed++;
      (v.printed ?? []).forEach((p, k) => {
        for (const m of checkPrintedFigure(p.as, v, p.lang)) {
          at(`${path}.printed[${k}]`, `${m.kind} disagrees: printed ${printedText(p)} vs stored ${stored(v)}: ${m.message}`);
        }
      });
    },
    (d, path) => {
      count.cited++;
      const what = `date ${d.date}${d.dateInferred ? ' (inferred)' : ''}`;
      if (d.unverified) count.unverified++;
      else if (coverage(d, path, what, at)) count.printed++;
      const printed = (d.printed ?? []).filter((p) => d.sources.includes(p.source));
      if (printed.length) {
        for (const message of checkPrintedDates(printed, d.date, !!d.dateInferred)) at(`${path}.printed`, `date disagrees: ${message}`);
      }
    },
  );
  return problems;
}

/** Dates in a web address: "/2019/0716/", "t20190716", "2020-06/24", "201907/" (year and month only). */
export function addressDates(url: string): string[] {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  const found = new Set<string>();
  for (const m of path.matchAll(/(?<!\d)((?:19|20)\d{2})[-/_.]?(0[1-9]|1[0-2])[-/_.]?(0[1-9]|[12]\d|3[01])(?!\d)/g))
    found.add(`${m[1]}-${m[2]}-${m[3]}`);
  for (const m of path.matchAll(/(?<!\d)((?:19|20)\d{2})[-/_.]?(0[1-9]|1[0-2])(?=\/|$)/g)) {
    const month = `${m[1]}-${m[2]}`;
    if (![...found].some((d) => d.startsWith(`${month}-`))) found.add(month);
  }
  return [...found];
}

/** A source's `date` must be its own printed date: one equal to a date in its address is taken from there unless shown printed. */
export function checkSourceDates(sources: readonly Source[], file: string): Problem[] {
  const problems: Problem[] = [];
  sources.forEach((s, i) => {
    if (!s.date) return;
    if (s.datePrinted) {
      for (const message of checkPrintedDates([{ as: s.datePrinted.as, source: s.id }], s.date, false)) {
        problems.push({ file, path: `$.sources[${i}].datePrinted`, message: `date disagrees: ${message}` });
      }
      return;
    }
    const fromUrl = s.url ? addressDates(s.url).find((d) => d === s.date || d.startsWith(`${s.date}-`)) : undefined;
    if (fromUrl) {
      problems.push({
        file,
        path: `$.sources[${i}].date`,
        message: `date ${s.date} is the date in the address (${s.url}): taken from the address? record datePrinted or move it to dateInferred`,
      });
    }
  });
  return problems;
}

/** Every park's evidence and the sources' dates, with the count the validator prints. */
export function checkEvidence(
  parks: readonly { park: Park; file: string }[],
  sources: readonly Source[],
  sourcesFile: string,
): EvidenceResult {
  const count: EvidenceCount = { cited: 0, printed: 0, unverified: 0, computed: 0 };
  const problems = [...parks.flatMap(({ park, file }) => checkParkEvidence(park, file, count)), ...checkSourceDates(sources, sourcesFile)];
  return { problems, count };
}

export const evidenceLine = (c: EvidenceCount) =>
  `evidence: ${c.printed}/${c.cited} cited values with printed forms (${c.unverified} unverified, ${c.computed} computed)`;
