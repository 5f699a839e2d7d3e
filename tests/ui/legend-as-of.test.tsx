import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/map/legend';

/** The map draws a project's status at the link's date (asof=): its key must say so, not "latest". */
describe('the legend under a date', () => {
  it('says the statuses are those at the end of the date, in both languages', () => {
    const { rerender } = render(<Legend catalog={null} lang="en" asOf="2019" />);
    expect(screen.getByRole('heading', { name: 'Projects by status as of the end of 2019' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /latest status/ })).toBeNull();
    rerender(<Legend catalog={null} lang="zh" asOf="2021-06" />);
    expect(screen.getByRole('heading', { name: '项目（按截至2021年6月的状态）' })).toBeTruthy();
  });
  it('says "latest status" when the atlas is read now', () => {
    render(<Legend catalog={null} lang="en" />);
    expect(screen.getByRole('heading', { name: 'Projects by latest status' })).toBeTruthy();
  });
});
