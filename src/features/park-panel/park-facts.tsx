import { displayName } from '../../catalog/format';
import type { Park, Source } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { FigureView } from '../../ui/figure-view';

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
          <dd><FigureView figure={park.area} sources={sources} label={t('statedArea')} /></dd>
        </div>
        {park.keyFigures.map((kf, i) => {
          const name = displayName(kf.label, lang).primary;
          return (
            <div className="fact" key={i}>
              <dt>{name}</dt>
              <dd><FigureView figure={kf.figure} sources={sources} label={name} /></dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
