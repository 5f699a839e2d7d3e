import { create } from 'zustand';
import type { Catalog } from '../catalog/catalog';
import { loadCatalog, type LoadOptions } from '../catalog/load';
import { loadRedirects, type LoadedRedirects } from '../catalog/load-redirects';
import type { Redirect } from '../catalog/schema';
import { resolveRedirects } from '../url/url-redirects';
import { correctUrl, useUrlStore } from '../url/url-store';

/** 'partial': the first view's parks are in and shown, the rest is still loading (src/catalog/load.ts). */
type CatalogState = { status: 'loading' | 'partial' | 'ready'; catalog: Catalog | null; redirects: readonly Redirect[] };

export const useCatalogStore = create<CatalogState>(() => ({ status: 'loading', catalog: null, redirects: [] }));

/**
 * Loads once (catalog and redirects side by side); tests may inject a catalog with
 * `useCatalogStore.setState`. A broken redirects file joins the dataset problems, so it is
 * shown like any other broken file and the atlas still opens.
 */
export async function startCatalog(
  load: (options?: LoadOptions) => Promise<Catalog> = loadCatalog,
  loadLinks: () => Promise<LoadedRedirects> = loadRedirects,
): Promise<void> {
  // The park the link names loads first and is shown while the rest streams in.
  const onPartial = (partial: Catalog) => {
    if (useCatalogStore.getState().status !== 'ready') useCatalogStore.setState({ status: 'partial', catalog: partial });
  };
  const [loaded, links] = await Promise.all([load({ first: useUrlStore.getState().state, onPartial }), loadLinks()]);
  const catalog = links.problems.length ? { ...loaded, problems: [...loaded.problems, ...links.problems] } : loaded;
  // The link is corrected before the catalog is published, so a renamed id never flashes "Not found".
  const { state, notes } = resolveRedirects(useUrlStore.getState().state, catalog, links.redirects);
  if (notes.length) correctUrl(state, notes);
  useCatalogStore.setState({ status: 'ready', catalog, redirects: links.redirects });
}
