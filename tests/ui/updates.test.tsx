import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../src/app/update-notice';
import { setUpdateWaiting } from '../../src/app/update-state';
import { fetchText } from '../../src/catalog/fetch-queue';
import { loadRedirects } from '../../src/catalog/load-redirects';

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelector('meta[name="atlas-data"]')?.remove();
});

const stubFetch = () => {
  const fetch = vi.fn(async (_url: URL | string, _init?: RequestInit) => new Response('{}'));
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

describe('data files reach readers after a deploy', () => {
  it('asks for the catalog version index.html names (a new catalog is a new URL, the preloads match)', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="atlas-data" content="abc123">');
    const fetch = stubFetch();
    await fetchText('parks/x.json', './data/');
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toMatch(/\/data\/parks\/x\.json\?v=abc123$/);
    expect(init?.cache).toBeUndefined();
  });

  it('revalidates with the server when no version is named (dev, an old index.html)', async () => {
    const fetch = stubFetch();
    await fetchText('index.json', './data/');
    await loadRedirects(new URL('http://localhost/data/redirects.json'));
    expect(fetch.mock.calls.map(([, init]) => init?.cache)).toEqual(['no-cache', 'no-cache']);
  });
});

describe('UpdateNotice', () => {
  it('says nothing until a newer build waits, then offers to reload into it', async () => {
    const { container } = render(<UpdateNotice />);
    expect(container.textContent).toBe('');
    const reload = vi.fn();
    act(() => setUpdateWaiting(reload));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('This atlas has been updated — reload');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
