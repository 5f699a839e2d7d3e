import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('registering the service worker after the first idle map', () => {
  it('copes with a browser whose registration comes back empty (service workers stubbed out) without an error', async () => {
    vi.stubEnv('PROD', true);
    const register = vi.fn(() => Promise.resolve(undefined));
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller: null, register, addEventListener: vi.fn() } });
    const errors: unknown[] = [];
    const onRejection = (reason: unknown) => errors.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const { registerServiceWorker } = await import('../../src/app/register-sw');
      const { markMapIdle } = await import('../../src/map/first-idle');
      registerServiceWorker();
      markMapIdle();
      await vi.waitFor(() => expect(register).toHaveBeenCalledWith('./sw.js', { scope: './', updateViaCache: 'none' }));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(errors).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});
