// The page both widget benches load: import the element bundle, create <coproduce-advisor>,
// force its first layout, and record the times (window.__first) and a `first-render` mark.
// Served by a local server (not request interception), so that fetching the file costs what it
// costs on a page; each bundle is served from its own directory, so files it loads beside it
// (its French pack, its team/re-check/export siblings) are found.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, join } from 'node:path';

const page = (bundles, n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main id="m"></main>
<script type="module">
const t0 = performance.now();
await import('/b${n}/${basename(bundles[n])}');
const t1 = performance.now();
const el = document.createElement('coproduce-advisor');
el.setAttribute('locale', 'en');
document.getElementById('m').append(el);
el.shadowRoot.firstElementChild.getBoundingClientRect();
const t2 = performance.now();
performance.mark('first-render');
window.__first = { defined: t1 - t0, total: t2 - t0 };
</script></body></html>`;

/** Serve the page for each bundle (`/?n=INDEX`); resolves to its origin and a `close()`. */
export async function serveFirstRender(bundles) {
  const server = createServer((req, res) => {
    const m = /^\/b(\d+)\/([\w.-]+\.js)$/.exec(req.url ?? '');
    if (m) return res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(readFileSync(join(dirname(bundles[Number(m[1])]), m[2])));
    const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(bundles, n));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
