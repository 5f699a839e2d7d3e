import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BUILT_ATTRIBUTION, PendingAttribution } from '../../src/map/pending-attribution';

describe("the basemap's attribution before the map has its style", () => {
  it('is the text of the attribution file the build ships', () => {
    const file = JSON.parse(readFileSync('data/basemap/attribution.json', 'utf8')) as { text: string };
    expect(BUILT_ATTRIBUTION).toBe(file.text);
  });

  it("shows the text in MapLibre's control boxes, hidden from assistive technology and never focusable", () => {
    const { container } = render(<PendingAttribution text="Context: Natural Earth" />);
    const root = container.firstElementChild!;
    expect(root.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('.maplibregl-ctrl-bottom-right > .maplibregl-ctrl-attrib .maplibregl-ctrl-attrib-inner')?.textContent).toBe(
      'Context: Natural Earth',
    );
    // The scale bar's place under it is kept, so the real scale does not push the text up.
    expect(root.querySelector('.maplibregl-ctrl-attrib + .maplibregl-ctrl-scale')).not.toBeNull();
    expect(root.querySelectorAll('a, button, summary, input, [tabindex]')).toHaveLength(0);
  });

  it('renders text from the file as text, never as markup', () => {
    const { container } = render(<PendingAttribution text={'<img src=x onerror="alert(1)">Natural Earth'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent).toContain('<img');
  });
});
