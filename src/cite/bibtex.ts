import type { CiteItem } from './cite-item';

/**
 * BibTeX for Zotero, Mendeley, JabRef and pandoc (biblatex fields classic BibTeX ignores: `date`,
 * `urldate`, `langid`). Entries are `@misc` (every style knows it), the publisher also as a
 * corporate author in double braces so it is never split into first and last names.
 */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A field's text as TeX reads it literally: the ten special characters escaped, line breaks as spaces. Other Unicode (Chinese) stays as is: biber and bibtex8 read UTF-8. */
export const escapeBibtex = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\{}%&#_$~^]/g, (c) => SPECIAL[c]!);

/**
 * A URL is read verbatim by biblatex and by `\url`: escaping `%` or `_` there would change the
 * address. Only braces (which would unbalance the entry) and whitespace are encoded, as a URL allows.
 */
const urlField = (url: string) => url.replace(/[{}\s]/g, (c) => encodeURIComponent(c));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function fields(item: CiteItem): [string, string][] {
  const [year, month] = item.date?.split('-') ?? [];
  const notes = [
    item.type === 'dataset' ? 'Dataset' : undefined,
    !item.date ? `n.d.${item.inferred ? `; the atlas infers ${item.inferred}` : ''}` : undefined,
    item.note,
  ]
    .filter(Boolean)
    .join('. ');
  const out: [string, string | undefined][] = [
    ['title', `{${escapeBibtex(item.title)}}`],
    ['author', `{${escapeBibtex(item.publisher)}}`],
    ['publisher', escapeBibtex(item.publisher)],
    ['year', year],
    // A macro name, not braced: styles print it in their own language.
    ['month', month ? MONTHS[Number(month) - 1] : undefined],
    ['date', item.date],
    ['version', item.version && escapeBibtex(item.version)],
    ['url', item.url && urlField(item.url)],
    ['urldate', item.accessed],
    ['langid', item.language === 'zh' ? 'chinese' : item.language === 'en' ? 'english' : item.language],
    ['language', item.language],
    ['note', notes ? escapeBibtex(notes) : undefined],
  ];
  return out.filter((f): f is [string, string] => !!f[1]);
}

export function bibtexEntry(item: CiteItem): string {
  const body = fields(item).map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
  return `@misc{${item.id},\n${body.join(',\n')}\n}\n`;
}

export const toBibtex = (items: readonly CiteItem[]): string => items.map(bibtexEntry).join('\n');
