import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core from node_modules, read once: injected into pages, never fetched. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every rule of WCAG 2.0, 2.1 and 2.2, A and AA, experimental ones included (enabled by name below). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Moderate and minor findings, which no test fails on, are kept here for people to read. */
export const AXE_REPORT = 'test-artifacts/axe-report.json';

export type AxeNode = { target: string[]; html: string; summary: string };
export type AxeViolation = { id: string; impact: string; help: string; nodes: AxeNode[] };
export type AxeOptions = {
  /**
   * CSS selectors left out of the run. Each entry must point at a request in
   * .scratch/a11y-requests.md (code this file's owner may not edit), never hide our own bug.
   */
  exclude?: string[];
};

/**
 * Runs axe-core in the page against WCAG 2.0/2.1 A and AA. The source goes in through the
 * DevTools protocol (page.evaluate), not a <script> element: the page's Content-Security-Policy
 * (script-src 'self') rightly refuses inline scripts, and a CDP evaluation is not subject to it.
 */
export async function runAxe(page: Page, { exclude = [] }: AxeOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page
    .evaluate(
      async ({ tags, exclude }) => {
        type Result = {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[]; html: string; failureSummary?: string }[];
        };
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Result[] }> } }).axe;
        const context = exclude.length ? { include: [['html']], exclude: exclude.map((s) => [s]) } : document;
        type Rule = { ruleId: string; tags: string[] };
        const getRules = (window as unknown as { axe: { getRules: (tags?: string[]) => Rule[] } }).axe.getRules;
        // Experimental rules run only when enabled by name; those that test a WCAG criterion are.
        const experimental = getRules(['experimental']).filter((r) => r.tags.some((tag) => tags.includes(tag)));
        const rules = Object.fromEntries(experimental.map((r) => [r.ruleId, { enabled: true }]));
        const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
        return violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? 'unknown',
          help: v.help,
          nodes: v.nodes.map((n) => ({
            target: n.target.map(String),
            html: n.html.slice(0, 160),
            summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
          })),
        }));
      },
      { tags: AXE_TAGS, exclude },
    )
    .then((violations) => {
      report(
        page.url(),
        violations.filter((v) => !isSerious(v)),
      );
      return violations;
    });
}

/** Adds a view's moderate and minor findings to AXE_REPORT (keyed by URL, so a rerun replaces its own). */
function report(url: string, violations: AxeViolation[]): void {
  mkdirSync('test-artifacts', { recursive: true });
  const all = existsSync(AXE_REPORT) ? (JSON.parse(readFileSync(AXE_REPORT, 'utf8')) as Record<string, AxeViolation[]>) : {};
  all[url] = violations;
  writeFileSync(AXE_REPORT, `${JSON.stringify(all, null, 2)}\n`);
}

export const isSerious = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical';

/** Every violation with its id, impact and targets, so a failing run says what to fix where. */
export function describeViolations(violations: AxeViolation[]): string {
  if (!violations.length) return 'no violations';
  return violations
    .map((v) =>
      [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html}\n      ${n.summary}`)].join('\n'),
    )
    .join('\n');
}

/**
 * Text contrast of HTML drawn over the map (legend, controls, attribution, scale), which axe
 * leaves "incomplete": it cannot see through the canvas. Each text's own colour is composited
 * over its ancestors' (possibly translucent) backgrounds over the worst backdrops the map could
 * show — black and white — and must reach 4.5:1 (3:1 for large text) on both.
 */
export async function overlayContrastFailures(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba | null => {
      const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)/.exec(c);
      if (!m) return null;
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
      return [Number(m[1]), Number(m[2]), Number(m[3]), a];
    };
    const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])).concat(1) as Rgba;
    const lum = ([r, g, b]: Rgba) =>
      [r, g, b]
        .map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        })
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: Rgba, b: Rgba) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const base = document.querySelector(rootSelector);
    if (!base) return [`${rootSelector}: not found`];
    const failures: string[] = [];
    for (const el of base.querySelectorAll<HTMLElement>('*')) {
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!text || el.closest('[aria-hidden="true"], svg') || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        continue;
      const style = getComputedStyle(el);
      const fg = parse(style.color);
      const layers: Rgba[] = [];
      for (let node: HTMLElement | null = el; node && node !== base.parentElement; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (!fg || !bg) {
          failures.push(`${text.slice(0, 30)}: colour not parsed`);
          break;
        }
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      for (const backdrop of [
        [0, 0, 0, 1],
        [255, 255, 255, 1],
      ] as Rgba[]) {
        const background = layers.reduceRight((below, layer) => over(layer, below), backdrop);
        const contrast = ratio(over(fg!, background), background);
        if (contrast < (large ? 3 : 4.5))
          failures.push(`"${text.slice(0, 40)}" ${style.color} over ${backdrop[0] ? 'white' : 'black'}: ${contrast.toFixed(2)}:1`);
      }
    }
    return failures;
  }, root);
}
