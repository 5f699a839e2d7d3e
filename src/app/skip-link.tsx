import { useEffect, useRef, type MouseEvent } from 'react';
import { t, useLang } from '../i18n/strings';
import { useUiStore } from '../store/ui-store';

const TARGET = { panel: 'side-panel-body', compare: 'compare-heading' } as const;

/** Focuses an element by id (made focusable by script only), without scrolling the page. */
export function focusById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  return document.activeElement === el;
}

/**
 * The first Tab stop: jumps past search, language and the map (whose canvas and controls take
 * many Tab presses) to the details panel, or to the compare table's heading. It moves focus
 * itself instead of following `#id`, which would add a history entry and a hash to the link.
 */
export function SkipLink({ comparing }: { comparing: boolean }) {
  const lang = useLang();
  const target = comparing ? TARGET.compare : TARGET.panel;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    if (comparing) return void focusById(target);
    // At phone width the details may be a collapsed bottom sheet: open it, then focus once drawn.
    useUiStore.getState().setSheetExpanded(true);
    requestAnimationFrame(() => focusById(target));
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={onClick}>
      {t('skipToDetails', lang)}
    </a>
  );
}

/**
 * Switching between the map and the compare view unmounts what had focus (the link just used),
 * which would drop keyboard users onto <body>: land them on the new view's heading instead.
 * The first render leaves focus alone, as the side panel does.
 */
export function useFocusOnViewSwitch(comparing: boolean) {
  const previous = useRef(comparing);
  useEffect(() => {
    if (previous.current === comparing) return;
    previous.current = comparing;
    if (document.activeElement && document.activeElement !== document.body) return;
    if (!comparing) {
      if (!focusById('panel-heading')) focusById(TARGET.panel);
      return;
    }
    if (focusById(TARGET.compare)) return;
    // The compare view loads on demand: focus its heading when it arrives, unless the reader moved on.
    const observer = new MutationObserver(() => {
      if (document.activeElement && document.activeElement !== document.body) observer.disconnect();
      else if (focusById(TARGET.compare)) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [comparing]);
}
