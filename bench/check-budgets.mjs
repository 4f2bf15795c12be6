// Fails when the JS or CSS a first visit to / loads grows past its budget (run after a build).
import { readFileSync } from 'node:fs';
import { measureBytes } from './bytes.mjs';

const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const { routes } = measureBytes('dist');
const home = routes['/'];
const rows = [
  ['initial JS of /', home.js.gzip, budgets.initialJsGzip],
  ['initial CSS of /', home.css.gzip, budgets.initialCssGzip],
];
let failed = 0;
for (const [what, actual, budget] of rows) {
  const ok = actual <= budget;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${what}: ${(actual / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(1)} KB)`);
}
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
