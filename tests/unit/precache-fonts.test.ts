import { describe, expect, it } from 'vitest';
import { fontsForNames, inRange } from '../../scripts/vite-plugin-service-worker';

const asset = (fileName: string, source: string) => ({ fileName, type: 'asset' as const, source });
const faces = {
  'Noto Sans Regular': [{ url: 'fonts/latin.woff2', 'unicode-range': ['U+0000-00FF'] }],
  'Noto Sans SC Regular': [
    { url: 'fonts/sc-1.woff2', 'unicode-range': ['U+8C37', 'U+957F'] }, // 谷 长
    { url: 'fonts/sc-2.woff2', 'unicode-range': ['U+4E00-4E0F'] },
    { url: 'fonts/sc-3.woff2', 'unicode-range': ['U+6E??'] },
  ],
};
const bundle = (names: string) => [
  asset('fonts/font-faces.json', JSON.stringify(faces)),
  asset('data/index.json', JSON.stringify({ parks: [{ id: 'a', name: { en: 'Valley', zh: names } }] })),
  ...['latin', 'sc-1', 'sc-2', 'sc-3'].map((n) => asset(`fonts/${n}.woff2`, '')),
];

describe('font subsets precached for offline labels (scripts/vite-plugin-service-worker.ts)', () => {
  it('reads unicode-range entries: single points, spans and wildcards', () => {
    expect(inRange('U+8C37', 0x8c37)).toBe(true);
    expect(inRange('U+4E00-4E0F', 0x4e10)).toBe(false);
    expect(inRange('U+6E??', 0x6eff)).toBe(true);
  });

  it('precaches exactly the subsets whose ranges hold a character of the catalog names', () => {
    expect(fontsForNames(bundle('长春药谷')).sort()).toEqual(['fonts/latin.woff2', 'fonts/sc-1.woff2']);
    expect(fontsForNames(bundle('一湖')).sort()).toEqual(['fonts/latin.woff2', 'fonts/sc-2.woff2', 'fonts/sc-3.woff2']);
  });
});
