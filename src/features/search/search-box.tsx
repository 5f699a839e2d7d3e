import { useDeferredValue, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { stepAt } from '../../catalog/as-of';
import type { Catalog } from '../../catalog/catalog';
import { useAsOf } from '../../ui/use-filters';
import { searchIndexFor, type SearchHit } from '../../catalog/search-index';
import { useT } from '../../i18n/strings';
import { select } from '../../url/url-store';
import { SearchOption } from './search-option';

const selectionOfHit = (hit: SearchHit) => {
  const { target } = hit;
  if (target.kind === 'project') return { project: target.projectId };
  if (target.kind === 'zone') return { park: target.park.id, zone: target.zoneId };
  return { park: target.park.id };
};

/**
 * Type-ahead over the catalog, following the WAI-ARIA combobox pattern (list autocomplete):
 * focus stays in the input, aria-activedescendant names the highlighted option, ArrowUp/Down
 * move, Enter opens, Escape closes (a second Escape clears). Choosing selects via the URL, and
 * the map follows the URL.
 */
export function SearchBox({ catalog }: { catalog: Catalog | null }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const deferred = useDeferredValue(query);
  // The index is built on the first keystroke, not at load: 100,000 projects take ~0.4 s to index.
  // Before the catalog index is in (a moment), the box is already there, so the header does not shift; it finds nothing yet.
  // Read as of a date, a project not yet on record then is not found (one whose park is not loaded cannot be judged, and stays).
  const asOf = useAsOf();
  const hits = useMemo(
    () =>
      (catalog && deferred.trim() ? searchIndexFor(catalog).search(deferred, asOf ? 40 : 20) : [])
        .filter(
          (h) =>
            !asOf ||
            h.target.kind !== 'project' ||
            !catalog?.projectById.has(h.target.projectId!) ||
            !!stepAt(catalog.projectById.get(h.target.projectId!)!.project, asOf),
        )
        .slice(0, 20),
    [catalog, deferred, asOf],
  );
  const expanded = open && query.trim() !== '';
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  // The highlighted option stays in view as the arrows move through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setActive(-1);
    setQuery('');
    select(selectionOfHit(hit));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 && step < 0 ? hits.length - 1 : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      if (!expanded) return;
      e.preventDefault();
      choose(hits[active >= 0 ? active : 0]);
    } else if (e.key === 'Escape') {
      if (expanded) {
        setOpen(false);
        setActive(-1);
      } else setQuery('');
    }
  };
  const status = !expanded ? '' : !catalog ? t('loading') : hits.length ? t('searchCount', { n: hits.length }) : t('searchNone');

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('searchResults')} className="search-results" hidden={!expanded || !hits.length}>
        {expanded &&
          hits.map((hit, i) => (
            <SearchOption
              key={hit.target.key}
              id={optionId(i)}
              hit={hit}
              active={i === active}
              onChoose={() => choose(hit)}
              onHover={() => setActive(i)}
            />
          ))}
      </ul>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </div>
  );
}
