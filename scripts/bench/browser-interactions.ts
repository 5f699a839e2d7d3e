import type { Page } from 'playwright-core';

/**
 * Arms a timer in the page: from the next event of `trigger` (its timeStamp) until #panel-heading
 * shows a new text, then to the next animation frame (about when it is painted).
 */
const ARM_HEADING = (trigger: 'click' | 'Enter') => `(() => {
  const before = document.getElementById('panel-heading')?.textContent ?? '';
  window.__sel = new Promise((resolve) => {
    let t0;
    const type = ${JSON.stringify(trigger === 'click' ? 'click' : 'keydown')};
    const onEvent = (e) => { if (t0 === undefined && (type === 'click' || e.key === 'Enter')) t0 = e.timeStamp; };
    window.addEventListener(type, onEvent, true);
    const done = () => {
      const h = document.getElementById('panel-heading');
      if (t0 === undefined || !h || !h.textContent || h.textContent === before) return;
      const dom = performance.now();
      obs.disconnect();
      window.removeEventListener(type, onEvent, true);
      requestAnimationFrame(() => resolve({ dom: dom - t0, frame: performance.now() - t0, heading: h.textContent }));
    };
    const obs = new MutationObserver(done);
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => resolve({ dom: NaN, frame: NaN, heading: 'timeout' }), 30000);
  });
})()`;

/** Arms a timer: from the next keydown until the search listbox stops changing (last mutation, 500 ms quiet). */
const ARM_RESULTS = `(() => {
  const list = document.querySelector('[role="listbox"]');
  window.__res = new Promise((resolve) => {
    let t0, last;
    const onKey = (e) => { if (t0 === undefined) t0 = e.timeStamp; };
    window.addEventListener('keydown', onKey, true);
    const obs = new MutationObserver(() => { if (t0 !== undefined) last = performance.now(); });
    obs.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
    const finish = () => {
      obs.disconnect();
      window.removeEventListener('keydown', onKey, true);
      resolve({ ms: last === undefined || t0 === undefined ? NaN : last - t0, options: list.querySelectorAll('[role="option"]').length });
    };
    // Done 500 ms after the last change; before the first change, wait (building the index takes a while).
    const tick = setInterval(() => {
      if (t0 === undefined) return;
      const now = performance.now();
      if ((last !== undefined && now - last > 500) || now - t0 > 20000) { clearInterval(tick); finish(); }
    }, 50);
  });
})()`;

export type Interaction = { searchSelect: number[]; listSelect: number[]; firstKey: number[]; lastKey: number[]; headings: Set<string> };

/**
 * In one page at idle: search (type, ArrowDown, Enter → heading) and list (click a park link →
 * heading), alternating between two targets so the heading always changes.
 */
export async function interactions(
  page: Page,
  searches: readonly string[],
  listParks: readonly string[],
  reps: number,
): Promise<Interaction> {
  const out: Interaction = { searchSelect: [], listSelect: [], firstKey: [], lastKey: [], headings: new Set() };
  const input = page.getByRole('combobox').first();
  const panel = page.getByRole('complementary').first();
  for (let i = 0; i < reps; i++) {
    const query = searches[i % searches.length]!;
    await input.click();
    await input.fill('');
    await page.evaluate(ARM_RESULTS);
    await page.keyboard.type(query.slice(0, 1));
    const first = (await page.evaluate('window.__res')) as { ms: number };
    out.firstKey.push(first.ms);
    await page.keyboard.type(query.slice(1, -1));
    await page.waitForTimeout(400);
    await page.evaluate(ARM_RESULTS);
    await page.keyboard.type(query.slice(-1));
    const last = (await page.evaluate('window.__res')) as { ms: number; options: number };
    if (!last.options) throw new Error(`search "${query}" found nothing`);
    out.lastKey.push(last.ms);
    await page.keyboard.press('ArrowDown');
    await page.evaluate(ARM_HEADING('Enter'));
    await page.keyboard.press('Enter');
    const sel = (await page.evaluate('window.__sel')) as { frame: number; heading: string };
    out.searchSelect.push(sel.frame);
    out.headings.add(sel.heading);

    // Back to the list, then choose a park there.
    await panel
      .getByRole('link', { name: /All parks/ })
      .first()
      .click();
    // The link reads "English name 中文名": match the English name as a whole.
    const name = new RegExp(`^${listParks[i % listParks.length]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
    const link = page.getByRole('navigation', { name: 'Parks' }).getByRole('link', { name }).first();
    await link.waitFor();
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(ARM_HEADING('click'));
    await link.click();
    const pick = (await page.evaluate('window.__sel')) as { frame: number; heading: string };
    out.listSelect.push(pick.frame);
    out.headings.add(pick.heading);
  }
  return out;
}
