import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/catalog/schema';
import { bibtexEntry, escapeBibtex, toBibtex } from '../../src/cite/bibtex';
import { citationFile, citeItems } from '../../src/cite/cite-formats';
import { atlasItem, sourceItem } from '../../src/cite/cite-item';
import { cslItem, toCslJson } from '../../src/cite/csl-json';
import { risRecord, toRis } from '../../src/cite/ris';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { parseSources } from '../../src/catalog/validate';

const dated: Source = {
  id: 'src-001-ccfao-valley-plan',
  kind: 'commissioning-document',
  date: '2023-01-18',
  title: 'The Industry Plan of "Changchun Pharmaceutical Valley" Is Released: 100% {new} R&D_50 #1 $2 ~ ^ \\x',
  publisher: 'CCFAO',
  url: 'https://example.cn/a_b%20c?x=1&y=2',
};
const chinese: Source = {
  id: 'src-zh',
  kind: 'located-fact',
  date: '2022-07',
  title: '长春医药健康产业 “一港一镇一园”\n建设加速',
  publisher: '长春新区管委会',
  url: 'https://example.cn/zh',
};
const undated: Source = {
  id: 'src-000-ccna-pharma-valley',
  kind: 'commissioning-document',
  file: '000_6b903cc56d105f8f.txt',
  title: 'Gigantic pharma valley of Changchun is flourishing',
  publisher: 'Changchun New Area news room',
  dateInferred: { date: '2022', reason: 'restart after Covid-19' },
};
const atlas = atlasItem({
  subject: 'Changchun Pharmaceutical Valley',
  link: 'http://127.0.0.1/?park=changchun-pharma-valley',
  version: 'abc123',
  built: '2026-11-30',
  accessed: '2026-12-01',
  key: 'changchun-pharma-valley',
});

describe('BibTeX', () => {
  it('escapes the characters TeX treats as special, so a title reads as printed', () => {
    expect(escapeBibtex('{a} 50% R&D #1 a_b $2')).toBe('\\{a\\} 50\\% R\\&D \\#1 a\\_b \\$2');
    expect(escapeBibtex('a\\b ~ ^')).toBe('a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}');
    const entry = bibtexEntry(sourceItem(dated));
    expect(entry).toContain(
      'title = {{The Industry Plan of "Changchun Pharmaceutical Valley" Is Released: 100\\% \\{new\\} R\\&D\\_50 \\#1 \\$2',
    );
    // Braces stay balanced whatever the title holds.
    const depth = [...entry.replace(/\\[{}]/g, '')].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
    // The address is verbatim (biblatex and \url read it so): escaping would change it.
    expect(entry).toContain('url = {https://example.cn/a_b%20c?x=1&y=2}');
    expect(entry).toMatch(/^@misc\{src-001-ccfao-valley-plan,\n/);
    expect(entry).toContain('year = {2023}');
    expect(entry).toContain('month = jan');
    expect(entry).toContain('date = {2023-01-18}');
    expect(entry).toContain('author = {{CCFAO}}');
  });

  it('keeps a Chinese title in UTF-8 with its language, and a line break as a space', () => {
    const entry = bibtexEntry(sourceItem(chinese));
    expect(entry).toContain('title = {{长春医药健康产业 “一港一镇一园” 建设加速}}');
    expect(entry).toContain('langid = {chinese}');
    expect(entry).toContain('language = {zh}');
  });

  it('writes an undated document as n.d., with the inferred year only as a note', () => {
    const entry = bibtexEntry(sourceItem(undated));
    expect(entry).not.toMatch(/year =|date =/);
    expect(entry).toContain('note = {n.d.; the atlas infers 2022. Local copy: 000\\_6b903cc56d105f8f.txt}');
  });

  it('cites the atlas as a dataset with its version, build date, view address and access date', () => {
    const entry = toBibtex([atlas]);
    expect(entry).toContain('@misc{pharma-parks-atlas-changchun-pharma-valley,');
    expect(entry).toContain('title = {{Pharma Parks Atlas: Changchun Pharmaceutical Valley}}');
    expect(entry).toContain('version = {abc123}');
    expect(entry).toContain('date = {2026-11-30}');
    expect(entry).toContain('urldate = {2026-12-01}');
    expect(entry).toContain('url = {http://127.0.0.1/?park=changchun-pharma-valley}');
    expect(entry).toContain('note = {Dataset}');
  });
});

describe('RIS', () => {
  it('follows the line rules: TY first, ER last, "XX  - " tags, one CRLF-ended line each', () => {
    const text = risRecord(sourceItem(chinese));
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe(''); // the record ends with a line end
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines).toContain('TI  - 长春医药健康产业 “一港一镇一园” 建设加速');
    expect(lines).toContain('LA  - zh');
    expect(lines).toContain('PY  - 2022');
    expect(lines).toContain('DA  - 2022/07//');
  });

  it('writes an undated document with no year, and the atlas as a dataset with its access date', () => {
    const text = toRis([sourceItem(undated), atlas]);
    const records = text.split('\r\n\r\n');
    expect(records).toHaveLength(2);
    expect(records[0]).not.toMatch(/^PY {2}- /m);
    expect(records[0]).toMatch(/^N1 {2}- n\.d\.; the atlas infers 2022\r$/m);
    expect(records[1]).toMatch(/^TY {2}- DATA\r\n/);
    expect(records[1]).toContain('Y2  - 2026/12/01/');
    expect(records[1]).toContain('ET  - abc123');
  });
});

