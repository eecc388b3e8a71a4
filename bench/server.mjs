// A small static server on 127.0.0.1 for the benchmark pages: the harness (bench/), each
// library's files from node_modules, and the Annals bundle from memory. It logs what it serves,
// so the run knows which of a library's files its page really loaded.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
};

const page = (lib) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bench: ${lib.label}</title>
<style>html, body { margin: 0; background: #fff; } #stage { ${lib.containerStyle} }</style>
${lib.assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
${lib.assets.scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
${lib.assets.modules.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body>
<div id="stage"></div>
<script type="module" src="/bench/harness.mjs"></script>
</body>
</html>
`;

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {{ root: string, libs: Record<string, object>, memory: Record<string, Uint8Array> }} options
 *   `root` is the repository, `libs` the page modules by id, `memory` files served from memory by URL path.
 */
export async function startServer({ root, libs, memory }) {
  const mounts = {
    '/bench/': join(root, 'bench'),
    '/lib/vis-timeline/': join(root, 'node_modules/vis-timeline'),
    '/lib/timelinejs/': join(root, 'node_modules/@knight-lab/timelinejs'),
  };
  const served = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (path === '/page') {
        const lib = libs[url.searchParams.get('lib')];
        return lib
          ? send(200, TYPES['.html'], page(lib))
          : send(404, 'text/plain', 'no such library');
      }
      if (memory[path]) {
        served.push({ path, bytes: memory[path].length });
        return send(200, TYPES[extname(path)] ?? 'application/octet-stream', memory[path]);
      }
      const mount = Object.keys(mounts).find((m) => path.startsWith(m));
      if (!mount) return send(404, 'text/plain', 'not found');
      const file = normalize(join(mounts[mount], path.slice(mount.length)));
      if (!file.startsWith(mounts[mount])) return send(403, 'text/plain', 'forbidden');
      const body = await readFile(file);
      served.push({ path, bytes: body.length });
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch (error) {
      return send(error.code === 'ENOENT' ? 404 : 500, 'text/plain', String(error.message));
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Paths served since the last call, and forgets them. */
    takeServed() {
      return served.splice(0);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
