import type { ReactNode } from 'react';
import { zoneKey } from '../catalog/catalog';
import type { HoverTarget } from '../store/ui-store';
import { toSelection, type Selection } from '../url/transitions';
import { UrlLink } from './url-link';

/** What the map lights up while the link is pointed at or focused (ids as the map keys them). */
function hoverOf(to: Selection): HoverTarget {
  if (to.project) return { kind: 'project', id: to.project };
  if (to.park && to.zone) return { kind: 'zone', id: zoneKey(to.park, to.zone) };
  return to.park ? { kind: 'park', id: to.park } : null;
}

/** A link to a selection (park, zone or project): its feature lights up on the map while pointed at. */
export function SelectLink({ to, children, className, ariaLabel }: { to: Selection; children: ReactNode; className?: string; ariaLabel?: string }) {
  return <UrlLink to={(state) => toSelection(state, to)} highlight={hoverOf(to)} className={className} ariaLabel={ariaLabel}>{children}</UrlLink>;
}
