// `npm run bench:sync`: 20 simulated people editing one shared plan through a local sync server, on the
// provider library the browser uses. Prints how long an edit takes to reach every other client, the
// server's memory, and whether every client ends with the same plan. A measurement, never a test.
//
// SYNC_BENCH_SECONDS (60), SYNC_BENCH_CLIENTS (20), SYNC_BENCH_EDIT_MS (mean time between one client's
// edits, 1000), SYNC_BENCH_ITEMS (200), SYNC_BENCH_PORT (1245).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newSharedPlanKeys } from '../src/sync/keys.js';
import { AREAS } from './big-plan.mjs';

const SECONDS = Number(process.env.SYNC_BENCH_SECONDS) || 60;
const CLIENTS = Number(process.env.SYNC_BENCH_CLIENTS) || 20;
const EDIT_MS = Number(process.env.SYNC_BENCH_EDIT_MS) || 1000;
const ITEMS = Number(process.env.SYNC_BENCH_ITEMS) || 200;
const PORT = Number(process.env.SYNC_BENCH_PORT) || 1245;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

function startServer(dataDir) {
  const child = spawn(process.execPath, ['server/main.mjs'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes('listening on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`The sync server exited (${code})`)));
  });
}

/** Resident memory of a process, in MB, from Linux's /proc (null elsewhere). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1]) / 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** The plan's items, written in the shape src/sync/plan-doc.ts gives them. */
function seed(doc) {
  const items = doc.getMap('items');
  const perArea = Math.ceil(ITEMS / AREAS.length);
  doc.transact(() => {
    AREAS.forEach((areaId, area) => {
      const keys = generateNKeysBetween(null, null, perArea);
      for (let i = 0; i < perArea; i += 1) {
        const map = new Y.Map();
        items.set(`item-${area}-${i}`, map);
        for (const [key, value] of Object.entries({
          areaId,
          templateKey: null,
          title: `Item ${i} of ${areaId}`,
          detail: 'A line of detail, as the guide gives one.',
          status: 'todo',
          notes: '',
          owner: '',
          due: null,
          priority: null,
          order: keys[i],
          updatedAt: 0,
        })) {
          map.set(key, value);
        }
      }
    });
  });
}

/** The document as plain data with its keys sorted, so two clients' copies compare as text. */
function canonical(doc) {
  const sort = (value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sort(value[key])]),
        )
      : value;
  return JSON.stringify(sort({ items: doc.getMap('items').toJSON(), plan: doc.getMap('plan').toJSON() }));
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN;
}

const dataDir = mkdtempSync(join(tmpdir(), 'workbook-sync-bench-'));
const server = await startServer(dataDir);
const url = `ws://127.0.0.1:${PORT}`;
const keys = await newSharedPlanKeys();

/** Every edit in flight: when it was made, and which clients have yet to see it. */
const pending = new Map();
const latencies = [];

function connect(index) {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name: keys.documentName, token: keys.editKey, document: doc });
  provider.attach();
  doc.getMap('items').observeDeep((events, transaction) => {
    if (transaction.local) return;
    const at = performance.now();
    for (const event of events) {
      if (!event.keys.has('notes')) continue;
      const marker = event.target.get('notes');
      const edit = pending.get(marker);
      if (!edit?.waiting.delete(index)) continue;
      if (edit.waiting.size === 0) {
        latencies.push(at - edit.sentAt);
        pending.delete(marker);
      }
    }
  });
  return { index, doc, provider, websocketProvider, sequence: 0 };
}

