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
 * The route chunks a first visit to a path loads besides the entry (which holds the layout, as
 * `_workbook.tsx` is not split): the route's component.
 */
const ROUTE_KEYS = {
  '/': ['src/routes/_workbook/index.tsx?tsr-split=component'],
  '/areas/$areaId': ['src/routes/_workbook/areas.$areaId.tsx?tsr-split=component'],
  '/search': ['src/routes/_workbook/search.tsx?tsr-split=component'],
  '/print': ['src/routes/print.tsx?tsr-split=component'],
};

/** Each language's words and guide load before the first render (index.html preloads the shown one). */
const CATALOGUE_KEYS = ['src/i18n/catalogue.en.ts', 'src/i18n/catalogue.zh.ts'];

export function measureBytes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const result = {};
  for (const [route, keys] of Object.entries(ROUTE_KEYS)) {
    // A route's figure is that of its heavier language, so neither language can grow unnoticed.
    let heaviest = null;
    for (const catalogueKey of CATALOGUE_KEYS) {
      if (!manifest[catalogueKey]) throw new Error(`the build has no ${catalogueKey}; update CATALOGUE_KEYS`);
      if (!manifest['index.html']) throw new Error('the manifest has no index.html entry; see startChunk in vite.config.ts');
      const { js, css } = collect(manifest, 'index.html');
      for (const key of [...keys, catalogueKey]) {
        if (!manifest[key]) throw new Error(`the build has no ${key}; update ROUTE_KEYS in bench/bytes.mjs`);
        collect(manifest, key, js, css);
      }
      const measured = { js: sizes(dist, [...js]), css: sizes(dist, [...css]) };
      if (!heaviest || measured.js.gzip > heaviest.js.gzip) heaviest = measured;
    }
    result[route] = heaviest;
  }
  // Each lazily loaded chunk on its own, for spotting what grew.
  const chunks = {};
  for (const [key, entry] of Object.entries(manifest)) {
    if (entry.isDynamicEntry) chunks[key.replace(/\?tsr-split=component$/, '')] = sizes(dist, [entry.file]).gzip;
  }
  return { routes: result, chunks };
}
