import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/app/notices';
import { buildCatalog } from '../../src/catalog/catalog';
import { useCatalogStore } from '../../src/store/catalog-store';
import { parseUrl } from '../../src/url/codec';
import { useUrlStore } from '../../src/url/url-store';

describe('Notices', () => {
  beforeEach(() => {
    useCatalogStore.setState({ status: 'loading', catalog: null });
    useUrlStore.setState({ state: {}, problems: [] });
  });

  it('renders nothing while the catalog is still loading (and does not loop React)', () => {
    const { container } = render(<Notices />);
    expect(container.textContent).toBe('');
  });

  it('names a broken dataset with its file and JSON path', () => {
    const problems = [{ file: 'data/parks/broken.json', path: '$.zones[0].area', message: 'Invalid input' }];
    useCatalogStore.setState({ status: 'ready', catalog: buildCatalog([], [], problems) });
    render(<Notices />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('data/parks/broken.json');
    expect(alert.textContent).toContain('$.zones[0].area: Invalid input');
  });

  it('says which part of a link could not be used', () => {
    useUrlStore.setState({ state: {}, problems: [{ param: 'zone', value: '<script>', message: '"zone" is not a valid id' }] });
    render(<Notices />);
    expect(screen.getByRole('status').textContent).toContain('"zone" is not a valid id');
  });

  it('caps the link notice like the dataset notice (a link with 8,000 unknown parameters)', () => {
    const search = Array.from({ length: 8000 }, (_, i) => `p${i}=x`).join('&');
    useUrlStore.setState(parseUrl(`?${search}`));
    render(<Notices />);
    const notice = screen.getByRole('status');
    expect(notice.querySelectorAll('li')).toHaveLength(20);
    expect(notice.textContent).toContain('…and 7980 more.');
    expect(notice.textContent!.length).toBeLessThan(2000);
  });

  const manyProblems = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ file: `data/parks/p${i}.json`, path: '$.name', message: 'Invalid input' }));
  const linkProblems = (n: number) => Array.from({ length: n }, (_, i) => ({ param: `p${i}`, value: 'x', message: `unknown "p${i}"` }));

  it('says how many more dataset problems there are and which command lists them all', () => {
    useCatalogStore.setState({ status: 'ready', catalog: buildCatalog([], [], manyProblems(25)) });
    render(<Notices />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('…and 5 more (run npm run validate).');
    expect(alert.querySelector('p > code')?.textContent).toBe('npm run validate');
  });

  it('speaks Chinese in both notices when the reader chose it (the command stays code)', () => {
    useCatalogStore.setState({ status: 'ready', catalog: buildCatalog([], [], manyProblems(25)) });
    useUrlStore.setState({ state: { lang: 'zh' }, problems: linkProblems(23) });
    render(<Notices />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('……另有 5 个问题（运行 npm run validate 查看全部）。');
    expect(alert.querySelector('p > code')?.textContent).toBe('npm run validate');
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('……另有 3 项。');
    expect(screen.getByRole('status').textContent).not.toContain('more');
  });
});
