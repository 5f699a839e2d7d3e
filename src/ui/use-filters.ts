import { useMemo } from 'react';
import type { Filters } from '../catalog/selectors';
import { useUrlStore } from '../url/url-store';

/** The URL's filters; the URL store keeps each array's identity while its value is unchanged. */
export function useFilters(): Filters {
  const industry = useUrlStore((s) => s.state.industry);
  const status = useUrlStore((s) => s.state.status);
  return useMemo(() => ({ industry, status }), [industry, status]);
}
