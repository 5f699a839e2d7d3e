import { fetchBody } from './early-fetch';
import type { Problem, RawFile } from './validate';

/**
 * Runs at most `concurrency` tasks at once, in the order they were given (first in, first out),
 * so what is asked for first is fetched first. An `urgent` task goes to the front of the queue;
 * `promote(key)` moves a waiting task given that key there.
 */
export function limit(concurrency: number) {
  let active = 0;
  const queue: { key?: string; start: () => void }[] = [];
  const next = () => {
    while (active < concurrency && queue.length) queue.shift()!.start();
  };
  const run = <T>(task: () => Promise<T>, urgent = false, key?: string) =>
    new Promise<T>((resolve, reject) => {
      const item = {
        key,
        start: () => {
          active++;
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              active--;
              next();
            });
        },
      };
      if (urgent) queue.unshift(item);
      else queue.push(item);
      next();
    });
  const promote = (key: string) => {
    const i = queue.findIndex((item) => item.key === key);
    if (i > 0) queue.unshift(...queue.splice(i, 1));
  };
  return Object.assign(run, { promote });
}

const baseUrl = (base: string) => new URL(base, typeof document === 'undefined' ? undefined : document.baseURI);

/**
 * A host without Cache-Control (nginx's default) lets a browser call a month-old deploy's files
 * fresh for days, so readers would keep old figures. The build names its catalog's version in
 * index.html (<meta name="atlas-data">, scripts/vite-plugin-atlas-data.ts) and in the preloads'
 * URLs: the same `?v=` here makes a new catalog a new URL and lets the preloaded responses be
 * used. Without it (dev, tests) the file is revalidated with the server instead. The basemap's
 * files are data/ too; fonts/font-faces.json has its own version (`meta`: scripts/vite-plugin-atlas-fonts.ts).
 */
export function versioned(url: URL, meta = 'atlas-data'): [URL, RequestInit] {
  const version = typeof document === 'undefined' ? undefined : document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content;
  if (!version) return [url, { cache: 'no-cache' }];
  url.searchParams.set('v', version);
  return [url, {}];
}

/** One file's text, or a Problem naming it. A network failure is retried once; an HTTP error is not. */
export async function fetchText(file: string, base: string): Promise<RawFile | Problem> {
  const name = `data/${file}`;
  let failure = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetchBody(...versioned(new URL(file, baseUrl(base))));
      if (!response.ok) return { file: name, path: '$', message: `could not be loaded (HTTP ${response.status})` };
      return { file: name, text: response.text };
    } catch (error) {
      failure = (error as Error).message;
    }
  }
  return { file: name, path: '$', message: `could not be loaded (${failure})` };
}
