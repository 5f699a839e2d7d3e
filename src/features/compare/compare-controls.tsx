import { useId, useState, type FormEvent } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { MAX_COMPARED, type CompareModel } from '../../catalog/compare-table';
import { displayName, nameText } from '../../catalog/format';
import { nearestIds } from '../../catalog/nearest';
import { useLang, useT } from '../../i18n/strings';
import { addPark, replaceId } from './compare-actions';
import { useCompareT } from './compare-strings';

/**
 * "Add a park": a plain select and an Add button (a select that acts on change would fire on
 * every arrow key press). Lists only parks not yet compared; disabled once four are.
 */
export function AddPark({ model, catalog }: { model: CompareModel; catalog: Catalog }) {
  const t = useCompareT();
  const tr = useT();
  const lang = useLang();
  const id = useId();
  const [choice, setChoice] = useState('');
  const full = model.parks.length >= MAX_COMPARED;
  const compared = new Set(model.parks.map((p) => p.id));
  // A park whose file failed to load cannot be compared: not offered.
  const options = catalog.index.parks.filter((p) => !compared.has(p.id) && !model.loading.includes(p.id) && !catalog.unavailable.has(p.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice || full) return;
    setChoice('');
    addPark(model, choice);
  };
  return (
    <form className="compare-add" onSubmit={submit}>
      <label htmlFor={id}>{t('addPark')}</label>
      <select id={id} value={choice} disabled={full} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t('choosePark')}</option>
        {options.map((p) => {
          const { primary, secondary } = displayName(p.name, lang);
          const note = [secondary, p.reference ? tr('referencePark') : undefined].filter(Boolean).join(' · ');
          return (
            <option key={p.id} value={p.id}>
              {note ? `${primary} (${note})` : primary}
            </option>
          );
        })}
      </select>
      <button type="submit" disabled={full || !choice}>
        {t('add')}
      </button>
      {full && <span className="compare-hint">{t('atMost', { n: MAX_COMPARED })}</span>}
    </form>
  );
}

/** Ids the catalog does not have: named, visible, with the nearest parks offered in their place. */
export function UnknownIds({ model, ids, catalog }: { model: CompareModel; ids: readonly string[]; catalog: Catalog }) {
  const t = useCompareT();
  const lang = useLang();
  if (!model.unknown.length) return null;
  const failed = model.unknown.filter((id) => catalog.unavailable.has(id));
  const missing = model.unknown.filter((id) => !catalog.unavailable.has(id));
  const named = missing.map((id) => `“${id}”`).join(', ');
  const failedNames = failed
    .map((id) => {
      const entry = catalog.index.byId.get(id);
      return entry ? nameText(entry.name, lang) : id;
    })
    .join(', ');
  const candidates = catalog.index.parks.map((p) => p.id).filter((id) => !ids.includes(id) && !catalog.unavailable.has(id));
  const suggestions = missing.flatMap((bad) => nearestIds(bad, candidates, 1).map((good) => ({ bad, good })));
  return (
    <div role="alert" className="compare-alert">
      {failed.length > 0 && <p>{t('failedToLoad', { names: failedNames })}</p>}
      {missing.length > 0 && <p>{t(model.parks.length ? 'unknown' : 'unknownNone', { ids: named })}</p>}
      {suggestions.length > 0 && (
        <ul className="compare-suggestions">
          {suggestions.map(({ bad, good }) => (
            <li key={bad}>
              <button type="button" className="link-button" onClick={() => replaceId(ids, bad, good)}>
                {t('useInstead', { name: nameText(catalog.index.byId.get(good)!.name, lang), id: bad })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
