import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import type { Park, Project } from '../../src/catalog/schema';
import { buildSearchIndex, normalise, searchIndexFor } from '../../src/catalog/search-index';
import { park } from '../fixtures/mini-catalog';
import { fixtureCatalog } from '../ui/fixture-catalog';

const index = buildSearchIndex(fixtureCatalog());
const keys = (q: string) => index.search(q).map((h) => h.target.key);

describe('search index', () => {
  it('normalises case, diacritics, punctuation and full-width letters', () => {
    expect(normalise('  Alvotech-CCHN  Jöint ')).toBe('alvotech cchn joint');
    expect(normalise('ＧｅｎｅＳｃｉｅｎｃｅ')).toBe('genescience');
    expect(normalise('长春药谷')).toBe('长春药谷');
  });

  it('finds a project by a company name, in any case', () => {
    const [hit] = index.search('alvotech');
    expect(hit?.target.key).toBe('project:alvotech-jv');
    expect(index.search('GENESCIENCE PHARM')[0]).toMatchObject({ via: 'company' });
  });

  it('finds Chinese names by substring and aka names', () => {
    expect(keys('药谷')).toContain('park:changchun-pharma-valley');
    expect(keys('金赛')).toContain('project:genescience-park');
    expect(keys('medical port')[0]).toBe('park:hangzhou-biopharma-town');
  });

  it('ranks exact, then prefix, then word start, then substring', () => {
    const hits = index.search('changchun');
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort());
    expect(hits[0]!.rank).toBe(1);
    expect(index.search('future medical port')[0]).toMatchObject({
      rank: 0,
      target: { key: 'zone:changchun-pharma-valley/future-medical-port' },
    });
    expect(index.search('harma')[0]!.rank).toBe(3);
  });

  it('returns each target once, institutions leading to their park', () => {
    expect(keys('applied chemistry')).toEqual(['park:changchun-pharma-valley']);
    const all = keys('a');
    expect(new Set(all).size).toBe(all.length);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('qqqxqq')).toEqual([]);
  });

  it('caches one index per catalog', () => {
    const catalog = fixtureCatalog();
    expect(searchIndexFor(catalog)).toBe(searchIndexFor(catalog));
  });
});

describe('search at scale', () => {
  // Speed is measured by `npm run bench` (search section), never asserted here: a loaded machine
  // would make a timed test flaky. This checks what must hold at any speed.
  it('at 100,000 projects, caps results at 20 and still ranks the exact match first', () => {
    const template = park('p').projects[0]!;
    const parks: Park[] = Array.from({ length: 200 }, (_, i) => {
      const projects: Project[] = Array.from({ length: 500 }, (_, j) => ({
        ...template,
        id: `p${i}-project-${j}`,
        name: { en: `Synthetic plant ${i}-${j} for vaccines`, zh: `合成工厂${i}号${j}` },
        companies: [{ name: { en: `Company ${(i * 500 + j) % 7919} Biotech Co., Ltd.` } }],
      }));
      return park(`park-${i}`, { name: { en: `Synthetic Park ${i}` }, projects });
    });
    const big = buildSearchIndex(buildCatalog(parks, []));
    for (const q of ['plant', 'company 7000', '合成工厂19', 'biotech co', 'park 199', '9-499']) {
      const hits = big.search(q);
      expect(hits.length, q).toBeGreaterThan(0);
      expect(hits.length, q).toBeLessThanOrEqual(20);
    }
    expect(big.search('zzzz no match at all')).toEqual([]);
    expect(big.search('synthetic plant 199-499 for vaccines')[0]).toMatchObject({ rank: 0 });
  });
});

describe('search before parks have loaded', () => {
  const all = fixtureCatalog();
  const valley = all.parkById.get('changchun-pharma-valley')!;
  // The index lists every park; only the valley's file is missing.
  const partial = buildCatalog(
    all.parks.filter((p) => p !== valley),
    [...all.sources.values()],
    [],
    all.index,
  );

  it('finds parks, zones and projects of a park not loaded yet by name, and names its park', () => {
    const idx = buildSearchIndex(partial);
    expect(idx.search('changchun pharmaceutical valley')[0]?.target.key).toBe('park:changchun-pharma-valley');
    const project = valley.projects[0]!;
    const hit = idx.search(project.name.en)[0]!;
    expect(hit.target).toMatchObject({
      key: `project:${project.id}`,
      projectId: project.id,
      park: { id: valley.id, name: { en: valley.name.en } },
    });
    expect(idx.search(valley.zones[0]!.name.en).map((h) => h.target.key)).toContain(`zone:${valley.id}/${valley.zones[0]!.id}`);
  });

  it('finds a project by its company only once its park has loaded', () => {
    const company = valley.projects.flatMap((p) => p.companies)[0]!.name.en;
    expect(
      buildSearchIndex(partial)
        .search(company)
        .filter((h) => h.via === 'company'),
    ).toEqual([]);
    expect(
      buildSearchIndex(all)
        .search(company)
        .filter((h) => h.via === 'company').length,
    ).toBeGreaterThan(0);
  });
});
