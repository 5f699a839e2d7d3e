import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { hoverOf, useUiStore } from '../store/ui-store';
import { formatUrl } from '../url/codec';
import type { UrlState } from '../url/registry';
import { select, useUrlStore } from '../url/url-store';

type Selection = Pick<UrlState, 'park' | 'zone' | 'project'>;

/** The query a selection would have, keeping language and filters (not the camera: the map refits). */
export const queryFor = (selection: Selection, state: UrlState) =>
  formatUrl({ lang: state.lang, industry: state.industry, status: state.status, asof: state.asof, view: state.view, ...selection });

/**
 * A real link (it can be opened in a new tab, copied, read by a screen reader as a link) that
 * selects through the URL owner on a plain click, so the map and panel follow. Pointing at it
 * or focusing it highlights its feature on the map (ui-store hover).
 */
export function SelectLink({ to, children, className, ariaLabel }: { to: Selection; children: ReactNode; className?: string; ariaLabel?: string }) {
  // A string selector: re-renders when language or filters change, not on every camera move.
  const query = useUrlStore((s) => queryFor(to, s.state));
  const target = hoverOf(to);
  const hovering = useRef(false);
  const setHover = (on: boolean) => {
    if (!target || hovering.current === on) return;
    hovering.current = on;
    useUiStore.getState().setHover(on ? target : null);
  };
  // A link that disappears while pointed at (a filter, a new selection) must not leave a highlight behind.
  useEffect(() => () => {
    if (hovering.current) useUiStore.getState().setHover(null);
  }, []);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setHover(false);
    select(to);
  };
  return (
    <a
      href={query || window.location.pathname}
      className={className}
      aria-label={ariaLabel}
      onClick={onClick}
      onPointerEnter={() => setHover(true)}
      onPointerLeave={() => setHover(false)}
      onFocus={() => setHover(true)}
      onBlur={() => setHover(false)}
    >
      {children}
    </a>
  );
}
