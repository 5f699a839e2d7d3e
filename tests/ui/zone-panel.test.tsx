import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt, text } from './render';

const at = (zone: string) => `?park=changchun-pharma-valley&zone=${zone}`;

describe('zone panel', () => {
  it('shows the stated area, and the drawn area labelled as ours', () => {
    renderAt(at('future-medical-port'));
    expect(screen.getByRole('heading', { level: 2, name: 'Future Medical Port' })).toBeTruthy();
    const stated = screen.getByText('Stated area').closest('.fact');
    expect(text(stated)).toContain('5.4 km² (2022, inferred)');
    const drawn = screen.getByText('Area of the drawn outline').closest('.fact');
    expect(text(drawn)).toMatch(/about 5\.\d km²/);
    expect(text(drawn)).toContain('computed from the polygon on the map, not a source figure');
  });

  it('lists focus industries, facilities and its own projects with totals', () => {
    renderAt(at('future-medical-port'));
    expect(
      within(screen.getByRole('list', { name: 'Focus industries' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vaccines', 'Biopharma']);
    expect(text(screen.getByRole('region', { name: 'Facilities planned' }))).toContain('Incubator');
    const projects = screen.getByRole('region', { name: 'Projects' });
    expect(text(projects)).toContain('2 projects · tracked investment ¥2.3 bn–¥3 bn + US$200 M');
    expect(within(projects).getAllByRole('rowheader')).toHaveLength(2);
  });

  it('says in plain words how the boundary was drawn', () => {
    renderAt(at('future-medical-port'));
    expect(text(screen.getByRole('region', { name: 'How the boundary was drawn' }))).toContain(
      "Approximate: drawn by us from the source's description (south-west part of the valley), sized to the stated area. Not a surveyed boundary.",
    );
  });

  it('links back to its park', async () => {
    const { user } = renderAt(at('future-medical-port'));
    await user.click(screen.getByRole('link', { name: 'Changchun Pharmaceutical Valley' }));
    expect(window.location.search).toBe('?park=changchun-pharma-valley');
  });
});

describe('conflicting values', () => {
  it('puts disagreeing areas side by side, each with its own year and source, under "Sources disagree"', () => {
    renderAt(at('green-smart-chemical-park'));
    const stated = screen.getByText('Stated area').closest('.fact')!;
    expect(text(stated)).toContain('Sources disagree');
    const values = within(stated as HTMLElement).getAllByRole('listitem');
    expect(values.map((li) => text(li).replace(/ Source$/, ''))).toEqual(['8 km² (2022)', '9 km² (2023)']);
    expect(within(values[0]!).getByRole('button', { name: 'Source for Stated area: 8 km² (2022)' })).toBeTruthy();
    expect(within(values[1]!).getByRole('button', { name: 'Source for Stated area: 9 km² (2023)' })).toBeTruthy();
  });

  it('shows disagreeing outputs (50 bn vs 30 bn) both, never one picked', () => {
    renderAt('?park=hangzhou-biopharma-town');
    const output = screen.getByText('Output').closest('.fact')!;
    expect(text(output)).toContain('Sources disagree');
    expect(text(output)).toContain('¥50 bn (2020)');
    expect(text(output)).toContain('¥30 bn (2019)');
  });
});
