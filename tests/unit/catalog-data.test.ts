import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ParkSchema, SourcesFileSchema } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { park, sources } from '../fixtures/mini-catalog';

const files = readCatalogFiles(resolve('data'));

describe('the curated catalog in data/', () => {
  it('every dataset parses and validates', () => {
    const result = validateCatalog(files.sources, files.parks);
    expect(result.problems).toEqual([]);
    expect(result.parks.map((p) => p.id)).toEqual(
      expect.arrayContaining(['changchun-pharma-valley', 'hangzhou-biopharma-town', 'qiantang-new-area']),
    );
  });

  it('every data file references the generated JSON Schema, and that schema is current', () => {
    for (const f of files.parks) expect(JSON.parse(f.text).$schema, f.file).toBe('../schema/park.schema.json');
    expect(JSON.parse(files.sources.text).$schema).toBe('./schema/sources.schema.json');
    const current = (schema: z.ZodType) => JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'input' })));
    expect(JSON.parse(readFileSync('data/schema/park.schema.json', 'utf8')), 'run npm run schema').toEqual(current(ParkSchema));
    expect(JSON.parse(readFileSync('data/schema/sources.schema.json', 'utf8')), 'run npm run schema').toEqual(current(SourcesFileSchema));
  });
});

// Readers see a source by its title and publisher (the figure's source list), never by the number
// of its file in ../shared/sources/: "source 000" in a summary is a reference nobody can follow.
describe('reader-facing text in data/', () => {
  const strings = (value: unknown, path: string): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Array.isArray(value)
        ? value.flatMap((item, i) => strings(item, `${path}[${i}]`))
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, item]) => (key === 'file' ? [] : strings(item, `${path}.${key}`)))
          : [];

  it('names a source instead of citing its file number', () => {
    const texts = [files.sources, ...files.parks, { file: 'redirects.json', text: readFileSync('data/redirects.json', 'utf8') }];
    const numbered = texts.flatMap((f) =>
      strings(JSON.parse(f.text), '$')
        .filter(([, text]) => /\bsources? \d{3}\b/i.test(text))
        .map(([path, text]) => `${f.file} ${path}: ${text.slice(0, 60)}`),
    );
    expect(numbered).toEqual([]);
  });
});

describe('npm run validate', () => {
  const script = resolve('scripts/validate-data.ts');
  const tsx = resolve('node_modules/.bin/tsx');

  it('exits 0 on the real catalog', () => {
    expect(execFileSync(tsx, [script], { encoding: 'utf8' })).toMatch(/catalog valid/);
  });

  it('exits non-zero and prints every problem as file, JSON path and message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    mkdirSync(join(dir, 'parks'));
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
    const bad = park('bad-park');
    bad.projects[0]!.zoneId = 'nowhere';
    writeFileSync(join(dir, 'parks', 'bad-park.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'parks', 'broken.json'), '{ "id": ');
    writeFileSync(join(dir, 'parks', 'good-park.json'), JSON.stringify(park('good-park')));
    const run = spawnSync(tsx, [script, dir], { encoding: 'utf8', cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('parks/bad-park.json $.projects[0].zoneId: zone "nowhere" is not a zone of bad-park');
    expect(run.stderr).toMatch(/parks\/broken\.json \$: not valid JSON/);
    expect(run.stderr).toContain('2 problem(s) in the catalog; 1 of 3 park file(s) are valid.');
  });
});
