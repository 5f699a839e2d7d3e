import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coverageCatalog } from '../fixtures/coverage-catalog';
import { renderAt, text } from './render';

describe('panels of a park or zone whose boundary nobody publishes', () => {
  it('the park says "Boundary not published", the ring’s radius, and the boundary as printed', () => {
    renderAt('?park=guangzhou-bio-island', undefined, coverageCatalog());
    const section = screen.getByRole('region', { name: 'Boundary' });
    expect(text(section)).toContain('Boundary not published.');
    expect(text(section)).toContain('within about 1.5 km of the point');
    expect(text(section)).toContain('Boundary as the sources print it: An island in the Pearl River, bounded by the river on every side.');
    expect(screen.queryByText(/How the boundary was drawn/)).toBeNull();
  });

  it('in Chinese too', () => {
    renderAt('?park=guangzhou-bio-island&lang=zh', undefined, coverageCatalog());
    expect(text(screen.getByRole('region', { name: '边界' }))).toContain('边界未公布');
  });

  it('the zone says so in place of how its outline was drawn, and has no drawn area', () => {
    renderAt('?park=guangzhou-bio-island&zone=south-block', undefined, coverageCatalog());
    expect(screen.getByRole('heading', { level: 2, name: /South Block/ })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Boundary' });
    expect(text(section)).toContain('Boundary not published.');
    expect(text(section)).toContain('within about 600 m');
    expect(screen.queryByText('Area of the drawn outline')).toBeNull();
  });

  it('a park with a drawn boundary says nothing of the kind', () => {
    renderAt('?park=changchun-pharma-valley');
    expect(screen.queryByText(/Boundary not published/)).toBeNull();
  });
});
