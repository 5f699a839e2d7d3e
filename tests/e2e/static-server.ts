import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * The plainest static host there is (node:http, no dependencies): files of a build folder under a
 * URL prefix, index.html for a folder, 404 for anything else — no SPA fallback, no rewrites, so a
 * path the atlas gets wrong shows up as a 404 instead of being papered over.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type StaticServer = {
  /** The site's URL, ending in the prefix: http://127.0.0.1:port/some/sub/path/ */
  url: string;
  /** Every request path answered 404. */
  notFound: string[];
  /** Every request path served, in order. */
  served: string[];
  close(): Promise<void>;
};

export const DIST = () => process.env.ATLAS_DIST ?? 'dist';

export async function serveStatic(root: string, prefix = '/'): Promise<StaticServer> {
  const dir = resolve(root);
  const notFound: string[] = [];
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    let file = rel === undefined ? undefined : normalize(join(dir, rel || 'index.html'));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !(file === dir || file.startsWith(dir + sep)) || !existsSync(file) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      notFound.push(path);
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    served.push(path);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    // HEAD as every host answers it (the atlas checks its map worker's type with one).
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    notFound,
    served,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
