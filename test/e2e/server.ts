/**
 * A static server on 127.0.0.1 for fixture pages. A path under /csp/ is served with a strict
 * Content-Security-Policy, to prove the extension works on pages that forbid inline script and style; one under
 * /bfcache/ without `no-store`, so that the browser may keep it in its back/forward cache.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Strict policy used for /csp/ pages: no inline script or style, nothing from other origins. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

/** A running fixture server. */
export interface FixtureServer {
  /** Origin such as http://127.0.0.1:12345 */
  origin: string;
  /** Absolute URL of a path served from the root directory. */
  url(path: string): string;
  close(): Promise<void>;
}

/** A generated body: whole, or chunks each sent as it comes (a page whose HTML arrives slowly). */
export type Generated = () => string | Promise<string> | AsyncIterable<string>;

/** Serves `root` on an ephemeral loopback port; `extra` maps paths to generated bodies. */
export async function serveFixtures(
  root: string,
  extra: Record<string, Generated> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      const headers: Record<string, string> = { 'cache-control': 'no-store' };
      if (path.startsWith('/csp/')) {
        headers['content-security-policy'] = STRICT_CSP;
        path = path.slice(4);
      }
      // A page the browser may keep in its back/forward cache, which refuses pages sent with no-store.
      if (path.startsWith('/bfcache/')) {
        headers['cache-control'] = 'private, max-age=0';
        path = path.slice(8);
      }
      if (path === '/favicon.ico') {
        response.writeHead(204);
        response.end();
        return;
      }
      if (path.endsWith('/')) path += 'index.html';
      try {
        const generate = extra[path];
        const body = generate
          ? await generate()
          : await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
        headers['content-type'] = TYPES[extname(path)] ?? 'application/octet-stream';
        response.writeHead(200, headers);
        if (typeof body === 'string' || Buffer.isBuffer(body)) {
          response.end(body);
          return;
        }
        for await (const chunk of body) response.write(chunk);
        response.end();
      } catch {
        // A stream that failed midway can only be cut short: its status line is long gone.
        if (response.headersSent) {
          response.destroy();
          return;
        }
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
