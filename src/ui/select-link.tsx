import type { ReactNode } from 'react';
import { hoverOf } from '../store/ui-store';
import { toSelection, type Selection } from '../url/transitions';
import { UrlLink } from './url-link';

/** A link to a selection (park, zone or project): its feature lights up on the map while pointed at. */
export function SelectLink({
  to,
  children,
  className,
  ariaLabel,
}: {
  to: Selection;
  children: ReactNode;
  className?: string;
  ariaLabel?: string;
}) {
  return (
    <UrlLink to={(state) => toSelection(state, to)} highlight={hoverOf(to)} className={className} ariaLabel={ariaLabel}>
      {children}
    </UrlLink>
  );
}
