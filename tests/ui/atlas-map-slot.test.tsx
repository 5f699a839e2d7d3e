import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AtlasMapProps } from '../../src/map/atlas-map-props';
import { emptyAtlasData } from '../../src/map/layers/atlas-data';
import { BUILT_ATTRIBUTION } from '../../src/map/pending-attribution';

// The map's chunk, as the network hands it over: held until the test lets it through, or refused.
let arrive: (failed: boolean) => void = () => {};
function holdChunk(
  AtlasMap: (props: AtlasMapProps) => ReactNode = ({ className }) => <div className={className} data-map-state="drawn" />,
) {
  const arrived = new Promise<boolean>((resolve) => (arrive = resolve));
  vi.doMock('../../src/map/atlas-map', async () => {
    if (await arrived) throw new TypeError('Failed to fetch dynamically imported module: ./assets/atlas-map-x.js');
    return { AtlasMap };
  });
}

const props: AtlasMapProps = {
  className: 'map-canvas',
  initialView: { center: [120, 30], zoom: 4 },
  data: emptyAtlasData(),
  catalogReady: false,
  lang: 'en',
  flags: [],
  basemap: 'offline',
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function slot(AtlasMap?: (props: AtlasMapProps) => ReactNode) {
  // A fresh module each time, so each test has its own request for the chunk.
  holdChunk(AtlasMap);
  const { AtlasMapSlot } = await import('../../src/map/atlas-map-slot');
  return render(
    <>
      <p>The park list</p>
      <AtlasMapSlot {...props} />
    </>,
  );
}

describe("a map on the page before and after MapLibre's chunk arrives", () => {
  it("holds the map's place with AtlasMap's own first render (container, pending attribution) until the chunk is in", async () => {
    vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
    const { container } = await slot();
    expect(container.querySelector('.map-canvas')?.getAttribute('data-map-state')).toBe('loading');
    expect(container.querySelector('.map-attribution-pending')?.textContent).toContain(BUILT_ATTRIBUTION);
    arrive(false);
    expect(await screen.findByText((_, el) => el?.getAttribute('data-map-state') === 'drawn')).toBeTruthy();
    expect(container.querySelector('.map-attribution-pending')).toBeNull();
  });

  it('says the map could not be loaded when its chunk fails, and leaves the rest of the page alone', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    const { container } = await slot();
    arrive(true);
    expect((await screen.findByRole('alert')).textContent).toMatch(/its script could not be loaded/);
    expect(container.querySelector('.map-canvas')?.getAttribute('data-map-state')).toBe('failed');
    expect(screen.getByText('The park list')).toBeTruthy();
    logged.mockRestore();
  });

  it('tells a map that broke while drawing from a chunk that never came: the script did load', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = await slot(() => {
      throw new Error('a bug in the map');
    });
    arrive(false);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toMatch(/could not be loaded/);
    expect(alert.textContent).toMatch(/stopped with an error/);
    expect(alert.getAttribute('data-map-failure')).toBe('crashed');
    expect(container.querySelector('.map-canvas')?.getAttribute('data-map-state')).toBe('failed');
    expect(screen.getByText('The park list')).toBeTruthy();
    logged.mockRestore();
  });
});
