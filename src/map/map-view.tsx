/** Placeholder until the MapLibre owner lands (issue 3). */
export function MapView() {
  return <div className="map-view" data-map-state="idle" />;
}
