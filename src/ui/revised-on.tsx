import { useSyncExternalStore } from 'react';
import type { Lang } from '../catalog/format';
import type { FactState, FigureValue } from '../catalog/schema';
import { useLang, useT } from '../i18n/strings';
import { perLang } from '../i18n/bilingual';

/**
 * "revised on <release date>" beside a figure value whose value a release changed (issue 17).
 * The panel's "Changes" section (src/features/history, loaded on demand with its data) sets the
 * revisions of what the panel shows; a value is matched by what it is — amount, unit, qualifier,
 * date and sources — so the figure components need not know how a release names their field.
 */
export type Revision = { to: FactState; date: string };
let current: readonly Revision[] = [];
const listeners = new Set<() => void>();
export function setRevisions(revisions: readonly Revision[]): void {
  current = revisions;
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const read = () => current;

const sameValue = (v: FigureValue, s: FactState) =>
  v.value === s.value &&
  v.unit === s.unit &&
  (v.qualifier ?? undefined) === s.qualifier &&
  v.asOf === s.asOf &&
  [...v.sources].sort().join() === s.sources.join();

const dateFormat = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);

export const releaseDate = (iso: string, lang: Lang) => dateFormat(lang).format(new Date(iso));

export function RevisedOn({ v }: { v: FigureValue }) {
  const revisions = useSyncExternalStore(subscribe, read, read);
  const t = useT();
  const lang = useLang();
  const latest = revisions
    .filter((r) => sameValue(v, r.to))
    .map((r) => r.date)
    .sort()
    .at(-1);
  if (!latest) return null;
  return (
    <>
      {' '}
      <span className="revised-on">
        <time dateTime={latest}>{t('revisedOn', { date: releaseDate(latest, lang) })}</time>
      </span>
    </>
  );
}
