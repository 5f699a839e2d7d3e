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
});
