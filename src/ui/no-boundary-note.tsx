import type { Lang } from '../catalog/format';
import type { Location, Source } from '../catalog/schema';
import { words, type Bilingual } from '../i18n/bilingual';
import { formatNumber } from '../i18n/format-money';
import { formatWord } from '../i18n/format-words';
import { useLang } from '../i18n/strings';
import { CitationButton } from './citation-button';
import { label, LOCATION_CONFIDENCE } from './labels';

/** This note's own words (kept beside it, so the shared dictionary is not edited for one section). */
const WORDS = {
  heading: { en: 'Boundary', zh: '边界' },
  notPublished: { en: 'Boundary not published', zh: '边界未公布' },
  shownAt: {
    en: 'No source publishes its outline, so the map shows it at its location ({confidence}).',
    zh: '没有来源公布其轮廓，地图仅在其位置（{confidence}）标示。',
  },
  ring: {
    en: 'The dotted ring marks where it should lie: within about {radius} of the point.',
    zh: '虚点圆圈表示其应在的范围：距该点约 {radius} 以内。',
  },
  printed: { en: 'Boundary as the sources print it', zh: '来源所述边界' },
  location: { en: 'Location', zh: '位置' },
} as const satisfies Record<string, Bilingual>;
const say = words(WORDS);

/** "about 2.5 km" / "about 800 m": a radius read as the distance it is. */
export function radiusText(metres: number, lang: Lang): string {
  return metres >= 1000
    ? formatWord('kilometres', lang, { n: formatNumber(Number((metres / 1000).toFixed(1)), lang) })
    : formatWord('metres', lang, { n: Math.round(metres) });
}

type Props = { location: Location; boundaryNote?: string; sources: ReadonlyMap<string, Source>; headingId: string };

/**
 * In place of "how the boundary was drawn", for a park or zone whose outline nobody publishes:
 * says so, says where the map puts it and how far off that may be (the ring), and gives the
 * boundary roads as the sources print them, where they do.
 */
export function NoBoundaryNote({ location, boundaryNote, sources, headingId }: Props) {
  const lang = useLang();
  const confidence = label(LOCATION_CONFIDENCE[location.confidence], lang).toLowerCase();
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{say('heading', lang)}</h3>
      <p className="boundary-note boundary-none">
        <strong>{say('notPublished', lang)}.</strong> {say('shownAt', lang, { confidence })}
        {location.uncertaintyM ? <> {say('ring', lang, { radius: radiusText(location.uncertaintyM, lang) })}</> : null}{' '}
        <CitationButton sourceIds={location.sources} sources={sources} what={say('location', lang)} />
      </p>
      {boundaryNote && (
        <p className="boundary-note boundary-printed">
          <strong>{say('printed', lang)}:</strong> {boundaryNote}
        </p>
      )}
    </section>
  );
}
