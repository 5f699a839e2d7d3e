import { create } from 'zustand';
import type { Catalog } from '../catalog/catalog';
import { loadCatalog, type LoadOptions } from '../catalog/load';
import { loadRedirects, type LoadedRedirects } from '../catalog/load-redirects';
import { neededParks } from '../catalog/needed-parks';
import { ParkLoader } from '../catalog/park-loader';
import type { Redirect } from '../catalog/schema';
import type { Problem } from '../catalog/validate';
import { resolveRedirects } from '../url/url-redirects';
import { correctUrl, useUrlStore } from '../url/url-store';

/**
 * 'partial': the first view's parks are in and shown, the rest of a catalog loaded whole is still
 * coming. 'ready': the index is in and every park the views asked for so far; with a large catalog
 * more parks load on request (`requestParks`) and the catalog grows, status staying 'ready'.
 */
type CatalogState = { status: 'loading' | 'partial' | 'ready'; catalog: Catalog | null; redirects: readonly Redirect[] };

export const useCatalogStore = create<CatalogState>(() => ({ status: 'loading', catalog: null, redirects: [] }));

let loader: ParkLoader | null = null;
let publishing = false;
/** Park requests not yet settled, and who waits for them (parksRequestedSoFar). */
let inFlight = 0;
let waiting: (() => void)[] = [];
/** A broken redirects file, reported with the datasets' problems in every catalog published. */
let linkProblems: readonly Problem[] = [];
const withLinkProblems = (c: Catalog): Catalog => (linkProblems.length ? { ...c, problems: [...c.problems, ...linkProblems] } : c);

/** One republish for requests that finish together (each rebuilds the catalog's indexes and the map's data). */
function publishSoon(l: ParkLoader): void {
  if (publishing) return;
  publishing = true;
  setTimeout(() => {
    publishing = false;
    if (loader === l && useCatalogStore.getState().status !== 'loading')
      useCatalogStore.setState({ catalog: withLinkProblems(l.snapshot()) });
    if (!inFlight) release();
  }, 0);
}

function release(): void {
  const now = waiting;
  waiting = [];
  for (const done of now) done();
}

/**
 * Resolves once every park asked for so far (this task included, and what the effects of the
 * render in progress ask for) is in and the catalog holding it is published. The atlas's map
 * composes its first style after this (map-view.tsx): at 2,500 parks the list's first page of
 * 100 park files landed just after, and every source of the map was cut twice.
 */
export function parksRequestedSoFar(): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      // A publish on its way has not put the parks that settled in the catalog yet.
      if (inFlight || publishing) waiting.push(resolve);
      else resolve();
    }, 0),
  );
}

/**
 * Asks for parks a view needs (with their ancestors; `urgent` for what the reader chose, ahead of
 * list pages and map views); the catalog is republished as soon as they
 * are in, each request on its own, so a selection never waits for a long list page to finish.
 * Parks already loaded or on their way cost nothing; before the catalog has started (tests
 * injecting a catalog) this does nothing.
 */
export function requestParks(ids: readonly string[], { urgent = false } = {}): void {
  const l = loader;
  if (!l || !ids.some((id) => l.index.byId.has(id) && !l.isSettled(id))) return;
  inFlight++;
  const settled = () => {
    inFlight--;
    publishSoon(l);
  };
  void l.load(ids, { urgent }).then(settled, settled);
}

/**
 * The one place that asks for the parks the link's view needs (src/catalog/needed-parks.ts): on
 * every change of the URL and whenever the catalog grows (the index may have arrived since).
 * Asks again only when the answer changes, so a camera move costs one comparison.
 */
function followUrl(l: ParkLoader): () => void {
  let asked = '';
  const ask = () => {
    if (loader !== l || !l.index.parks.length) return;
    const { shown, listed } = neededParks(l.index, useUrlStore.getState().state);
    const key = `${shown.join(',')}|${listed.join(',')}`;
    if (key === asked) return;
    asked = key;
    requestParks(shown, { urgent: true });
    requestParks(listed);
  };
  const stops = [
    useUrlStore.subscribe((s, prev) => {
      if (s.state !== prev.state) ask();
    }),
    useCatalogStore.subscribe(ask),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
let unfollow = () => {};

/**
 * Loads once (catalog and redirects side by side); tests may inject a catalog with
 * `useCatalogStore.setState`. A broken redirects file joins the dataset problems, so it is
 * shown like any other broken file and the atlas still opens.
 */
export async function startCatalog(
  load: (options?: LoadOptions, l?: ParkLoader) => Promise<Catalog> = loadCatalog,
  loadLinks: () => Promise<LoadedRedirects> = loadRedirects,
): Promise<void> {
  const l = new ParkLoader();
  loader = l;
  unfollow();
  unfollow = followUrl(l);
  // The park the link names loads first and is shown while the rest streams in.
  const onPartial = (partial: Catalog) => {
    if (useCatalogStore.getState().status !== 'ready') useCatalogStore.setState({ status: 'partial', catalog: partial });
  };
  const [loaded, links] = await Promise.all([load({ first: useUrlStore.getState().state, onPartial }, l), loadLinks()]);
  linkProblems = links.problems;
  const catalog = withLinkProblems(loaded);
  // The link is corrected before the catalog is published, so a renamed id never flashes "Not found".
  const { state, notes } = resolveRedirects(useUrlStore.getState().state, catalog, links.redirects);
  if (notes.length) correctUrl(state, notes);
  // Publishing asks for what the (corrected) link needs: a redirect may point at a park not loaded yet.
  useCatalogStore.setState({ status: 'ready', catalog, redirects: links.redirects });
}
