import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCatalogStore } from '../../src/store/catalog-store';
import { renderAt, text } from './render';

describe('while the catalog is still streaming in', () => {
  it('says "loading" for an id it has not seen yet, and "not found" only once everything is in', () => {
    renderAt('?project=alvotech-jw');
    act(() => useCatalogStore.setState({ status: 'partial' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(text(screen.getByRole('status'))).toMatch(/Loading/);
    act(() => useCatalogStore.setState({ status: 'ready' }));
    expect(text(screen.getByRole('alert'))).toContain('There is no project with the id “alvotech-jw”.');
  });
});
