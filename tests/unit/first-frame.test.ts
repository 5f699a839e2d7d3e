import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { BASEMAP_STORAGE_KEY } from '../../src/map/basemap-switcher';

/** index.html's inline script: keeps or hides the first frame (#root's content) for a link. */
const check = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))![1]!;

/** Runs the script as the page would at `search` with `stored` as the basemap pick; whether it left the frame shown. */
function keepsFrame(search: string, stored: string | null | 'blocked' = null): boolean {
  const setAttribute = vi.fn();
  const storage = {
    getItem: (key: string) => {
      if (stored === 'blocked') throw new Error('SecurityError');
      return key === BASEMAP_STORAGE_KEY ? stored : null;
    },
  };
  new Function('location', 'document', 'localStorage', check)({ search }, { documentElement: { setAttribute } }, storage);
  // app.css hides the frame under <html data-no-frame>.
  return !setAttribute.mock.calls.some(([name]) => name === 'data-no-frame');
}

describe("index.html's first frame (the map view in English, loading) is shown only for links it depicts", () => {
  it.each(['', '?park=changchun-pharma-valley', '?project=x&map=8/43.8/125.3', '?lang=en&industry=biologics', '?asof=2020'])(
    'keeps it for %j',
    (search) => expect(keepsFrame(search)).toBe(true),
  );
  it.each(['?lang=zh', '?compare=a,b', '?view=projects', '?view=data', '?embed=1&park=a', '?park=a&lang=zh'])('hides it for %j', (search) =>
    expect(keepsFrame(search)).toBe(false),
  );
  it('hides it for a reader who picked the street map (the frame shows the offline basemap), and keeps it when storage is blocked', () => {
    expect(keepsFrame('', 'online')).toBe(false);
    expect(keepsFrame('', 'offline')).toBe(true);
    expect(keepsFrame('', 'blocked')).toBe(true);
  });
});
