import type { Source } from '../catalog/schema';

/**
 * One thing a reader cites, in the terms the three formats share: a source document (a web page
 * or a local copy of one) or the atlas itself as a dataset. Built from the catalog by
 * `sourceItem` / `atlasItem`; the formatters (bibtex.ts, ris.ts, csl-json.ts) only write it out.
 */
export type CiteItem = {
  /** A key unique within one export, from the catalog id: BibTeX keys and CSL ids. */
  id: string;
  type: 'document' | 'dataset';
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as the document prints it; absent when undated ("n.d."). */
  date?: string;
  /** For an undated document: the year we infer and why; never written as its date. */
  inferred?: string;
  url?: string;
  /** YYYY-MM-DD: when the address was read (for the atlas: the day the reader cites it). */
  accessed?: string;
  /** BCP 47 language of the title ("zh", "en"). */
  language?: string;
  /** The atlas's catalog version. */
  version?: string;
  note?: string;
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * The catalog does not record a document's language, so it is read from the title's script: a
 * title with Han characters is Chinese, any other is English (every non-Chinese source in
 * data/sources.json is English). Chinese titles are kept exactly as printed.
 */
export const titleLanguage = (title: string): string => (HAN.test(title) ? 'zh' : 'en');

const keyPart = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-');

/** A source document as cited: only what the catalog holds (no access date is recorded for sources). */
export function sourceItem(source: Source): CiteItem {
  const url = source.url && /^https?:\/\//.test(source.url) ? source.url : undefined;
  return {
    id: keyPart(source.id),
    type: 'document',
    title: source.title,
    publisher: source.publisher,
    date: source.date,
    inferred: !source.date && source.dateInferred ? source.dateInferred.date : undefined,
    url,
    language: titleLanguage(source.title),
    note: !url && source.file ? `Local copy: ${source.file}` : undefined,
  };
}

export type AtlasMeta = {
  /** What the cited view shows ("Changchun Pharmaceutical Valley"); absent for the whole atlas. */
  subject?: string;
  /** The cited view's address (a citation link: target and language only). */
  link: string;
  /** The catalog's version (index.html's `atlas-data` meta). */
  version?: string;
  /** YYYY-MM-DD the build was made (index.html's `atlas-built` meta). */
  built?: string;
  /** YYYY-MM-DD the reader cites it. */
  accessed: string;
  /** The subject's key in the catalog, for the citation's key. */
  key?: string;
};

/** The atlas as a dataset: its title (and the view's subject), version, build date, view address, access date. */
export function atlasItem(meta: AtlasMeta): CiteItem {
  return {
    id: `pharma-parks-atlas${meta.key ? `-${keyPart(meta.key)}` : ''}`,
    type: 'dataset',
    title: meta.subject ? `Pharma Parks Atlas: ${meta.subject}` : 'Pharma Parks Atlas',
    publisher: 'Pharma Parks Atlas',
    date: meta.built,
    url: meta.link,
    accessed: meta.accessed,
    language: meta.subject ? titleLanguage(meta.subject) : 'en',
    version: meta.version,
  };
}

/** [year, month?, day?] of a partial date, as numbers. */
export const dateParts = (date: string): number[] => date.split('-').map(Number);
