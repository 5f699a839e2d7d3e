import { useId, useRef, type KeyboardEvent } from 'react';
import type { Source } from '../catalog/schema';
import { useT } from '../i18n/strings';
import { useUiStore } from '../store/ui-store';
import { EvidenceNotes, PrintedForms, type Evidence } from './printed-evidence';
import { SourceDetails } from './source-details';
import { FigureCite } from './share-figure-cite';

type Props = {
  sourceIds: readonly string[];
  sources: ReadonlyMap<string, Source>;
  /** What the sources support, for the accessible name: "Stated area: 5.4 km²". */
  what: string;
  /** The cited values (figure values, a status step): how each source prints them, or why not. */
  evidence?: readonly Evidence[];
};

/**
 * A small "Source" button beside a figure that discloses the documents behind it. It is a
 * disclosure (aria-expanded + aria-controls) that opens in the flow below the figure, so it is
 * never clipped by the panel or the bottom sheet; one is open at a time (ui-store openCitation).
 */
export function CitationButton({ sourceIds, sources, what, evidence = [] }: Props) {
  const t = useT();
  const key = useId();
  const open = useUiStore((s) => s.openCitation === key);
  const setOpen = useUiStore((s) => s.setOpenCitation);
  const button = useRef<HTMLButtonElement>(null);
  const ids = [...new Set(sourceIds)];
  if (!ids.length) return null;
  const panelId = `${key}-sources`;
  // Begins with the visible label ("Source", "2 sources"): WCAG 2.5.3, Label in Name.
  const name = ids.length === 1 ? t('sourceFor', { what }) : t('nSourcesFor', { n: ids.length, what });
  const close = () => {
    setOpen(null);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  return (
    <span className="cite" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="cite-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={name}
        onClick={() => setOpen(open ? null : key)}
      >
        {ids.length === 1 ? t('source') : t('nSources', { n: ids.length })}
      </button>
      {open && (
        <span id={panelId} role="group" aria-label={name} className="cite-pop">
          {ids.map((id) => (
            <SourceDetails key={id} id={id} sources={sources}>
              <PrintedForms sourceId={id} evidence={evidence} />
            </SourceDetails>
          ))}
          <EvidenceNotes evidence={evidence} />
          <FigureCite what={what} sourceIds={ids} sources={sources} evidence={evidence} />
          <button type="button" className="cite-close" onClick={close}>
            {t('close')}
          </button>
        </span>
      )}
    </span>
  );
}
