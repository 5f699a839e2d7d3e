import { zoneKey } from '../../catalog/catalog';
import type { HoverTarget } from '../../store/ui-store';
import type { Selection } from '../camera';
import { SOURCE } from './expressions';

/** One feature-state flag to set: selection and hover are painted through these, not re-tiled. */
export type StateFlag = { source: string; id: string; flag: 'selected' | 'hover' };

function flags(kind: 'park' | 'zone' | 'project', id: string, flag: StateFlag['flag']): StateFlag[] {
  if (kind === 'park')
    return [
      { source: SOURCE.parks, id, flag },
      { source: SOURCE.parkPoints, id, flag },
      { source: SOURCE.uncertainty, id, flag },
    ];
  if (kind === 'zone')
    return [
      { source: SOURCE.zones, id, flag },
      { source: SOURCE.uncertainty, id, flag },
    ];
  return [{ source: SOURCE.projects, id, flag }];
}

/**
 * The flags that should be on for a selection and a hover target. A zone's hover id is its
 * catalog key `park-id/zone-id` (zone ids are unique only within their park).
 */
export function desiredStates(selection: Selection, hover: HoverTarget): StateFlag[] {
  const out: StateFlag[] = [];
  if (selection.project) out.push(...flags('project', selection.project, 'selected'));
  else if (selection.park && selection.zone) out.push(...flags('zone', zoneKey(selection.park, selection.zone), 'selected'));
  else if (selection.park) out.push(...flags('park', selection.park, 'selected'));
  if (hover) out.push(...flags(hover.kind, hover.id, 'hover'));
  return out;
}

const key = (f: StateFlag) => `${f.source}\u0000${f.id}\u0000${f.flag}`;

/** What to switch off and on to go from one set of flags to the next. */
export function diffStates(before: readonly StateFlag[], after: readonly StateFlag[]): { off: StateFlag[]; on: StateFlag[] } {
  const a = new Set(after.map(key));
  const b = new Set(before.map(key));
  return { off: before.filter((f) => !a.has(key(f))), on: after.filter((f) => !b.has(key(f))) };
}
