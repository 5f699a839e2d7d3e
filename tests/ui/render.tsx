import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, type ReactElement } from 'react';
import { SidePanel } from '../../src/app/side-panel';
import type { Catalog } from '../../src/catalog/catalog';
import { useCatalogStore } from '../../src/store/catalog-store';
import { LIST_PAGE, useUiStore } from '../../src/store/ui-store';
import { parseUrl } from '../../src/url/codec';
import { useUrlStore } from '../../src/url/url-store';
import { fixtureCatalog } from './fixture-catalog';

/** Puts the app at a URL, as a link or Back would. */
export function goTo(search: string) {
  act(() => {
    window.history.replaceState(null, '', `/${search}`);
    useUrlStore.setState(parseUrl(search));
  });
}

/** Renders at a URL with a fresh UI state and the catalog injected the way the app receives it. */
export function renderAt(search: string, ui?: (catalog: Catalog) => ReactElement, catalog: Catalog = fixtureCatalog()) {
  goTo(search);
  useUiStore.setState({ hover: null, sheetExpanded: true, openCitation: null, listShown: LIST_PAGE });
  useCatalogStore.setState({ status: 'ready', catalog });
  const user = userEvent.setup();
  const result = render(ui ? ui(catalog) : <SidePanel catalog={catalog} />);
  return { ...result, user, catalog };
}

/** An element's text as a reader sees it: whitespace collapsed (no jest-dom here, plain asserts). */
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
