import { fmtMedian, fmtRatios, median, roundRatios, type Row } from './measure';
import type { LoadResult } from './browser-page';
import { panelRows, pick, x } from './browser-rows';

export type HostedLoads = { bare: LoadResult[]; atlas: LoadResult[]; deep: LoadResult[] };

/**
 * The first-view targets with the build served as hosts serve it (Debian's stock nginx: no
 * compression of scripts or data, no cache headers), beside the same targets under vite preview,
 * which gzips every response on the fly on the browser's own two cores. Both are reported; neither
 * replaces the other (issue 13's notes).
 */
export function hostedRows(section: string, { bare, atlas, deep }: HostedLoads): Row[] {
  const bareIdle = median(pick(bare, 'idle'));
  const atlasIdle = median(pick(atlas, 'idle'));
  const on = 'served by stock nginx';
  return [
    { section, measure: `${on}: bare MapLibre → first idle (floor)`, value: fmtMedian(pick(bare, 'idle')) },
    {
      section,
      measure: `${on}: atlas → first idle`,
      value: fmtMedian(pick(atlas, 'idle')),
      ratio: x(atlasIdle, bareIdle),
      target: '≤ 1.25× bare',
      met: atlasIdle / bareIdle <= 1.25,
    },
    {
      section,
      measure: `${on}: first idle, round by round: atlas ÷ bare`,
      value: fmtRatios(roundRatios(pick(atlas, 'idle'), pick(bare, 'idle'))),
    },
    ...panelRows(section, deep, `${on}: deep link`),
  ];
}
