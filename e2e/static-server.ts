// A tiny static host for builds in temporary folders, as a deploy serves them: files as they are,
// other paths as index.html, sw.js never from the HTTP cache. Its folder can change, as a deploy does.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export async function serveBuild(port: number, folder: string) {
  let root = folder;
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname));
    const file = extname(path) ? path : '/index.html';
    try {
      const body = await readFile(join(root, file));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': file.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    /** Serves another build from now on, as a deploy replaces the files. */
    deploy: (next: string) => {
      root = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
