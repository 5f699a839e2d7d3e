import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

/** index.html's inline script: keeps or hides the first frame (#root's content) for a link. */
const check = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))![1]!;

/** Runs the script as the page would at `search`; whether it left the frame in place. */
function keepsFrame(search: string): boolean {
  const setAttribute = vi.fn();
  new Function('location', 'document', check)({ search }, { documentElement: { setAttribute } });
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
});
