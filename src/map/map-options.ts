export type MapVariant = 'atlas' | 'mini';

/**
 * MapLibre's options for every map of the atlas but the container (AtlasMap adds it, and the
 * Map constructor type-checks the rest), as data a test can read.
 * - North-up: an atlas is read that way; keyboard and buttons still zoom and pan.
 * - A 'mini' map sits on a page that scrolls: Ctrl + wheel or two fingers move it.
 * - Labels appear and give way at once (`fadeDuration: 0`, as Google's maps do): each 300 ms
 *   fade is frames drawn after everything has arrived. Where WebGL is drawn in software (no GPU,
 *   remote desktops, the CI machine) a frame takes 0.2–0.4 s, so the fade held the first view's
 *   idle back by a whole frame, and again at every zoom. MapLibre's own render tests draw with 0
 *   (https://github.com/mapbox/mapbox-gl-js/issues/6694).
 */
export function mapOptions(view: { center: [number, number]; zoom: number }, variant: MapVariant) {
  return {
    center: view.center,
    zoom: view.zoom,
    attributionControl: false as const,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    cooperativeGestures: variant === 'mini',
    fadeDuration: 0,
  };
}
