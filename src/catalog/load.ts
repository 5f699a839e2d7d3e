import { buildCatalog, type Catalog } from './catalog';
import { validateCatalog, type Problem, type RawFile } from './validate';

/** Where the built atlas serves its data: relative, so any sub-path works. */
export const DATA_BASE = './data/';

async function fetchText(file: string, base: string): Promise<RawFile | Problem> {
  try {
    const response = await fetch(new URL(file, new URL(base, document.baseURI)));
    if (!response.ok) return { file: `data/${file}`, path: '$', message: `could not be loaded (HTTP ${response.status})` };
    return { file: `data/${file}`, text: await response.text() };
  } catch (error) {
    return { file: `data/${file}`, path: '$', message: `could not be loaded (${(error as Error).message})` };
  }
}

const isProblem = (x: RawFile | Problem): x is Problem => 'message' in x;

/**
 * Fetches and validates the whole catalog. Never throws: a file that cannot be loaded or fails
 * validation becomes a Problem, and every other park still loads.
 */
export async function loadCatalog(base = DATA_BASE): Promise<Catalog> {
  const index = await fetchText('index.json', base);
  let ids: string[] = [];
  const problems: Problem[] = [];
  if (isProblem(index)) problems.push(index);
  else {
    try {
      ids = (JSON.parse(index.text) as { parks: string[] }).parks;
    } catch {
      problems.push({ file: index.file, path: '$', message: 'the catalog index is not valid JSON' });
    }
  }
  const [sources, ...parkFiles] = await Promise.all([
    fetchText('sources.json', base),
    ...ids.map((id) => fetchText(`parks/${id}.json`, base)),
  ]);
  const loaded = parkFiles.filter((f): f is RawFile => !isProblem(f));
  problems.push(...parkFiles.filter(isProblem));
  if (!sources || isProblem(sources)) {
    if (sources) problems.push(sources);
    return buildCatalog([], [], problems);
  }
  const result = validateCatalog(sources, loaded);
  return buildCatalog(result.parks, result.sources, [...problems, ...result.problems]);
}
