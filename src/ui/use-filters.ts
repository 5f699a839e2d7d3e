import { useMemo } from 'react';
import type { Filters } from '../catalog/selectors';
import { useUrlStore } from '../url/url-store';

/** The URL's filters; the URL store keeps each array's identity while its value is unchanged. */
export function useFilters(): Filters {
  const industry = useUrlStore((s) => s.state.industry);
  const status = useUrlStore((s) => s.state.status);
  const asOf = useAsOf();
  return useMemo(() => ({ industry, status, asOf }), [industry, status, asOf]);
}

/** The date the atlas is read at (`asof=`), or undefined for now. */
export const useAsOf = (): string | undefined => useUrlStore((s) => s.state.asof);
