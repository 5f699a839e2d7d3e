/**
 * The basemap's palette: warm greys and pale blue, all well below the park colours in
 * saturation, so the parks and their labels are what the eye finds first.
 */
export const BASEMAP_COLOUR = {
  land: '#f3f1ec',
  water: '#d3e3ed',
  river: '#a9c7da',
  coast: '#9dbbcf',
  border: '#9b90ad',
  admin1: '#b9afa2',
  admin2: '#c9c0b4',
  admin3: '#d6cfc4',
  rail: '#7a5c99',
  placeText: '#59616d',
  minorText: '#858c96',
  waterText: '#4f7d99',
  approxText: '#8a6d3b',
} as const;
