import { buildCatalog } from '../src/catalog/catalog';
import { buildDownloads, type DownloadFile, type Licence } from '../src/catalog/downloads';
import { validateCatalog } from '../src/catalog/validate';
import { readCatalogFiles } from './catalog-files';
import { dataVersion } from './vite-plugin-atlas-data';

/** The catalog's licence (README, Data page, datapackage.json): open data, credit required. */
export const CATALOG_LICENCE: Licence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The Data page's files from a catalog folder, read and validated as `npm run validate` does. */
export function downloadsOf(dataDir: string, created: string): DownloadFile[] {
  const files = readCatalogFiles(dataDir);
  const { parks, sources } = validateCatalog(files.sources, files.parks);
  return buildDownloads(buildCatalog(parks, sources), { created, version: dataVersion(dataDir), licence: CATALOG_LICENCE });
}
