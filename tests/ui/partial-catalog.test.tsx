import { screen } from '@testing-library/react';
import { SidePanel } from '../../src/app/side-panel';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { fixtureParks, fixtureSources } from './fixture-catalog';
import { goTo, renderAt, text } from './render';

describe('while parks are still loading', () => {
  const all = buildCatalog(fixtureParks, fixtureSources);
  const valley = fixtureParks.find((p) => p.projects.some((x) => x.id === 'alvotech-jv'))!;
  // The index lists every park; the valley's file has not arrived yet.
  const partial = buildCatalog(
    fixtureParks.filter((p) => p !== valley),
    fixtureSources,
    [],
    all.index,
  );

  it('says "loading" for a project the index lists, then shows it when its park arrives', () => {
    const { rerender } = renderAt('?project=alvotech-jv', undefined, partial);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(text(screen.getByRole('status'))).toBe('Loading Alvotech-CCHN joint venture plant…');
    rerender(<SidePanel catalog={all} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Alvotech/);
  });

  it("names what was chosen as the panel's heading at once, while its park's file is still on its way", () => {
    renderAt('?park=' + valley.id, undefined, partial);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.id).toBe('panel-heading');
    expect(text(heading)).toBe(`${valley.name.en} ${valley.name.zh ?? ''}`.trim());
    expect(text(screen.getByRole('status'))).toBe(`Loading ${valley.name.en}…`);
    expect(heading.closest('article')?.getAttribute('aria-busy')).toBe('true');
  });

  it("keeps focus on the heading when the loaded panel takes the loading one's place", () => {
    const { rerender } = renderAt('', undefined, partial);
    goTo('?park=' + valley.id);
    expect(document.activeElement?.id).toBe('panel-heading');
    rerender(<SidePanel catalog={all} />);
    expect(document.activeElement?.id).toBe('panel-heading');
    expect(document.activeElement?.closest('article')?.getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByRole('status', { name: /Loading/ })).toBeNull();
  });

  it('says "not found" at once for an id the index does not list', () => {
    renderAt('?project=alvotech-jw', undefined, partial);
    expect(text(screen.getByRole('alert'))).toContain('There is no project with the id “alvotech-jw”.');
  });

  it('says why when the park file could not be used', () => {
    renderAt('?park=' + valley.id, undefined, buildCatalog(partial.parks, fixtureSources, [], all.index, new Set([valley.id])));
    expect(text(screen.getByRole('alert'))).toContain('could not be loaded');
  });
});
