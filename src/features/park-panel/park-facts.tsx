import { lazy, Suspense } from 'react';
import { nameText } from '../../catalog/format';
import { seriesOf } from '../../catalog/figure-series';
import type { Park, Source } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { FigureView } from '../../ui/figure-view';

// Loaded only for a park that has a measure at several dates, so the first view's JS does not carry it.
const FigureChart = lazy(() => import('./figure-chart').then((m) => ({ default: m.FigureChart })));

/** Stated area and key figures, each with its year, scope and source button. */
export function ParkFacts({ park, sources }: { park: Park; sources: ReadonlyMap<string, Source> }) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="panel-section" aria-labelledby="park-figures">
      <h3 id="park-figures">{t('keyFigures')}</h3>
      <dl className="facts">
        <div className="fact">
          <dt>{t('statedArea')}</dt>
          <dd>
            <FigureView figure={park.area} sources={sources} label={t('statedArea')} />
          </dd>
        </div>
        {park.keyFigures.map((kf, i) => {
          const name = nameText(kf.label, lang);
          const series = seriesOf(kf.figure);
          return (
            <div className="fact" key={i}>
              <dt>{name}</dt>
              <dd>
                <FigureView figure={kf.figure} sources={sources} label={name} />
                {series && (
                  <Suspense fallback={null}>
                    <FigureChart series={series} label={name} sources={sources} />
                  </Suspense>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
