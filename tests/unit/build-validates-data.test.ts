import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { atlasData } from '../../scripts/vite-plugin-atlas-data';

/** A bare Vite project whose only plugin is the atlas's data plugin, over a copy of the real catalog. */
const work = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function project(name: string, corrupt?: (park: Record<string, unknown>) => void): { root: string; data: string } {
  const root = join(work, name);
  const data = join(root, 'data');
  mkdirSync(join(data, 'parks'), { recursive: true });
  cpSync('data/sources.json', join(data, 'sources.json'));
  const park = JSON.parse(readFileSync('data/parks/qiantang-new-area.json', 'utf8')) as Record<string, unknown>;
  corrupt?.(park);
  writeFileSync(join(data, 'parks', 'qiantang-new-area.json'), JSON.stringify(park));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), 'export {};');
  return { root, data };
}

const viteBuild = ({ root, data }: { root: string; data: string }) =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [atlasData(data)],
    build: { write: false, outDir: join(root, 'dist') },
  });

describe('npx vite build validates the catalog itself (scripts/vite-plugin-atlas-data.ts)', () => {
  it('builds a valid catalog', async () => {
    await expect(viteBuild(project('good'))).resolves.toBeDefined();
  }, 30_000);

  it('fails on a corrupted data file, naming the file and the JSON path', async () => {
    const failed = viteBuild(
      project('bad', (park) => {
        park.name = 5;
      }),
    );
    await expect(failed).rejects.toThrow(/parks\/qiantang-new-area\.json \$\.name: /);
  }, 30_000);
});
