import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Focus = { tag: string; text: string; href: string | null; id: string; role: string | null; visible: boolean; why: string };

/**
 * What has focus and whether it shows it: an outline or a box-shadow that the same element does
 * not have unfocused (a shallow clone beside it stands in for "unfocused": a button's permanent
 * drop shadow is no focus indicator), and never <body>.
 */
const focusOf = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'body', text: '', href: null, id: '', role: null, visible: false, why: 'focus is on <body>' };
    const s = getComputedStyle(el);
    const clone = el.cloneNode(false) as HTMLElement;
    clone.removeAttribute('id');
    el.after(clone);
    const rest = getComputedStyle(clone);
    const restOutline = rest.outlineStyle !== 'none' ? `${rest.outlineStyle} ${rest.outlineWidth} ${rest.outlineColor}` : 'none';
    const restShadow = rest.boxShadow;
    clone.remove();
    const outline =
      s.outlineStyle !== 'none' &&
      Number.parseFloat(s.outlineWidth) > 0 &&
      `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` !== restOutline;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '' && s.boxShadow !== restShadow;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
      href: el.getAttribute('href'),
      id: el.id,
      role: el.getAttribute('role'),
      visible: outline || shadow,
      why: `outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}`,
    };
  });

/** Every step of the walk: focus is somewhere real and visibly marked. */
async function expectVisibleFocus(page: Page, step: string): Promise<Focus> {
  const focus = await focusOf(page);
  expect(focus.visible, `${step}: <${focus.tag}> "${focus.text}" ${focus.why}`).toBe(true);
  return focus;
}

/** Presses `key` until `want` holds for the focused element, checking visible focus at every stop. */
async function tabTo(page: Page, key: 'Tab' | 'Shift+Tab', want: (f: Focus) => boolean, label: string, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const focus = await expectVisibleFocus(page, `${key} #${i} towards ${label}`);
    if (want(focus)) return i;
  }
  throw new Error(`${label}: not reached with ${max} presses of ${key}`);
}

const heading = (page: Page) => page.locator('#panel-heading');
/** The query without the camera, which the map writes as it moves. */
const query = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  params.delete('map');
  return params;
};

/** Types, then arrows down to the wanted option (several may match, as for "GeneScience") and opens it. */
async function searchAndOpen(page: Page, text: string, option: RegExp) {
  await page.keyboard.type(text);
  const wanted = page.getByRole('option', { name: option });
  await wanted.waitFor();
  const wantedId = await wanted.getAttribute('id');
  const active = () => page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant'));
  for (let i = 0; i < 20 && (await active()) !== wantedId; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

describe('keyboard only, with visible focus', () => {
  it('walks from load through search, a project, its zone, its park, compare and back', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser);
    await page.getByRole('navigation', { name: 'Parks' }).waitFor();

    // 1. The first Tab stop is the skip link; it jumps past search, language and the map.
    await tabTo(page, 'Tab', (f) => f.text === 'Skip to details', 'skip link', 1);
    await page.keyboard.press('Enter');
    // The skip link moves focus on the next frame (it may first open the phone's bottom sheet).
    await expect.poll(async () => (await focusOf(page)).id).toBe('side-panel-body');
    expect((await expectVisibleFocus(page, 'skipped to details')).id).toBe('side-panel-body');
    // Back to the search box the long way: language buttons, map canvas and controls, legend.
    await tabTo(page, 'Shift+Tab', (f) => f.role === 'combobox', 'search from the details');

    // 2. A company name finds its project; Enter opens it and focus lands on its heading.
    await searchAndOpen(page, 'GeneScience', /GeneScience pharma park/);
    await expect.poll(() => heading(page).textContent()).toContain('GeneScience pharma park');
    expect((await expectVisibleFocus(page, 'project opened')).id).toBe('panel-heading');

    // 3. Back to search the long way round (map controls, legend, canvas: each must show focus),
    //    then a project that lies in a zone (the curated projects with a zone name no company).
    await tabTo(page, 'Shift+Tab', (f) => f.role === 'combobox', 'search from the panel');
    await searchAndOpen(page, 'Singapore-Hangzhou Science', /Singapore-Hangzhou Science and Technology Park/);
    await expect.poll(() => query(page).get('project')).toBe('singapore-science-park-hangzhou');

    // 4. Tab to the zone link in the project panel, Enter: the zone panel.
    await tabTo(page, 'Tab', (f) => !!f.href?.includes('zone=youth-entrepreneurship-town'), 'zone link');
    await page.screenshot({ path: artifactPath('keyboard-focus.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('zone')).toBe('youth-entrepreneurship-town');
    expect((await expectVisibleFocus(page, 'zone opened')).id).toBe('panel-heading');

    // 5. The zone's park link sits just above its heading; Enter: the park panel (the development zone, where source 002 puts the youth town).
    await tabTo(page, 'Shift+Tab', (f) => f.href === '?park=hangzhou-etdz', 'park link', 3);
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).toString()).toBe('park=hangzhou-etdz');
    expect((await expectVisibleFocus(page, 'park opened')).id).toBe('panel-heading');

    // 6. "Compare with …" in the park panel; Enter: the compare view, focus on its heading.
    await tabTo(page, 'Tab', (f) => f.text.startsWith('Compare with'), 'compare link');
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    expect(query(page).get('compare')).toMatch(/^hangzhou-etdz,/);
    expect((await expectVisibleFocus(page, 'compare opened')).id).toBe('compare-heading');

    // 7. Return: the view's Back link (Shift+Tab, Enter) lands on the park's heading again.
    await tabTo(page, 'Shift+Tab', (f) => f.tag === 'a' && f.text.includes('Back'), 'back link', 3);
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).toString()).toBe('park=hangzhou-etdz');
    expect((await expectVisibleFocus(page, 'back from compare')).id).toBe('panel-heading');

    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
