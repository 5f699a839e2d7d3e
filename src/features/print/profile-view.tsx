import type { Lang } from '../../catalog/format';
import { t } from '../../i18n/strings';
import { LANG_TAG, OTHER_LANG } from '../../i18n/bilingual';
import type { ParkProfile, ProfileDoc, ProfileFigure } from './profile-model';

type Props = { doc: ProfileDoc; lang: Lang; pictures: ReadonlyMap<string, string> };

const Refs = ({ refs }: { refs: readonly number[] }) => (refs.length ? <span className="pp-refs"> [{refs.join(', ')}]</span> : null);
const otherLang = (lang: Lang) => LANG_TAG[OTHER_LANG[lang]];

function FigureCell({ figure, lang }: { figure: ProfileFigure | undefined; lang: Lang }) {
  if (!figure?.values.length) return <span className="pp-missing">{t('notReported', lang)}</span>;
  return (
    <>
      {figure.relation && <span className="pp-relation">{figure.relation}: </span>}
      {figure.values.map((v, i) => (
        <span key={i} className="pp-value">
          <strong>{v.amount}</strong> ({v.date}){v.notes.length ? ` · ${v.notes.join(' · ')}` : ''}
          <Refs refs={v.refs} />
          {v.scope.toLowerCase() !== figure.label.toLowerCase() && <span className="pp-scope">{v.scope}</span>}
          {v.printed.map((p, j) => (
            <span key={j} className="pp-printed">
              {p}
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

function Park({ park, lang, picture, link }: { park: ParkProfile; lang: Lang; picture?: string; link?: string }) {
  return (
    <section className="pp-park">
      <p className="pp-kind">{park.kind}</p>
      <h1 className="pp-name">
        {park.name}
        {park.other && (
          <span className="pp-other" lang={otherLang(lang)}>
            {' '}
            {park.other}
          </span>
        )}
      </h1>
      {link && (
        <p className="pp-link">
          {t('liveView', lang)}: <span className="pp-url">{link}</span>
        </p>
      )}
      {picture ? (
        <figure className="pp-map">
          <img src={picture} alt={`${t('mapPicture', lang)}: ${park.name}`} />
          <figcaption>{t('mapPicture', lang)}</figcaption>
        </figure>
      ) : (
        <p className="pp-scope">{t('noMapPicture', lang)}</p>
      )}
      <p className="pp-summary">{park.summary}</p>
      <h2>{t('keyFigures', lang)}</h2>
      <table className="pp-figures">
        <tbody>
          {park.figures.map((f, i) => (
            <tr key={i}>
              <th scope="row">{f.label}</th>
              <td>
                <FigureCell figure={f} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {park.industries.length > 0 && (
        <>
          <h2>{t('focusIndustries', lang)}</h2>
          <p>{park.industries.join(' · ')}</p>
        </>
      )}
      {park.zones.length > 0 && (
        <>
          <h2>{t('zones', lang)}</h2>
          <ul className="pp-zones">
            {park.zones.map((z, i) => (
              <li key={i}>
                <strong>{z.name}</strong>
                {z.other && <span lang={otherLang(lang)}> {z.other}</span>}
                {z.role && ` · ${z.role}`}
                <Refs refs={z.refs} />
                <div>
                  {t('statedArea', lang)}: <FigureCell figure={z.area} lang={lang} />
                </div>
                {z.industries.length > 0 && <div className="pp-scope">{z.industries.join(' · ')}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('trackedProjects', lang)}</h2>
      {park.projects.length === 0 ? (
        <p>{t('noProjects', lang)}</p>
      ) : (
        <table className="pp-projects">
          <thead>
            <tr>
              <th scope="col">{t('projects', lang)}</th>
              <th scope="col">{t('status', lang)}</th>
              <th scope="col">{t('investment', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {park.projects.map((p, i) => (
              <tr key={i}>
                <td>
                  <strong>{p.name}</strong>
                  {p.other && (
                    <span className="pp-scope" lang={otherLang(lang)}>
                      {p.other}
                    </span>
                  )}
                  {p.zone && (
                    <span className="pp-scope">
                      {t('zone', lang)}: {p.zone}
                    </span>
                  )}
                  <Refs refs={p.refs} />
                </td>
                <td>{p.status}</td>
                <td>
                  <FigureCell figure={p.investment} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The profile on paper: only what print-profile.tsx hands it, laid out for A4 by print.css. */
export function ProfileView({ doc, lang, pictures }: Props) {
  const several = doc.parks.length > 1;
  return (
    <article className="print-profile">
      <p className="pp-atlas">
        {t('title', lang)}
        {doc.asOf && ` · ${t('asOfDate', lang, { date: doc.asOf })}`}
      </p>
      {several && (
        <>
          <h1 className="pp-name">{t('profilesOf', lang, { names: doc.parks.map((p) => p.name).join(', ') })}</h1>
          <p className="pp-link">
            {t('liveView', lang)}: <span className="pp-url">{doc.link}</span>
          </p>
        </>
      )}
      {doc.parks.map((park) => (
        <Park key={park.id} park={park} lang={lang} picture={pictures.get(park.id)} link={several ? undefined : doc.link} />
      ))}
      <section className="pp-sources">
        <h2>{t('sources', lang)}</h2>
        <ol>
          {doc.sources.map((s) => (
            <li key={s.n} value={s.n}>
              {s.missing ?? (
                <>
                  {s.title}. {s.publisher}, {s.date}.
                </>
              )}
              {s.url && <span className="pp-url"> {s.url}</span>}
            </li>
          ))}
        </ol>
      </section>
      <p className="pp-footer">{t('printedFrom', lang, { title: t('title', lang), date: doc.printedOn })}</p>
    </article>
  );
}
