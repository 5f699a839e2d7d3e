import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useUiStore, type HoverTarget } from '../store/ui-store';
import { formatUrl } from '../url/codec';
import type { UrlState } from '../url/registry';
import type { Transition } from '../url/transitions';
import { go, useUrlStore } from '../url/url-store';

/**
 * A click the page should take over: the main button, no modifier. Any other (a new tab, a new
 * window, a download) is the browser's, and it opens the link's `href`.
 */
export const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** The `href` of a state: its query, or this page's own path when there is nothing to say. */
export const hrefOf = (state: UrlState): string => formatUrl(state) || window.location.pathname;

type Props = {
  /** Where the link goes, from the current state: its `href` and its click both follow it. */
  to: Transition;
  children: ReactNode;
  className?: string;
  ariaLabel?: string;
  ariaCurrent?: 'page';
  /** What the map lights up while the link is pointed at or focused (ui-store hover). */
  highlight?: HoverTarget;
};

/**
 * The one in-page link: a real link (it opens in a new tab, copies, reads as a link) whose
 * plain click pushes the same address through the URL owner, so the map and panels follow.
 */
export function UrlLink({ to, children, className, ariaLabel, ariaCurrent, highlight = null }: Props) {
  // A string selector: re-renders when the address this link opens changes, not on every other change.
  const href = useUrlStore((s) => hrefOf(to(s.state)));
  const hovering = useRef(false);
  const setHover = (on: boolean) => {
    if (!highlight || hovering.current === on) return;
    hovering.current = on;
    useUiStore.getState().setHover(on ? highlight : null);
  };
  // A link that disappears while pointed at (a filter, a new selection) must not leave a highlight behind.
  useEffect(
    () => () => {
      if (hovering.current) useUiStore.getState().setHover(null);
    },
    [],
  );
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!plainClick(e)) return;
    e.preventDefault();
    setHover(false);
    go(to);
  };
  return (
    <a
      href={href}
      className={className}
      aria-label={ariaLabel}
      aria-current={ariaCurrent}
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
