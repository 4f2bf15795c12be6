import { expect, it } from 'vitest';
import { isDownloadFailure } from './is-download-failure';

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
