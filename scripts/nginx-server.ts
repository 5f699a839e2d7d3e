import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Debian's nginx as a host would run it: its own mime.types and default_type, no Cache-Control,
 * no rewrites — only the site's folder at the root and again under a sub-path. Started on a free
 * loopback port, in the foreground (no master process, so it runs as whoever runs the tests and
 * reads the worktree), with every file it writes in a temporary folder.
 */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SUB_PATH = '/hosted/atlas/';

export type Nginx = {
  /** http://127.0.0.1:port/ — the site at the root. */
  root: string;
  /** http://127.0.0.1:port/hosted/atlas/ — the same folder under a sub-path. */
  sub: string;
  /** Request lines of the access log so far: "GET /path 200 text/html". */
  requests(): string[];
  close(): Promise<void>;
};

/** The config: the stock nginx.conf's http block, nothing about caching or types added. */
export function nginxConfig(dir: string, site: string, port: number): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 768; }
http {
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  gzip on;
  log_format atlas '$request_method $uri $status $sent_http_content_type';
  access_log ${join(dir, 'access.log')} atlas;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${site};
    index index.html;
    location ${SUB_PATH} { alias ${site}/; }
  }
}
`;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

async function answers(url: string, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer at ${url}`);
}

export async function startNginx(siteDir: string): Promise<Nginx> {
  if (!existsSync(NGINX))
    throw new Error(
      `Serving the build as hosts do needs Debian's nginx at ${NGINX}: run \`apt-get install -y nginx\` (.ci/run does), or set NGINX_PATH.`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const site = resolve(siteDir);
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, site, port));
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const root = `http://127.0.0.1:${port}/`;
  await answers(root, child, join(dir, 'error.log'));
  const accessLog = join(dir, 'access.log');
  return {
    root,
    sub: `http://127.0.0.1:${port}${SUB_PATH}`,
    requests: () => (existsSync(accessLog) ? readFileSync(accessLog, 'utf8').split('\n').filter(Boolean) : []),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
