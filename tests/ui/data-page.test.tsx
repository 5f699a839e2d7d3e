import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPage } from '../../src/features/data-page/data-page';
import { renderAt, text } from './render';

const pkg = {
  version: 'abc',
  created: '2026-11-30T10:00:00.000Z',
  licenses: [
    { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' },
  ],
  resources: [
    {
      name: 'parks',
      path: 'parks.csv',
      format: 'csv',
      bytes: 30_342,
      description: 'One row per park.',
      schema: {
        fields: [
          { name: 'id', type: 'string', description: 'park id' },
          { name: 'lon', type: 'number' },
        ],
      },
    },
    { name: 'catalog', path: 'catalog.geojson', format: 'geojson', bytes: 900 },
  ],
};
const serve = (body: unknown, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Data page', () => {
  it('lists each file from datapackage.json as a download, with its size, columns, the licence and the build date', async () => {
    serve(pkg);
    renderAt('?view=data', () => <DataPage />);
    const parks = await screen.findByRole('link', { name: 'parks.csv' });
    expect(parks.getAttribute('href')).toBe('downloads/parks.csv');
    expect(parks.hasAttribute('download')).toBe(true);
    expect(text(parks.closest('li'))).toMatch(/^parks\.csv · CSV · 30 KB\s*One row per park\.\s*2 columns/);
    expect(screen.getByRole('link', { name: 'catalog.geojson' }).getAttribute('href')).toBe('downloads/catalog.geojson');
    expect(screen.getByRole('link', { name: 'datapackage.json' })).toBeTruthy();
    expect(text(within(parks.closest('li')!).getByRole('group'))).toContain('id string');
    expect(text(document.body)).toContain('Built 2026-11-30 · catalog version abc');
    expect(text(document.body)).toContain('Creative Commons Attribution 4.0 International (CC-BY-4.0)');
    expect(screen.getByRole('link', { name: 'https://creativecommons.org/licenses/by/4.0/' })).toBeTruthy();
    expect(vi.mocked(fetch)).toHaveBeenCalledWith('downloads/datapackage.json');
  });

  it("says which file is wrong when the package cannot be read, in the reader's language", async () => {
    serve({ version: 'abc' });
    const { unmount } = renderAt('?view=data&lang=zh', () => <DataPage />);
    expect(text(await screen.findByRole('alert'))).toMatch(/^无法加载文件列表（downloads\/datapackage\.json: created /);
    unmount();
    serve({}, 404);
    renderAt('?view=data', () => <DataPage />);
    expect(text(await screen.findByRole('alert'))).toBe('The list of files could not be loaded (downloads/datapackage.json: HTTP 404).');
  });
});
