import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/features/timeline/timeline';

describe('the timeline strip while the catalog loads', () => {
  it('keeps its place under the map (a track of the same height) without offering a control', () => {
    const { container } = render(<Timeline catalog={null} />);
    const strip = container.querySelector('.timeline-bar');
    expect(strip?.getAttribute('aria-hidden')).toBe('true');
    expect(strip?.querySelector('.timeline-track input[type="range"]')).not.toBeNull();
    // Nothing in it can be reached: hidden from assistive technology and out of the tab order.
    expect(screen.queryAllByRole('slider')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(strip?.querySelector('input')?.disabled).toBe(true);
  });
});
