import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUiStore } from '../../src/store/ui-store';
import { FigureView } from '../../src/ui/figure-view';
import { IndustryTags } from '../../src/ui/industry-tags';
import { renderAt, text } from './render';

describe('links light the map', () => {
  it('pointing at or focusing a zone link sets the map hover, leaving clears it', () => {
    renderAt('?park=changchun-pharma-valley');
    const link = screen.getByRole('link', { name: 'Future Medical Port' });
    fireEvent.pointerEnter(link);
    expect(useUiStore.getState().hover).toEqual({ kind: 'zone', id: 'changchun-pharma-valley/future-medical-port' });
    fireEvent.pointerLeave(link);
    expect(useUiStore.getState().hover).toBeNull();
    fireEvent.focus(screen.getByRole('link', { name: 'Incubator building' }));
    expect(useUiStore.getState().hover).toEqual({ kind: 'project', id: 'no-amount' });
  });

  it('clears the highlight when the hovered link goes away', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley');
    await user.hover(screen.getByRole('link', { name: 'Changchun New Area' }));
    expect(useUiStore.getState().hover).toEqual({ kind: 'park', id: 'changchun-new-area' });
    await user.click(screen.getByRole('link', { name: 'Changchun New Area' }));
    expect(useUiStore.getState().hover).toBeNull();
  });
});

describe('compare link', () => {
  it('opens the compare view with the park and its parent', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley&lang=zh');
    await user.click(screen.getByRole('link', { name: '与长春新区对比' }));
    expect(window.location.search).toBe('?compare=changchun-pharma-valley,changchun-new-area&lang=zh');
  });
});

describe('shared pieces for the compare view', () => {
  it('FigureView can hide notes without hiding scopes', () => {
    renderAt('', (c) => (
      <FigureView
        figure={c.parkById.get('changchun-pharma-valley')!.keyFigures[0]!.figure}
        sources={c.sources}
        label="Companies"
        notes={false}
      />
    ));
    expect(text(document.body)).toContain('biopharma firms');
  });

  it('IndustryTags marks some tags in words', () => {
    renderAt('', () => <IndustryTags industries={['biopharma', 'vaccines']} label="Focus" marked={['vaccines']} markLabel="shared" />);
    expect(screen.getAllByRole('listitem').map((li) => text(li))).toEqual(['Biopharma', '✓ Vaccines · shared']);
  });
});
