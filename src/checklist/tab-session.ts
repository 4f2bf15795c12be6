// What is typed and not yet saved, kept in this tab's sessionStorage as well as in memory: a reload
// (Reload for a new version, or one after a deploy removed a code file) must not take it away.

/** The entries kept under `key` by an earlier page of this tab, or none. */
export function readTabSession<K, V>(key: string): [K, V][] {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(kept) ? (kept as [K, V][]) : [];
  } catch {
    // No sessionStorage (switched off, or outside a browser) or garbage under the key: nothing kept.
    return [];
  }
}

export function writeTabSession<K, V>(key: string, entries: Map<K, V>) {
  try {
    if (entries.size === 0) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify([...entries]));
  } catch {
    // Switched off or full: the typing still lives in memory, as before.
  }
}
