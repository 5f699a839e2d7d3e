import { describe, expect, it } from 'vitest';
import { embedLink, embedSnippet, htmlAttribute } from '../../src/features/embed/embed-snippet';

describe('embed code (issue 16)', () => {
  it('adds embed=1 to the view’s link, canonically, keeping origin, sub-path and every other parameter', () => {
    expect(embedLink('https://atlas.example/sub/?project=genescience-park&lang=zh&map=12/44/125.4')).toBe(
      'https://atlas.example/sub/?project=genescience-park&lang=zh&map=12/44/125.4&embed=1',
    );
    expect(embedLink('https://atlas.example/?compare=a-park,b-park&embed=1')).toBe('https://atlas.example/?compare=a-park,b-park&embed=1');
  });

  it('writes an iframe with the link, a title, a size and lazy loading, every attribute escaped', () => {
    expect(embedSnippet('https://atlas.example/?park=changchun-pharma-valley&industry=vaccines', '长春药谷 · Pharma Parks Atlas')).toBe(
      '<iframe src="https://atlas.example/?park=changchun-pharma-valley&amp;industry=vaccines&amp;embed=1" title="长春药谷 · Pharma Parks Atlas" width="640" height="480" loading="lazy"></iframe>',
    );
    const hostile = embedSnippet('https://atlas.example/', '"><script>alert(1)</script> & co');
    expect(hostile).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"');
    expect(hostile).not.toContain('<script>');
    expect(htmlAttribute('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
  });
});
