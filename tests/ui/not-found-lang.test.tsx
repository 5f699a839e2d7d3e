import { screen, within } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { LanguageToggle } from '../../src/features/language-toggle/language-toggle';
import { fixtureParks, fixtureSources } from './fixture-catalog';
import { renderAt, text } from './render';

describe('not found', () => {
  it('names an unknown park and offers the nearest ids', async () => {
    const { user } = renderAt('?park=changchun-pharma-vally');
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('There is no park with the id “changchun-pharma-vally”.');
    await user.click(within(alert).getByRole('link', { name: 'Changchun Pharmaceutical Valley' }));
    expect(window.location.search).toBe('?park=changchun-pharma-valley');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names a zone that does not belong to the park', () => {
    renderAt('?park=hangzhou-biopharma-town&zone=future-medical-port');
    expect(text(screen.getByRole('alert'))).toContain('There is no zone “future-medical-port” in Hangzhou Biopharma Town.');
  });

  it('names an unknown project and suggests close ones', () => {
    renderAt('?project=alvotech-jw');
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('There is no project with the id “alvotech-jw”.');
    expect(within(alert).getByRole('link', { name: 'Alvotech-CCHN joint venture plant' })).toBeTruthy();
  });
});

describe('languages', () => {
  it('shows Chinese names first and the interface in Chinese with lang=zh', () => {
    renderAt('?park=changchun-pharma-valley&lang=zh');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.querySelector('[lang="zh-Hans"]')?.textContent).toBe('长春药谷');
    expect(text(heading)).toBe('长春药谷 Changchun Pharmaceutical Valley');
    expect(screen.getByRole('region', { name: '主要数据' })).toBeTruthy();
    expect(text(screen.getByRole('region', { name: '项目' }))).toContain('4 个项目');
  });

  it('toggles the language through the URL', async () => {
    const { user } = renderAt('', () => <LanguageToggle />);
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(window.location.search).toBe('?lang=zh');
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(window.location.search).toBe('');
  });
});

describe('no markup from data', () => {
  it('renders a name full of HTML as text', () => {
    const evil = '<img src=x onerror="window.hacked=1">';
    const parks = fixtureParks.map((p) => (p.id === 'hangzhou-biopharma-town' ? { ...p, name: { en: evil }, summary: evil } : p));
    renderAt('?park=hangzhou-biopharma-town', undefined, buildCatalog(parks, fixtureSources));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
  });

  it('never uses dangerouslySetInnerHTML anywhere in src', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const offenders = files('src').filter((f) => /\.tsx?$/.test(f) && readFileSync(f, 'utf8').includes('dangerouslySetInnerHTML'));
    expect(offenders).toEqual([]);
  });
});
