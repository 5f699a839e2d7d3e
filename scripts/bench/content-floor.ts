import { writeFileSync } from 'node:fs';
import { buildCatalog } from '../../src/catalog/catalog';
import { validateCatalog } from '../../src/catalog/validate';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { readCatalogFiles } from '../catalog-files';

/**
 * The map data the atlas's first view draws for a catalog (every park, no filter, as of today),
 * as JSON for the bare page's content floor (scripts/bench/bare/bare.ts `?content=`). Built by the
 * atlas's own functions, so the floor draws what the atlas draws and differs only by the app.
 */
export function writeContentFloor(dataDir: string, file: string): void {
  const files = readCatalogFiles(dataDir);
  const { sources, parks } = validateCatalog(files.sources, files.parks);
  writeFileSync(file, JSON.stringify(buildAtlasData(buildCatalog(parks, sources))));
}