describe('CSL-JSON', () => {
  it('uses the CSL variable names, date-parts for dates and a literal for an undated document', () => {
    expect(cslItem(sourceItem(dated))).toMatchObject({
      id: 'src-001-ccfao-valley-plan',
      type: 'webpage',
      publisher: 'CCFAO',
      issued: { 'date-parts': [[2023, 1, 18]] },
      URL: 'https://example.cn/a_b%20c?x=1&y=2',
      language: 'en',
    });
    expect(cslItem(sourceItem(undated))).toMatchObject({
      issued: { literal: 'n.d.' },
      note: 'The atlas infers 2022. Local copy: 000_6b903cc56d105f8f.txt',
    });
    expect(cslItem(sourceItem(undated))).not.toHaveProperty('URL');
    expect(cslItem(atlas)).toMatchObject({
      type: 'dataset',
      version: 'abc123',
      issued: { 'date-parts': [[2026, 11, 30]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
    });
    expect(cslItem(sourceItem(chinese)).issued).toEqual({ 'date-parts': [[2022, 7]] });
  });

  it('is JSON with Chinese as characters', () => {
    const text = toCslJson([sourceItem(chinese)]);
    expect(text).toContain('"title": "长春医药健康产业 “一港一镇一园”\\n建设加速"');
    expect(JSON.parse(text)[0].language).toBe('zh');
  });
});

describe('citation files', () => {
  it('cite the view as a dataset first, then each source once', () => {
    const items = citeItems({ sources: [dated, undated, dated], atlas: { link: 'http://x/', accessed: '2026-12-01' } });
    expect(items.map((i) => i.id)).toEqual(['pharma-parks-atlas', 'src-001-ccfao-valley-plan', 'src-000-ccna-pharma-valley']);
    const file = citationFile('bibtex', { sources: [dated], atlas: { link: 'http://x/', accessed: '2026-12-01', key: 'p' } });
    expect(file.name).toBe('pharma-parks-atlas-p.bib');
    expect(file.type).toBe('application/x-bibtex;charset=utf-8');
    expect(citationFile('ris', { sources: [], atlas: { link: 'http://x/', accessed: '2026-12-01' } }).name).toBe('pharma-parks-atlas.ris');
  });

  it('format every source in the catalog: balanced BibTeX, well-formed RIS, parseable CSL-JSON', () => {
    const { sources } = parseSources(readCatalogFiles('data').sources);
    const items = sources.map(sourceItem);
    for (const item of items) {
      const bib = bibtexEntry(item).replace(/\\[{}]/g, '');
      expect([...bib].filter((c) => c === '{').length, item.id).toBe([...bib].filter((c) => c === '}').length);
      for (const line of risRecord(item).split('\r\n').slice(0, -2)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S/);
    }
    expect(JSON.parse(toCslJson(items))).toHaveLength(sources.length);
  });
});
