import type { Source } from '../catalog/schema';
import { toBibtex } from './bibtex';
import { atlasItem, sourceItem, type AtlasMeta, type CiteItem } from './cite-item';
import { toCslJson } from './csl-json';
import { toRis } from './ris';

/**
 * The citation files, loaded on demand (src/ui/cite-menu.tsx imports this module when a reader
 * asks for a format), so the first view's JS does not carry the formatters.
 */
export const CITE_FORMATS = ['ris', 'bibtex', 'csl-json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export type CiteRequest = { sources: readonly Source[]; atlas: AtlasMeta };

const FILES: Record<CiteFormat, { write: (items: readonly CiteItem[]) => string; type: string; ext: string }> = {
  ris: { write: toRis, type: 'application/x-research-info-systems', ext: 'ris' },
  bibtex: { write: toBibtex, type: 'application/x-bibtex', ext: 'bib' },
  'csl-json': { write: toCslJson, type: 'application/vnd.citationstyles.csl+json', ext: 'json' },
};

/** The cited view as a dataset first, then each source document once, in the order given. */
export function citeItems({ sources, atlas }: CiteRequest): CiteItem[] {
  const seen = new Set<string>();
  const documents = sources.filter((s) => !seen.has(s.id) && !!seen.add(s.id)).map(sourceItem);
  return [atlasItem(atlas), ...documents];
}

export function citationFile(format: CiteFormat, request: CiteRequest): { text: string; type: string; name: string } {
  const file = FILES[format];
  const base = citeItems(request)[0]!.id;
  return { text: file.write(citeItems(request)), type: `${file.type};charset=utf-8`, name: `${base}.${file.ext}` };
}
