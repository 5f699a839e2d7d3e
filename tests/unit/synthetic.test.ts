import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../src/catalog/validate';
import { syntheticCatalog } from '../../scripts/generate-synthetic';

describe('synthetic catalog generator', () => {
  it('produces a catalog the validator accepts, with the requested size', () => {
    const { sources, parks } = syntheticCatalog({ parks: 20, projectsPerPark: 5 });
    const result = validateCatalog(
      { file: 'sources.json', text: JSON.stringify(sources) },
      parks.map((p) => ({ file: `parks/${p.id}.json`, text: JSON.stringify(p) })),
    );
    expect(result.problems).toEqual([]);
    expect(result.parks).toHaveLength(20);
    expect(result.parks.flatMap((p) => p.projects)).toHaveLength(100);
  });
});
