import { describe, expect, it } from 'vitest';
import { cjkRanges, interfaceCss } from '../../scripts/vite-plugin-atlas-fonts';

const hex = (s: string) => parseInt(s, 16);

describe('the interface stylesheet of the Chinese subsets', () => {
  it('claims no Latin or general punctuation, so an English page loads no subset and nothing reflows (layout shift)', () => {
    const css = interfaceCss({
      'Noto Sans SC Regular': [
        { url: 'fonts/a.woff2', 'unicode-range': ['U+20-22', 'U+2026', 'U+4E03', 'U+2E7F-2E90'] },
        { url: 'fonts/b.woff2', 'unicode-range': ['U+4E', 'U+B0', 'U+2191'] },
      ],
    });
    const ranges = [...css.matchAll(/unicode-range:([^}]*)}/g)].flatMap((m) => m[1]!.split(','));
    expect(ranges).toEqual(['U+4E03', 'U+2E80-2E90']);
    for (const r of ranges) expect(hex(r.slice(2).split('-')[0]!)).toBeGreaterThanOrEqual(0x2e80);
    expect(css).not.toContain('b.woff2');
  });

  it('keeps every CJK range and splits one that straddles the boundary', () => {
    expect(cjkRanges(['U+3000-303F', 'U+FF01', 'U+1F250-1F251', 'U+2000-3000'])).toEqual([
      'U+3000-303F',
      'U+FF01',
      'U+1F250-1F251',
      'U+2E80-3000',
    ]);
    expect(cjkRanges(['U+0-10FFFF'])).toEqual(['U+2E80-10FFFF']);
    expect(cjkRanges(['U+7E', 'U+2026'])).toEqual([]);
  });
});
