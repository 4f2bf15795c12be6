// Whether an error is a part of the app that could not be downloaded, rather than a fault in it.

/** How Chromium and Firefox ("… dynamically imported module") and Safari ("Importing a module script failed") word it. */
const FAILED_DOWNLOAD = /imported module|module script/;

export function isDownloadFailure(error: unknown): boolean {
  return error instanceof TypeError && FAILED_DOWNLOAD.test(error.message);
}
