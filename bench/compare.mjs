// `npm run bench:compare -- REV`: the working tree against a commit, measured in interleaved rounds.
// This machine's speed drifts between runs by more than most changes; two builds measured in turns,
// in the same minutes, can be compared where two `npm run bench` runs an hour apart cannot.
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, systemChromium } from '../e2e/chromium.mjs';
import { bigPlanState } from './big-plan.mjs';
import {
  clickThrough,
  median,
  newPage,
  quantile,
  round,
  servePreview,
  switchAreas,
  tickEach,
  untilAreaFullyRendered,
} from './measure.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const root = fileURLToPath(new URL('..', import.meta.url));

/** One round in one build: a fresh page on the 500-item plan, then ticks, area switches and the dashboard. */
async function measureRound(browser, base) {
  const { context, page } = await newPage(browser, bigPlanState());
  await page.goto(`${base}/areas/funding`);
  await untilAreaFullyRendered(page);
  const tick = await tickEach(page, 0, 10, (p, i) => p.locator(`#item-bench-funding-${i}`));
  const areaSwitch = await switchAreas(page, 20);
  const dashboard = [];
  for (let i = 0; i < 5; i += 1) {
    dashboard.push(await clickThrough(page, '/'));
    await clickThrough(page, '/areas/team');
    await untilAreaFullyRendered(page);
  }
  await context.close();
  return { tick, areaSwitch, dashboard };
}

function summary(samples) {
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  return { n: samples.length, mean: round(mean), median: round(median(samples)), p95: round(quantile(samples, 0.95)) };
}

async function main() {
  const rev = process.argv[2] ?? 'HEAD';
  const worktree = mkdtempSync(join(tmpdir(), 'bench-compare-'));
  execFileSync('git', ['worktree', 'add', '--detach', worktree, rev], { cwd: root, stdio: 'ignore' });
  const servers = [];
  try {
    // A commit with other dependencies (one since removed, say) needs its own install to build.
    const sameLock =
      readFileSync(join(worktree, 'package-lock.json'), 'utf8') === readFileSync(join(root, 'package-lock.json'), 'utf8');
    if (sameLock) symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'));
    else execSync('npm ci --no-audit --no-fund --ignore-scripts', { cwd: worktree, stdio: 'ignore' });
    execSync('npx vite build', { cwd: worktree, stdio: 'ignore' });
    execSync('npx vite build', { cwd: root, stdio: 'ignore' });
    const builds = [
      { name: rev, cwd: worktree, port: 4191 },
      { name: 'working tree', cwd: root, port: 4192 },
    ];
    for (const build of builds) servers.push(await servePreview(build));
    const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
    const samples = builds.map(() => ({ tick: [], areaSwitch: [], dashboard: [] }));
    for (let r = 0; r < ROUNDS; r += 1) {
      // Turns alternate who goes first, so neither build always meets the machine warmer.
      const order = r % 2 === 0 ? [0, 1] : [1, 0];
      for (const b of order) {
        const measured = await measureRound(browser, `http://127.0.0.1:${builds[b].port}`);
        for (const [figure, xs] of Object.entries(measured)) samples[b][figure].push(...xs);
      }
      process.stdout.write(`round ${r + 1} of ${ROUNDS} done\n`);
    }
    await browser.close();
    console.log(`\n${'figure (ms)'.padEnd(14)}  ${'build'.padEnd(14)}  ${'n'.padStart(4)}  mean  median  p95`);
    for (const figure of ['tick', 'areaSwitch', 'dashboard']) {
      for (const [b, build] of builds.entries()) {
        const s = summary(samples[b][figure]);
        const line = `${figure.padEnd(14)}  ${build.name.slice(0, 14).padEnd(14)}  ${String(s.n).padStart(4)}  ${String(s.mean).padStart(4)}  ${String(s.median).padStart(6)}  ${String(s.p95).padStart(3)}`;
        console.log(line);
      }
      const ratio = summary(samples[1][figure]).mean / summary(samples[0][figure]).mean;
      console.log(`${''.padEnd(14)}  working tree / ${rev}: ${ratio.toFixed(2)} (mean)`);
    }
  } finally {
    for (const server of servers) server.stop();
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root, stdio: 'ignore' });
    rmSync(worktree, { recursive: true, force: true });
  }
}

await main();
