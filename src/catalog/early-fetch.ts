/** A response as the app reads its data files: whether it was a success, and its text. */
export type Body = { ok: boolean; status: number; text: string };

const readBody = (response: Response): Promise<Body> =>
  response.text().then((text) => ({ ok: response.ok, status: response.status, text }));

const early = new Map<string, Promise<Body>>();

/**
 * Reads every file index.html preloads as `fetch` (the catalog's index, sources and park files,
 * the basemap's first files, font-faces.json), called by boot.ts once the frame is painted.
 * The app's script is then still being parsed and run (~0.3 s on a slow machine); each of these
 * files, though downloaded, took the app a hop through the browser to get (25–55 ms for a park
 * file on the CI machine), after that. Now the app finds them read. Same requests as the app's
 * own fetch (versioned URLs, no init), so they are the preloaded responses, not new ones.
 */
export function readPreloads(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')) {
    if (!early.has(link.href)) early.set(link.href, fetch(link.href).then(readBody));
  }
}

/**
 * The body readPreloads read for `url`, handed out once (a second caller fetches anew, as a
 * retry must); undefined when it read none.
 */
export function takeEarly(url: string): Promise<Body> | undefined {
  const body = early.get(url);
  early.delete(url);
  return body;
}

/** `url`'s body: the one read early, or a fetch now. */
export function fetchBody(url: URL, init: RequestInit): Promise<Body> {
  return takeEarly(url.href) ?? fetch(url, init).then(readBody);
}
