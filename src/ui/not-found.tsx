import type { ReactNode } from 'react';
import { useT } from '../i18n/strings';
import { SelectLink } from './select-link';

export type Suggestion = { to: { park?: string; zone?: string; project?: string }; label: ReactNode; key: string };

/**
 * A selection the catalog does not have: named, visible (role="alert"), with the nearest ids to
 * pick from. Only this panel changes; the rest of the atlas keeps working.
 */
export function NotFound({ message, suggestions }: { message: string; suggestions: readonly Suggestion[] }) {
  const t = useT();
  return (
    <section role="alert" className="not-found" aria-labelledby="not-found-heading">
      <h2 id="not-found-heading" tabIndex={-1}>
        {t('notFound')}
      </h2>
      <p>{message}</p>
      {suggestions.length > 0 && (
        <>
          <p>{t('didYouMean')}</p>
          <ul className="suggestions">
            {suggestions.map((s) => (
              <li key={s.key}>
                <SelectLink to={s.to}>{s.label}</SelectLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <SelectLink to={{}}>{t('allParks')}</SelectLink>
      </p>
    </section>
  );
}
