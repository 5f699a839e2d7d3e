/**
 * Resolves when any map first shows the atlas drawn (AtlasController's `idle`), so work that
 * would compete with the first view (installing the service worker) can wait for it.
 */
let markIdle: () => void = () => {};
export const mapFirstIdle: Promise<void> = new Promise((resolve) => {
  markIdle = resolve;
});

export function markMapIdle(): void {
  markIdle();
}
