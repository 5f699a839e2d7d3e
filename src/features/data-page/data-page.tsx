import { useEffect, useState } from 'react';
import { t as translate, useLang } from '../../i18n/strings';
import { safeHttpUrl } from '../../ui/source-details';
import { UrlLink } from '../../ui/url-link';
import { toView } from '../../url/transitions';
import { DOWNLOADS, loadDataPackage, sizeText, type DataPackage } from './data-package';
import { dt, useDataT } from './data-strings';
import './data-page.css';

type Loaded = { pkg: DataPackage } | { error: string } | null;

/**
 * The Data page (`view=data`): every download the build made from the catalog (listed from its
 * datapackage.json, so the page and the files cannot disagree), each file's columns, the licence
 * and the build date. Loaded on demand: the first view's JS does not carry it.
 */
export function DataPage() {
  const t = useDataT();
  const lang = useLang();
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let live = true;
    loadDataPackage().then(
      (pkg) => live && setLoaded({ pkg }),
      (e: Error) => live && setLoaded({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    document.title = `${dt('heading', lang)} · ${translate('title', lang)}`;
    document.getElementById('data-heading')?.focus({ preventScroll: true });
  }, [lang]);
  const licence = loaded && 'pkg' in loaded ? loaded.pkg.licenses[0]! : undefined;
  const licenceUrl = safeHttpUrl(licence?.path);
  return (
    <div className="data-page">
      <p className="back-link">
        <UrlLink to={(state) => toView(state, undefined)}>
          <span aria-hidden="true">← </span>
          {t('backToMap')}
        </UrlLink>
      </p>
      <h2 id="data-heading" tabIndex={-1}>
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      {loaded === null && <p role="status">{t('loading')}</p>}
      {loaded && 'error' in loaded && <p role="alert">{t('failed', { error: loaded.error })}</p>}
      {loaded && 'pkg' in loaded && (
        <>
          <p className="data-built">{t('built', { date: loaded.pkg.created.slice(0, 10), version: loaded.pkg.version })}</p>
          <h3>{t('licenceHeading')}</h3>
          <p>
            {t('licence', { licence: licence!.title, name: licence!.name })}{' '}
            {licenceUrl && (
              <a href={licenceUrl} target="_blank" rel="noopener noreferrer">
                {licenceUrl}
              </a>
            )}
          </p>
          <h3>{t('filesHeading')}</h3>
          <ul className="data-files">
            {loaded.pkg.resources.map((r) => (
              <li key={r.path}>
                <a href={`${DOWNLOADS}${r.path}`} download={r.path}>
                  {r.path}
                </a>
                <span className="data-meta">
                  {' '}
                  · {r.format.toUpperCase()} · {sizeText(r.bytes)}
                </span>
                {r.description && <p className="data-description">{r.description}</p>}
                {r.schema && (
                  <details>
                    <summary>
                      {t('columns', { n: r.schema.fields.length })}
                      <span className="visually-hidden"> ({r.path})</span>
                    </summary>
                    <dl className="data-fields">
                      {r.schema.fields.map((f) => (
                        <div key={f.name}>
                          <dt>
                            <code>{f.name}</code> <span className="data-type">{f.type}</span>
                          </dt>
                          {f.description && <dd>{f.description}</dd>}
                        </div>
                      ))}
                    </dl>
                  </details>
                )}
              </li>
            ))}
            <li>
              <a href={`${DOWNLOADS}datapackage.json`} download="datapackage.json">
                datapackage.json
              </a>
              <p className="data-description">{t('describes')}</p>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
