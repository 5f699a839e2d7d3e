import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordTables, type Bilingual } from '../../src/i18n/bilingual';
import { INDUSTRY_LABEL, STATUS_LABEL } from '../../src/catalog/format';
import { KIND_LABEL } from '../../src/catalog/history-text';
import { GEOMETRY_CONFIDENCE, INSTITUTION_KIND_LABEL, LOCATION_CONFIDENCE, PARK_KIND_LABEL, PROJECT_KIND_LABEL } from '../../src/ui/labels';
import { COLUMN_LABEL } from '../../src/features/projects-table/table-strings';

/** Every source file that declares a word table through `words()` or `dictionary()`. */
function wordFiles(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return wordFiles(path);
    if (!/\.tsx?$/.test(name) || path === join('src', 'i18n', 'bilingual.ts') || path === join('src', 'i18n', 'dictionary.ts')) return [];
    return /\b(?:words|dictionary)\((?!table)/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function problems(name: string, table: Record<string, Bilingual>): string[] {
  return Object.entries(table).flatMap(([key, w]) => {
    const out: string[] = [];
    for (const lang of ['en', 'zh'] as const) if (typeof w[lang] !== 'string' || !w[lang].trim()) out.push(`${name}.${key}: no ${lang}`);
    if (placeholders(w.en).join() !== placeholders(w.zh).join())
      out.push(`${name}.${key}: placeholders {${placeholders(w.en)}} vs {${placeholders(w.zh)}}`);
    return out;
  });
}

describe('the interface words', () => {
  it('finds every word table in src (the scan is not empty)', async () => {
    const files = wordFiles();
    expect(files).toEqual(
      expect.arrayContaining([
        join('src', 'i18n', 'strings.ts'),
        join('src', 'map', 'map-strings.ts'),
        join('src', 'ui', 'cite-strings.ts'),
      ]),
    );
    for (const f of files) await import(/* @vite-ignore */ `../../${f}`);
    // One table per declaring file at least: a file that declares words but registers none would be missed.
    expect(wordTables().length).toBeGreaterThanOrEqual(files.length);
  });

  it('has every key in English and Chinese, with the same {placeholders} in both', async () => {
    for (const f of wordFiles()) await import(/* @vite-ignore */ `../../${f}`);
    const named: [string, Record<string, Bilingual>][] = [
      ...wordTables().map((t, i) => [`table ${i} (${Object.keys(t).slice(0, 2).join(', ')}…)`, t] as [string, Record<string, Bilingual>]),
      ['INDUSTRY_LABEL', INDUSTRY_LABEL],
      ['STATUS_LABEL', STATUS_LABEL],
      ['KIND_LABEL', KIND_LABEL],
      ['COLUMN_LABEL', COLUMN_LABEL],
      ['PROJECT_KIND_LABEL', PROJECT_KIND_LABEL],
      ['PARK_KIND_LABEL', PARK_KIND_LABEL],
      ['INSTITUTION_KIND_LABEL', INSTITUTION_KIND_LABEL],
      ['GEOMETRY_CONFIDENCE', GEOMETRY_CONFIDENCE],
      ['LOCATION_CONFIDENCE', LOCATION_CONFIDENCE],
      ['GEOMETRY_CONFIDENCE.explain', Object.fromEntries(Object.entries(GEOMETRY_CONFIDENCE).map(([k, v]) => [k, v.explain]))],
      ['LOCATION_CONFIDENCE.explain', Object.fromEntries(Object.entries(LOCATION_CONFIDENCE).map(([k, v]) => [k, v.explain]))],
    ];
    expect(named.flatMap(([name, table]) => problems(name, table))).toEqual([]);
  });

  it('reports a missing language and a placeholder that differs (the check can fail)', () => {
    expect(problems('t', { a: { en: 'Hi {name}', zh: '你好' }, b: { en: 'x', zh: ' ' } })).toEqual([
      't.a: placeholders {name} vs {}',
      't.b: no zh',
    ]);
  });
});
