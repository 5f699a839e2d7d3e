import { fmtMedian, median, type Row } from './measure';
import type { LoadResult } from './browser-page';
import type { Interaction } from './browser-interactions';

/** The bench's rows from what its loads report (browser-page.ts): shared by the real, hosted and synthetic sections. */

/** A deep link's first paint (index.html's frame) → its loaded panel, per load. */
export const afterFirstPaint = (results: LoadResult[]) =>
  results.map((r) => (r.panel ?? NaN) - (r.fcp ?? r.fp ?? NaN)).filter(Number.isFinite);

/**
 * From the app's start (src/main.tsx's mark) to the loaded panel. First paint is index.html's
 * static frame, drawn before the app's script runs, so first paint → panel also counts the script's
 * download and evaluation; this row is the app's own part of it.
 */
export const fromAppStart = (results: LoadResult[]) =>
  results.map((r) => (r.panel ?? NaN) - (r.measures['atlas-app-start (at)'] ?? NaN)).filter(Number.isFinite);

export const pick = (results: LoadResult[], key: 'idle' | 'settled' | 'panel' | 'catalog' | 'fcp') =>
  results.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
export const x = (a: number, b: number) => `${(a / b).toFixed(2)}× bare`;

/** The loader's own user timings (performance.measure 'atlas-…'), when the build has them. */
export function measureRows(section: string, who: string, results: LoadResult[]): Row[] {
  const names = [...new Set(results.flatMap((r) => Object.keys(r.measures)))].sort();
  return names.map((name) => ({
    section,
    measure: `${who}: ${name} (user timing)`,
    value: fmtMedian(results.map((r) => r.measures[name]).filter((v): v is number => v !== undefined)),
  }));
}

/**
 * A project link's rows: to its loaded panel from navigation, from first paint (the target) and
 * from the app's start, and to its map's first idle against `bareIdle`.
 */
export function deepLinkRows(section: string, deep: LoadResult[], bareIdle: number, link: string, idleNote = ''): Row[] {
  return [
    { section, measure: `deep link ${link}: navigation → panel loaded`, value: fmtMedian(pick(deep, 'panel')) },
    ...panelRows(section, deep, 'deep link'),
    {
      section,
      measure: `deep link: navigation → first idle${idleNote}`,
      value: fmtMedian(pick(deep, 'idle')),
      ratio: x(median(pick(deep, 'idle')), bareIdle),
    },
    ...measureRows(section, 'deep link', deep),
  ];
}

/** A project link's panel (`label` names the link): from first paint (the target) and from the app's start. */
export function panelRows(section: string, deep: LoadResult[], label: string): Row[] {
  const afterPaint = afterFirstPaint(deep);
  return [
    {
      section,
      measure: `${label}: first paint → panel loaded`,
      value: fmtMedian(afterPaint),
      target: '≤ 300 ms',
      met: median(afterPaint) <= 300,
    },
    {
      section,
      measure: `${label}: the app's start (its script run once index.html's frame is painted) → panel loaded`,
      value: fmtMedian(fromAppStart(deep)),
    },
  ];
}

/** Selection from the search and from the list (≤ 100 ms), and the search's last keystroke (≤ 50 ms). */
export function interactionRows(section: string, ui: Interaction): Row[] {
  const lastKey = ui.lastKey.filter(Number.isFinite);
  return [
    {
      section,
      measure: 'select from search: Enter → panel heading (next frame)',
      value: fmtMedian(ui.searchSelect),
      target: '≤ 100 ms',
      met: median(ui.searchSelect) <= 100,
    },
    {
      section,
      measure: 'select from list: click → panel heading (next frame)',
      value: fmtMedian(ui.listSelect),
      target: '≤ 100 ms',
      met: median(ui.listSelect) <= 100,
    },
    {
      section,
      measure: 'search: last keystroke → options updated',
      value: fmtMedian(lastKey),
      target: '≤ 50 ms',
      met: median(lastKey) <= 50,
    },
  ];
}
