// @ts-check
// `npm run sync-server`: the sync server for shared plans, configured by PORT, HOST and DATA_DIR.
import { resolve } from 'node:path';
import { startSyncServer } from './sync-server.mjs';

const port = Number(process.env.PORT || 1234);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}
// Only this machine can connect unless HOST says otherwise (a reverse proxy on the same host needs nothing more).
const host = process.env.HOST || '127.0.0.1';
const dataDir = resolve(process.env.DATA_DIR || 'sync-data');

const sync = await startSyncServer({ port, host, dataDir });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await sync.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGQUIT']) process.on(signal, stop);
