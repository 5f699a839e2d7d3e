import { dateParts, type CiteItem } from './cite-item';

/**
 * CSL-JSON (citeproc, pandoc, Zotero): an array of items with the CSL variable names — `type`
 * ("webpage", "dataset"), `title`, `publisher`, `issued` and `accessed` as `date-parts`, or
 * `{ literal: "n.d." }` for an undated document, `URL`, `language`, `version`.
 */
export type CslDate = { 'date-parts': number[][] } | { literal: string };
export type CslItem = {
  id: string;
  type: 'webpage' | 'dataset';
  title: string;
  author: { literal: string }[];
  publisher: string;
  issued: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  version?: string;
  note?: string;
};

const cslDate = (date: string): CslDate => ({ 'date-parts': [dateParts(date)] });

export function cslItem(item: CiteItem): CslItem {
  const note = [item.inferred && `The atlas infers ${item.inferred}`, item.note].filter(Boolean).join('. ');
  return {
    id: item.id,
    type: item.type === 'dataset' ? 'dataset' : 'webpage',
    title: item.title,
    author: [{ literal: item.publisher }],
    publisher: item.publisher,
    issued: item.date ? cslDate(item.date) : { literal: 'n.d.' },
    ...(item.accessed ? { accessed: cslDate(item.accessed) } : {}),
    ...(item.url ? { URL: item.url } : {}),
    ...(item.language ? { language: item.language } : {}),
    ...(item.version ? { version: item.version } : {}),
    ...(note ? { note } : {}),
  };
}

/** Pretty-printed UTF-8 JSON: Chinese stays as characters, never \u escapes. */
export const toCslJson = (items: readonly CiteItem[]): string => `${JSON.stringify(items.map(cslItem), null, 2)}\n`;
