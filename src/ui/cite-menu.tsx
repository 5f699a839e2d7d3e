import { lazy, Suspense, useId, useState } from 'react';
import type { Source } from '../catalog/schema';
import { useCiteT } from './cite-strings';
import './cite-menu.css';

/** What to cite, read when the reader asks (the address changes as the map moves). */
export type CiteTarget = {
  sourceIds: readonly string[];
  sources: ReadonlyMap<string, Source>;
  /** The view's subject ("Changchun Pharmaceutical Valley"). */
  subject?: string;
  /** A citation link (target and language only). */
  link: string;
  /** The subject's id, for the citation key and the file name. */
  key?: string;
};

// The body and the formatters load on first opening: the first view's JS carries only this button.
const CiteMenuBody = lazy(() => import('./cite-menu-body').then((m) => ({ default: m.CiteMenuBody })));

/**
 * "Cite as RIS, BibTeX or CSL-JSON": a disclosure (the panels stay short) opening the formats
 * reference managers read — Zotero, EndNote, Mendeley, pandoc — beside the plain-text "Cite".
 */
export function CiteMenu({ target }: { target: () => CiteTarget }) {
  const t = useCiteT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="cite-menu">
      <button type="button" className="cite-menu-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('citeFormats')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteMenuBody target={target} id={id} />
        </Suspense>
      )}
    </span>
  );
}
