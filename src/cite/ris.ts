import type { CiteItem } from './cite-item';

/**
 * RIS (EndNote, Zotero, Mendeley): one tag per line, "TY  - " first and "ER  - " last, each tag
 * two capitals, two spaces, a hyphen and a space. Values never break a line; lines end in CRLF
 * (the format's origin and EndNote's default; Zotero reads either) in every line alike.
 */
const EOL = '\r\n';

/** One line's value: line breaks and tabs as spaces, so a value can never start a false tag. */
const value = (text: string) => text.replace(/\s*[\r\n\t]+\s*/g, ' ').trim();

/** RIS dates are YYYY/MM/DD/ with empty parts for what is unknown ("2022///"). */
const risDate = (date: string) => {
  const [y, m = '', d = ''] = date.split('-');
  return `${y}/${m}/${d}/`;
};

function tags(item: CiteItem): [string, string | undefined][] {
  return [
    // ELEC: a web page; DATA: a dataset.
    ['TY', item.type === 'dataset' ? 'DATA' : 'ELEC'],
    ['ID', item.id],
    ['TI', item.title],
    ['AU', item.publisher],
    ['PB', item.publisher],
    ['PY', item.date?.slice(0, 4)],
    ['DA', item.date && risDate(item.date)],
    ['ET', item.version],
    ['UR', item.url],
    // Y2: the access date, as EndNote and Zotero read it for web pages.
    ['Y2', item.accessed && risDate(item.accessed)],
    ['LA', item.language],
    ['N1', !item.date ? `n.d.${item.inferred ? `; the atlas infers ${item.inferred}` : ''}` : undefined],
    ['N1', item.note],
  ];
}

export function risRecord(item: CiteItem): string {
  const lines = tags(item)
    .filter((t): t is [string, string] => !!t[1] && !!value(t[1]))
    .map(([tag, v]) => `${tag}  - ${value(v)}`);
  return [...lines, 'ER  - '].join(EOL) + EOL;
}

/** Records separated by a blank line, as EndNote writes them. */
export const toRis = (items: readonly CiteItem[]): string => items.map(risRecord).join(EOL);
