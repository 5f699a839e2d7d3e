import { describe, expect, it } from 'vitest';
import { checkPrintedFigure } from '../../src/catalog/printed-form';

// Printed forms met while curating the coverage parks (China.org.cn on Nanjing's biopharma revenue).
describe('printed qualifiers in the coverage sources', () => {
  const value = { value: 200e9, unit: 'CNY' as const, magnitude: 'billion' as const };
  it('reads "surpassing" as more than, so the stored qualifier must be there', () => {
    expect(checkPrintedFigure('surpassing 200 billion yuan', { ...value, qualifier: 'more-than' }, 'en')).toEqual([]);
    expect(checkPrintedFigure('surpassed 200 billion yuan', { ...value, qualifier: 'more-than' }, 'en')).toEqual([]);
    expect(checkPrintedFigure('surpassing 200 billion yuan', value, 'en').map((m) => m.kind)).toEqual(['qualifier']);
    expect(checkPrintedFigure('surpassing 200 billion yuan', { ...value, qualifier: 'about' }, 'en').map((m) => m.kind)).toEqual([
      'qualifier',
    ]);
  });
});
