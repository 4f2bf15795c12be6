// The real sync server for browser tests: one per Playwright worker, on its own port and data folder,
// which a test can stop and start again (the same data and port) to take the plan offline.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** SYNC_PORT lets two checkouts run their browser tests side by side; worker N listens on SYNC_PORT + N. */
export const SYNC_PORT_BASE = Number(process.env.SYNC_PORT) || 1250;

export class SyncServer {
  readonly url: string;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'workbook-sync-'));
  private process: ChildProcess | null = null;

  constructor(readonly port: number) {
    this.url = `ws://127.0.0.1:${port}`;
  }

  /** Starts the server and resolves once it listens. */
  async start() {
    if (this.process) return;
    const child = spawn(process.execPath, ['server/main.mjs'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('listening on')) resolve();
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => reject(new Error(`The sync server stopped (${code}) before listening:\n${output}`)));
    });
  }

  /** Stops the server as a person would (its documents are stored first) and resolves once it has exited. */
  async stop() {
    const child = this.process;
    if (!child) return;
    this.process = null;
    if (child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }

  async dispose() {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
