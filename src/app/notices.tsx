import { useState } from 'react';
import type { Problem } from '../catalog/validate';
import { useCatalogStore } from '../store/catalog-store';
import { useT } from '../i18n/strings';
import { useUrlStore } from '../url/url-store';
import { UpdateNotice } from './update-notice';

// A stable empty list: a fresh `[]` per read would never settle useSyncExternalStore.
const NONE: readonly Problem[] = [];
const MAX_SHOWN = 20;

/** Visible, dismissible notices: a broken dataset is named with its JSON path; a bad link part too. */
export function Notices() {
  const t = useT();
  const problems = useCatalogStore((s) => s.catalog?.problems ?? NONE);
  const urlProblems = useUrlStore((s) => s.problems);
  const [hidden, setHidden] = useState(false);
  return (
    <div className="notices">
      <UpdateNotice />
      {problems.length > 0 && !hidden && (
        <section role="alert" aria-labelledby="dataset-errors" className="notice notice-error">
          <h2 id="dataset-errors">{t('datasetErrors')}</h2>
          <ul>
            {problems.slice(0, MAX_SHOWN).map((p, i) => (
              <li key={i}>
                <code>{p.file}</code> <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > MAX_SHOWN && <MoreProblems n={problems.length - MAX_SHOWN} />}
          <button type="button" onClick={() => setHidden(true)}>
            {t('dismiss')}
          </button>
        </section>
      )}
      {urlProblems.length > 0 && (
        <section role="status" aria-labelledby="link-problems" className="notice notice-warning">
          <h2 id="link-problems">{t('linkProblems')}</h2>
          {/* Capped like the dataset notice: a link with 8,000 unknown parameters once made a 200,000-character notice. */}
          <ul>
            {urlProblems.slice(0, MAX_SHOWN).map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          {urlProblems.length > MAX_SHOWN && <p>{t('moreItems', { n: urlProblems.length - MAX_SHOWN })}</p>}
        </section>
      )}
    </div>
  );
}

/** The words around the command come from the dictionary; the command itself stays code in both languages. */
function MoreProblems({ n }: { n: number }) {
  const [before, after] = useT()('moreProblems', { n }).split('{command}');
  return (
    <p>
      {before}
      <code>npm run validate</code>
      {after}
    </p>
  );
}
