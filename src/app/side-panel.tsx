import type { Catalog } from '../catalog/catalog';
import { ParkList } from '../features/park-list/park-list';

/** Picks what the side panel shows from the URL; the features themselves never import each other. */
export function SidePanel({ catalog }: { catalog: Catalog }) {
  return <ParkList catalog={catalog} />;
}
