import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts';

/** WebGL through SwiftShader (no GPU here), and no background traffic of Chromium's own (tests prove the atlas makes no request). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `env`: the browser's environment (fonts.test.ts hides the system's fonts through FONTCONFIG_FILE). */
export async function launch(env?: Record<string, string>): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (see README), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives every launch a fresh, empty profile itself and refuses --user-data-dir.
    args: FLAGS,
    headless: true,
    ...(env ? { env } : {}),
  });
}

/** A page whose every request off the local server is refused and recorded, with console errors collected. */
export type AtlasPage = { page: Page; context: BrowserContext; external: string[]; consoleErrors: string[]; base: string };

/** `base`: another server than the preview (a sub-path, a server a test stops); `serviceWorkers: 'allow'` for the offline test. */
export type OpenOptions = { base?: string; serviceWorkers?: 'allow' | 'block' };

export async function openPage(
  browser: Browser,
  path: string | null = '',
  viewport = { width: 1280, height: 800 },
  options: OpenOptions = {},
): Promise<AtlasPage> {
  const base = options.base ?? inject('baseUrl');
  const origin = new URL(base).origin;
  const context = await browser.newContext({ viewport, serviceWorkers: options.serviceWorkers ?? 'block' });
  const external: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  // Every test that opens a page fails if anything left the local server, even if it forgot to look.
  try {
    onTestFinished(() => {
      if (external.length) throw new Error(`requests left the local server: ${external.join(', ')}`);
    });
  } catch {
    // Opened in beforeAll (no current test): that file asserts `external` itself.
  }
  // 'block' means absent: the page sees a browser without service workers, as a real one may be,
  // instead of Playwright's stub that logs "registration blocked" (the atlas registers in production).
  if ((options.serviceWorkers ?? 'block') === 'block') {
    await context.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'serviceWorker');
    });
  }
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    consoleErrors.push(msg.text());
    // The page's Content-Security-Policy refuses off-site requests before they reach the route
    // above: an attempt is still an attempt, so it counts as leaving the local server.
    const refused = /^[^']*'(https?:[^']+)' violates the following Content Security Policy/.exec(msg.text())?.[1];
    if (refused && !refused.startsWith(origin)) external.push(refused);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  if (path !== null) await page.goto(new URL(path, base).toString());
  return { page, context, external, consoleErrors, base };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Resolves once the map reports idle (see data-map-state on the map container). */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.locator('[data-map-state="idle"]').first().waitFor({ state: 'attached', timeout });
}

/** Holds every request of `page` matching `pattern` until the returned function is called. */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(pattern, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}
