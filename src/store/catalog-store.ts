import { create } from 'zustand';
import type { Catalog } from '../catalog/catalog';
import { loadCatalog } from '../catalog/load';

type CatalogState = { status: 'loading' | 'ready'; catalog: Catalog | null };

export const useCatalogStore = create<CatalogState>(() => ({ status: 'loading', catalog: null }));

/** Loads once; tests may inject a catalog with `useCatalogStore.setState`. */
export async function startCatalog(load: () => Promise<Catalog> = loadCatalog): Promise<void> {
  const catalog = await load();
  useCatalogStore.setState({ status: 'ready', catalog });
}
