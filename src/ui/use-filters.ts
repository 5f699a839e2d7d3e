import { useMemo } from 'react';
import type { Industry, ProjectStatus } from '../catalog/schema';
import type { Filters } from '../catalog/selectors';
import { useUrlStore } from '../url/url-store';

/**
 * The URL's filters, stable across renders: the URL store hands out new arrays on every
 * navigation (the map writes the camera as it moves), so they are compared as text here.
 */
export function useFilters(): Filters {
  const industry = useUrlStore((s) => s.state.industry?.join(',') ?? '');
  const status = useUrlStore((s) => s.state.status?.join(',') ?? '');
  const asOf = useAsOf();
  return useMemo(() => ({
    industry: industry ? (industry.split(',') as Industry[]) : undefined,
    status: status ? (status.split(',') as ProjectStatus[]) : undefined,
    asOf,
  }), [industry, status, asOf]);
}

/** The date the atlas is read at (`asof=`), or undefined for now. */
export const useAsOf = (): string | undefined => useUrlStore((s) => s.state.asof);
