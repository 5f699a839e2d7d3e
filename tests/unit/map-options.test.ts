import { describe, expect, it } from 'vitest';
import { mapOptions } from '../../src/map/map-options';

const view = { center: [125.3, 43.9] as [number, number], zoom: 9 };

describe('mapOptions', () => {
  it('opens at the given camera, north-up, with the attribution left to the atlas', () => {
    expect(mapOptions(view, 'atlas')).toMatchObject({
      center: [125.3, 43.9],
      zoom: 9,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
  });

  it('draws labels without a fade on every map, whatever the reader’s motion setting', () => {
    expect(mapOptions(view, 'atlas').fadeDuration).toBe(0);
    expect(mapOptions(view, 'mini').fadeDuration).toBe(0);
  });

  it('lets a page of small maps scroll past them: only the mini map asks for two fingers or Ctrl', () => {
    expect(mapOptions(view, 'atlas').cooperativeGestures).toBe(false);
    expect(mapOptions(view, 'mini').cooperativeGestures).toBe(true);
  });
});
