// @ts-check
// The sync server for shared plans: Hocuspocus (a standard Yjs server) persisting to SQLite, letting in
// only the holders of a plan's link keys. Node 20 runs this file as it is, with no build step.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { isToken, REFUSAL, roleOf } from '../src/sync/keys.js';

/**
 * One message holds at most a whole plan: a first upload sends the plan in one message, and a browser
 * keeps a plan of at most 5 MB (its localStorage), so 8 MiB leaves room and refuses anything far larger.
 */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** A browser opens one shared plan at a time; a connection asking for many more is not the app. */
export const MAX_DOCUMENTS_PER_CONNECTION = 8;

/**
 * @typedef {object} SyncServerOptions
 * @property {number} port 0 picks a free port.
 * @property {string} host
 * @property {string} dataDir Holds documents.sqlite; made if missing.
 * @property {boolean} [quiet] No start-up banner.
 */

/**
 * Starts the server and resolves once it listens.
 * @param {SyncServerOptions} options
 */
export async function startSyncServer({ port, host, dataDir, quiet = false }) {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite({ database: join(dataDir, 'documents.sqlite') });
  // The extension's own store does not wait for the write, so a document stored as the server stops
  // could be cut off by the exit; this one resolves when SQLite has it.
  sqlite.configuration.store = ({ documentName, state }) =>
    new Promise((resolve, reject) => {
      if (!sqlite.db) return reject(new Error('The database is not open'));
      sqlite.db.run(upsertQuery, { $name: documentName, $data: state }, (error) => (error ? reject(error) : resolve()));
    });

  /** Which documents each connection has asked for, so one socket cannot open documents without end. */
  const documentsBySocket = new Map();

  const server = new Server(
    {
      name: 'ai-startup-workbook',
      port,
      address: host,
      quiet: true,
      // Signals are handled by the caller, which waits for the last writes before exiting.
      stopOnSignals: false,
      extensions: [sqlite],
      async onConnect({ documentName, socketId, request }) {
        let names = documentsBySocket.get(socketId);
        if (!names) {
          names = new Set();
          documentsBySocket.set(socketId, names);
          request.socket.once('close', () => documentsBySocket.delete(socketId));
        }
        names.add(documentName);
        // Thrown without a message, so Hocuspocus logs nothing; the client receives the reason.
        if (names.size > MAX_DOCUMENTS_PER_CONNECTION) throw { reason: REFUSAL.tooManyDocuments };
      },
      async onAuthenticate({ documentName, token, connectionConfig }) {
        const role = isToken(documentName) ? await roleOf(documentName, token) : null;
        if (!role) throw { reason: REFUSAL.notAKey };
        // Hocuspocus then answers this connection's updates with "not applied" and keeps none of them.
        if (role === 'view') connectionConfig.readOnly = true;
        return { role };
      },
    },
    { maxPayload: MAX_MESSAGE_BYTES },
  );
  // Not server.listen(): Hocuspocus 3.4.4 passes the host to Node as `address`, which Node ignores, so
  // the server would listen on every interface whatever HOST says.
  await new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port, host }, () => resolve(undefined));
  });
  const address = server.address;
  await server.hocuspocus.hooks('onListen', {
    instance: server.hocuspocus,
    configuration: server.configuration,
    port: address.port,
  });
  const url = `ws://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  if (!quiet) console.log(`Sync server listening on ${url}, documents kept in ${dataDir}`);

  return {
    url,
    port: address.port,
    server,
    /** Closes every connection, stores every open document, then closes the database. */
    async stop() {
      await server.destroy();
      await new Promise((resolve) => (sqlite.db ? sqlite.db.close(() => resolve(undefined)) : resolve(undefined)));
    },
  };
}
