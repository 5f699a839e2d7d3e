import type { Boundary, Source } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { CitationButton } from '../../ui/citation-button';
import { GEOMETRY_CONFIDENCE, label } from '../../ui/labels';

/** The method reads on from the label ("Approximate: drawn by us…"), so only the full stop is added. */
const sentence = (text: string) => (/[.!?。]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * How the outline on the map was drawn, in words a reader understands: "Approximate: drawn by
 * us from the source's description (…), sized to the stated area. Not a surveyed boundary."
 */
export function BoundaryNote({ boundary, sources }: { boundary: Boundary; sources: ReadonlyMap<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const words = GEOMETRY_CONFIDENCE[boundary.confidence];
  // Curators often say it themselves ("Schematic outline, not a surveyed boundary."): say it once.
  const explain = /not a surveyed boundary/i.test(boundary.method) ? '' : ` ${words.explain[lang]}`;
  return (
    <section className="panel-section" aria-labelledby="zone-boundary">
      <h3 id="zone-boundary">{t('boundary')}</h3>
      <p className={`boundary-note boundary-${boundary.confidence}`}>
        <strong>{label(words, lang)}:</strong> {sentence(boundary.method)}
        {explain} <CitationButton sourceIds={boundary.sources} sources={sources} what={t('boundary')} />
      </p>
    </section>
  );
}