function edit(client, rng) {
  const items = client.doc.getMap('items');
  // Each client edits its own share of the items, as people mostly work on what they own.
  const ids = [...items.keys()].filter((_, i) => i % CLIENTS === client.index);
  const id = ids[Math.floor(rng() * ids.length)];
  const map = items.get(id);
  if (!map) return;
  client.sequence += 1;
  const marker = `edit ${client.index}:${client.sequence}`;
  const now = Date.now();
  // Timed from before the change: the provider sends it as the transaction ends.
  pending.set(marker, {
    sentAt: performance.now(),
    waiting: new Set(clients.map((c) => c.index).filter((i) => i !== client.index)),
  });
  client.doc.transact(() => {
    map.set('notes', marker);
    map.set('at:notes', now);
    const roll = rng();
    if (roll < 0.2) {
      map.set('status', ['todo', 'doing', 'done', 'na'][Math.floor(rng() * 4)]);
      map.set('at:status', now);
    } else if (roll < 0.4) {
      // A move: the item takes a key just before the first item of its area.
      const area = map.get('areaId');
      let first = null;
      for (const other of items.values()) {
        const key = other.get('order');
        if (other.get('areaId') === area && other !== map && (first === null || key < first)) first = key;
      }
      map.set('order', generateKeyBetween(null, first));
    }
    map.set('updatedAt', now);
  });
}

const clients = [connect(0)];
await waitFor(() => clients[0].provider.isSynced, 10_000, 'the first client to sync');
seed(clients[0].doc);
await waitFor(() => clients[0].provider.unsyncedChanges === 0, 10_000, 'the seed to reach the server');
for (let i = 1; i < CLIENTS; i += 1) clients.push(connect(i));
await waitFor(
  () => clients.every((c) => c.provider.isSynced && c.doc.getMap('items').size >= ITEMS),
  20_000,
  'every client to load the plan',
);
const idle = memoryOf(server.pid);

console.log(
  `${CLIENTS} clients editing one plan of ${clients[0].doc.getMap('items').size} items for ${SECONDS} s, an edit every ${EDIT_MS} ms each...`,
);
let seedState = 1;
const rng = () => {
  // A fixed sequence, so two runs make the same edits.
  seedState = (Math.imul(seedState, 1103515245) + 12345) >>> 0;
  return seedState / 2 ** 32;
};
const stopAt = Date.now() + SECONDS * 1000;
let peak = idle;
const sampler = setInterval(() => {
  const now = memoryOf(server.pid);
  if (now && (!peak || now.rss > peak.rss)) peak = now;
}, 1000);
await Promise.all(
  clients.map(async (client) => {
    await sleep(rng() * EDIT_MS);
    while (Date.now() < stopAt) {
      edit(client, rng);
      await sleep(EDIT_MS * (0.5 + rng()));
    }
  }),
);
const made = clients.reduce((sum, c) => sum + c.sequence, 0);
let identical = false;
try {
  await waitFor(() => pending.size === 0, 10_000, 'the last edits to arrive');
  await waitFor(() => clients.every((c) => c.provider.unsyncedChanges === 0), 10_000, 'every client to be acknowledged');
  const first = canonical(clients[0].doc);
  identical = clients.every((c) => canonical(c.doc) === first);
} catch (error) {
  console.error(String(error));
}
clearInterval(sampler);
const end = memoryOf(server.pid);

for (const client of clients) {
  client.provider.destroy();
  client.websocketProvider.destroy();
}
await new Promise((resolve) => {
  server.once('exit', resolve);
  server.kill('SIGTERM');
});
rmSync(dataDir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const round = (n) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10) / 10);
const figures = {
  clients: CLIENTS,
  seconds: SECONDS,
  'edits made': made,
  'edits seen by every other client': latencies.length,
  'edit reaches every other client, p50 ms': round(percentile(latencies, 50)),
  'edit reaches every other client, p95 ms': round(percentile(latencies, 95)),
  'edit reaches every other client, max ms': round(latencies.at(-1)),
  'server RSS after loading the plan, MB': round(idle?.rss),
  'server RSS at the end, MB': round(end?.rss),
  'server peak RSS, MB': round(Math.max(peak?.peak ?? 0, end?.peak ?? 0)),
  'all clients end identical': identical,
};
console.table(figures);
writeFileSync(
  new URL('./sync-results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), figures, samples: latencies.map(round) }, null, 2)}\n`,
);
const ok = identical && latencies.length === made && figures['edit reaches every other client, p95 ms'] <= 250;
console.log(ok ? 'Within the target: p95 at most 250 ms, every edit everywhere, identical end state.' : 'Outside the target.');
process.exit(ok ? 0 : 1);
