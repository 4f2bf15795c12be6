// What each route loads, in bytes, gzip and brotli, read from the build's manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function sizes(dist, files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const buffer = readFileSync(join(dist, file));
    raw += buffer.length;
    gzip += gzipSync(buffer, { level: 9 }).length;
    brotli += brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}

/** Follows static imports from a manifest key, collecting JS and CSS files once each. */
function collect(manifest, key, js = new Set(), css = new Set()) {
  const entry = manifest[key];
  if (!entry || js.has(entry.file)) return { js, css };
  js.add(entry.file);
  for (const file of entry.css ?? []) css.add(file);
  for (const imported of entry.imports ?? []) collect(manifest, imported, js, css);
  return { js, css };
}

/**
 * The route chunks a first visit to a path loads besides the entry, which holds the layout and the
 * dashboard: the route's component.
 */
const ROUTE_KEYS = {
  '/': [],
  '/areas/$areaId': ['src/routes/_workbook/areas.$areaId.tsx?tsr-split=component'],
  '/search': ['src/routes/_workbook/search.tsx?tsr-split=component'],
  '/print': ['src/routes/print.tsx?tsr-split=component'],
};

/**
 * Each language's words and guide, chunks of their own that start-up loads (index.html preloads
 * them) before the first render.
 */
const LANGUAGE_KEYS = {
  en: ['src/i18n/messages.en.ts', 'virtual:workbook-template/en'],
  zh: ['src/i18n/messages.zh.ts', 'virtual:workbook-template/zh'],
};

export function measureBytes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  if (!manifest['index.html']) throw new Error('the manifest has no index.html entry; the entry must be index.html');
  for (const key of Object.values(LANGUAGE_KEYS).flat()) {
    if (!manifest[key]) throw new Error(`the build has no ${key}; update LANGUAGE_KEYS in bench/bytes.mjs`);
  }
  // A first visit loads one language: the heavier counts, so the figure holds for either.
  const weight = (keys) =>
    sizes(
      dist,
      keys.map((key) => manifest[key].file),
    ).gzip;
  const language = Object.values(LANGUAGE_KEYS).reduce((a, b) => (weight(b) > weight(a) ? b : a));
  const result = {};
  for (const [route, keys] of Object.entries(ROUTE_KEYS)) {
    const { js, css } = collect(manifest, 'index.html');
    for (const key of [...keys, ...language]) {
      if (!manifest[key]) throw new Error(`the build has no ${key}; update ROUTE_KEYS in bench/bytes.mjs`);
      collect(manifest, key, js, css);
    }
    result[route] = { js: sizes(dist, [...js]), css: sizes(dist, [...css]) };
  }
  // Each lazily loaded chunk on its own, for spotting what grew.
  const chunks = {};
  for (const [key, entry] of Object.entries(manifest)) {
    // The guide's modules are emitted as entries of their own (scripts/seed-modules.ts), to name their files.
    if (entry.isDynamicEntry || (entry.isEntry && key !== 'index.html'))
      chunks[key.replace(/\?tsr-split=component$/, '')] = sizes(dist, [entry.file]).gzip;
  }
  return { routes: result, chunks };
}
