// The domain stays pure: nothing under src/workbook may import React, the store or the screens.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const folder = new URL('.', import.meta.url);
const sources = readdirSync(folder).filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'));

it.each(sources)('%s imports nothing from React, the store or the screens', (name) => {
  const text = readFileSync(new URL(name, folder), 'utf8');
  const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
  expect(imports.filter((path) => /^react|zustand|^\.\.\//.test(path ?? ''))).toEqual([]);
});
