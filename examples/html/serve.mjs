#!/usr/bin/env node
// Serves this page on http://127.0.0.1:PORT with a strict Content-Security-Policy: no inline
// script or style, no eval, no connections. The element must work within it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../packages/react-widget/dist/', import.meta.url));
// The element, the files it loads beside it on demand (French when French is chosen, the
// document schemas when a host passes a rule-set document, team mode, the re-check of a saved
// record, the HTML export), and the one-file build.
const elementFile = /^\/(coproduce-advisor(?:\.fr|\.all|\.schemas|\.team|\.recheck|\.exports)?\.js(?:\.map)?)$/;
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

export function serve(port = 0, root = here) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const el = elementFile.exec(path)?.[1];
    const file = path === '/' ? join(root, 'index.html') : el ? join(dist, el) : join(root, path.replace(/\.\.+/g, ''));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(Number(process.env.PORT ?? 4321));
  console.log(`Serving the example on http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
}
