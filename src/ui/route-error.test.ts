import { expect, it } from 'vitest';
// RouteError gives its connection advice by the router's own test for a failed download, the one its
// lazy route components reload on; this pins down that it tells the browsers' words from a fault.
import { isModuleNotFoundError as isDownloadFailure } from '@tanstack/router-core';

it('tells a part that could not be downloaded, in each browser’s words, from a fault in the app', () => {
  const failedDownloads = [
    'Failed to fetch dynamically imported module: https://example.org/assets/AreaStage-x.js', // Chromium
    'error loading dynamically imported module: https://example.org/assets/AreaStage-x.js', // Firefox
    'Importing a module script failed.', // Safari
  ];
  for (const message of failedDownloads) expect(isDownloadFailure(new TypeError(message))).toBe(true);
  expect(isDownloadFailure(new RangeError('Invalid time value'))).toBe(false);
  expect(isDownloadFailure(new TypeError("Cannot read properties of undefined (reading 'title')"))).toBe(false);
  expect(isDownloadFailure('Failed to fetch')).toBe(false);
});
