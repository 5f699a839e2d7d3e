import { useEffect, useId, useState } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { useLang, useT } from '../../i18n/strings';
import { formatPartialDate } from '../../i18n/format-date';
import { patchUrl, useUrlStore } from '../../url/url-store';
import { catalogYears } from './timeline-years';
import './timeline.css';

const reducedMotion = () => typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
/** How long each year shows while playing. */
const PLAY_STEP_MS = 1200;

// Moving the timeline replaces the history entry, like the camera: Back leaves the date, not each year.
const setAsOf = (asof: string | undefined) => patchUrl({ asof }, { replace: true });

/**
 * The date the atlas is read at (`asof=`): a slider over the years in which the catalog has
 * events, ticks where they fall, a "Now" reset and a play button. The slider is a native range
 * input (arrows, Home, End, Page keys; its value is announced as "as of the end of 2019").
 * For readers who ask for reduced motion, play does not run on by itself: it steps one year per press.
 */
export function Timeline({ catalog }: { catalog: Catalog | null }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const asof = useUrlStore((s) => s.state.asof);
  const [playing, setPlaying] = useState(false);
  const years = catalog ? catalogYears(catalog) : [];
  const first = years[0],
    last = years.at(-1);
  const year = asof ? Number(asof.slice(0, 4)) : last;

  useEffect(() => {
    if (!playing || first === undefined || last === undefined) return;
    const timer = setInterval(() => {
      const current = useUrlStore.getState().state.asof;
      const next = current ? Number(current.slice(0, 4)) + 1 : first;
      if (next > last) {
        setPlaying(false);
        setAsOf(undefined);
      } else setAsOf(String(next));
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, first, last]);

  // While the catalog loads, the strip's place is kept: the same parts, unseen and inert, so it
  // wraps as the real one does on a phone. The map now appears before the catalog, and a strip
  // arriving under it shrank the map and moved its controls (layout shift 0.05 on a desktop screen).
  if (!catalog)
    return (
      <div className="timeline-bar" aria-hidden="true" data-pending="" style={{ visibility: 'hidden' }}>
        <span className="timeline-label">{t('timelineLabel')}</span>
        <span className="timeline-play">▶ {t('timelinePlay')}</span>
        <div className="timeline-track">
          <input type="range" disabled tabIndex={-1} />
        </div>
        <span className="timeline-value">{t('timelineNow')}</span>
        <span className="timeline-now">{t('timelineNow')}</span>
      </div>
    );
  if (first === undefined || last === undefined || year === undefined) return null;
  const valueText = asof ? t('timelineValue', { year: formatPartialDate(asof, lang) }) : t('timelineValueNow');
  const play = () => {
    if (reducedMotion()) {
      const next = asof ? Number(asof.slice(0, 4)) + 1 : first;
      setAsOf(next > last ? undefined : String(next));
    } else {
      if (!playing && !asof) setAsOf(String(first));
      setPlaying(!playing);
    }
  };
  const span = Math.max(1, last - first);
  return (
    <section className="timeline-bar" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-slider`} className="timeline-label">
        {t('timelineLabel')}
      </label>
      <button type="button" className="timeline-play" onClick={play}>
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {playing ? t('timelinePause') : t('timelinePlay')}
      </button>
      <div className="timeline-track">
        <input
          id={`${id}-slider`}
          type="range"
          min={first}
          max={last}
          step={1}
          value={year}
          aria-valuetext={valueText}
          data-asof={asof ?? 'now'}
          onChange={(e) => {
            setPlaying(false);
            setAsOf(e.currentTarget.value);
          }}
        />
        <div className="timeline-ticks" aria-hidden="true">
          {years.map((y) => (
            <span
              key={y}
              className={y === year && asof ? 'tick current' : 'tick'}
              style={{ left: `${((y - first) / span) * 100}%` }}
              title={String(y)}
            />
          ))}
          <span className="tick-label start">{first}</span>
          <span className="tick-label end">{last}</span>
        </div>
      </div>
      <output className="timeline-value" htmlFor={`${id}-slider`} aria-live="polite">
        {asof ? formatPartialDate(asof, lang) : t('timelineNow')}
      </output>
      <button
        type="button"
        className="timeline-now"
        onClick={() => {
          setPlaying(false);
          setAsOf(undefined);
        }}
        disabled={!asof}
        title={t('timelineNowHint')}
      >
        {t('timelineNow')}
      </button>
    </section>
  );
}
