import { readFileSync } from 'node:fs';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { useCatalogStore } from '../../src/store/catalog-store';
import { goTo } from './render';

/** index.html's first frame: the element inside #root, as the browser parses it. */
function shell(html = readFileSync('index.html', 'utf8')): Element {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = doc.getElementById('root')!.firstElementChild;
  if (!root) throw new Error('index.html has no first frame inside #root');
  return root;
}

// Only on the frame: what keeps it inert and unseen by assistive technology until the app replaces it.
const FRAME_ONLY = new Set(['inert', 'aria-hidden', 'data-shell']);

/**
 * Where `frame` is not a part of `app`: each of its elements must appear, in order, in the app's
 * element of the same place (same tag and classes, the frame's attributes with the same values),
 * its text the same. The app may hold more (ids, state, controls drawn over the map).
 */
function differences(frame: Element, app: Element, path = frame.tagName.toLowerCase()): string[] {
  const found: string[] = [];
  for (const { name, value } of frame.attributes) {
    if (FRAME_ONLY.has(name)) continue;
    if (app.getAttribute(name) !== value) found.push(`${path}[${name}]: frame "${value}", app "${app.getAttribute(name)}"`);
  }
  // Text as a reader sees it: React may split one run of text into several nodes ("Basemap: " "offline").
  const ownText = (e: Element) =>
    [...e.childNodes]
      .filter((c) => c.nodeType === Node.TEXT_NODE)
      .map((c) => c.textContent)
      .join('');
  if (ownText(frame) && ownText(frame) !== ownText(app)) found.push(`${path}: text "${ownText(frame)}", app "${ownText(app)}"`);
  let next = 0;
  const children = [...app.childNodes];
  for (const node of frame.childNodes) {
    if (!(node instanceof Element)) continue;
    const key = (e: Element) => `${e.tagName}.${e.className}`;
    const match = children.slice(next).findIndex((c) => c instanceof Element && key(c) === key(node));
    const here = `${path} > ${node.tagName.toLowerCase()}${node.className ? `.${node.className.split(' ').join('.')}` : ''}`;
    if (match < 0) {
      found.push(`${here}: not in the app's first render`);
      continue;
    }
    found.push(...differences(node, children[next + match] as Element, here));
    next += match + 1;
  }
  return found;
}

describe("index.html's first frame", () => {
  beforeEach(() => {
    // jsdom has no WebGL; the first render shows the map's pending attribution only where a map can be drawn.
    Object.assign(window, { WebGLRenderingContext: function WebGLRenderingContext() {} });
    goTo('');
    useCatalogStore.setState({ status: 'loading', catalog: null });
  });
  afterEach(() => {
    cleanup();
    delete (window as { WebGLRenderingContext?: unknown }).WebGLRenderingContext;
  });

  it("is a part of the app's first render at the default link, so the app takes over without a jump", () => {
    const { container } = render(<App />);
    expect(differences(shell(), container.firstElementChild!)).toEqual([]);
  });

  it('is inert and hidden from assistive technology until the app replaces it', () => {
    const frame = shell();
    expect(frame.hasAttribute('inert')).toBe(true);
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    // The page's policy allows no inline style: a style attribute would be dropped, and the frame's boxes with it.
    expect(frame.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('finds a frame that has drifted from the app', () => {
    const { container } = render(<App />);
    const drifted = readFileSync('index.html', 'utf8')
      .replace('Hide details', 'Hide the details')
      .replace('class="timeline-bar"', 'class="timeline"');
    expect(differences(shell(drifted), container.firstElementChild!)).toEqual([
      expect.stringContaining('div.timeline: not in the app'),
      expect.stringContaining('span.sheet-action: text "Hide the details", app "Hide details"'),
    ]);
  });
});
