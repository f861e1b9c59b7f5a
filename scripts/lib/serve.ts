// WHY: Chromium must load the built site over http (absolute asset paths, the base path), so dist/ is served on loopback.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` at `base`, as GitHub Pages would: anything outside the base is a 404. Port chosen by the system. */
export async function serveDir(dir: string, base = '/'): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end('not found');
  };
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith(base)) return notFound(res);
    req.url = '/' + req.url.slice(base.length);
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
