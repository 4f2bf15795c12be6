// Code or words downloaded on demand, once for every caller.

export interface CachedImport<T> {
  /** Starts the download, or joins the one under way; a failed download is tried again by the next call. */
  load(): Promise<T>;
  /** The value once it is here. */
  readonly loaded: T | undefined;
}

export function cachedImport<T>(importer: () => Promise<T>): CachedImport<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load() {
      loading ??= importer().then(
        (value) => {
          loaded = value;
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    get loaded() {
      return loaded;
    },
  };
}
