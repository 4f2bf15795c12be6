// What `npm run bench` and `bench/compare.mjs` measure with: probes in the page and timed inputs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AREAS } from './big-plan.mjs';
export const KEY = 'ai-startup-workbook';

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
export const round = (x) => (x === null ? null : Math.round(x * 10) / 10);

/** In the page: time from each input event to the paint after it, and the Event Timing entries. */
function installProbes() {
  window.__inputToPaint = [];
  window.__eventTiming = [];
  for (const type of ['click', 'keydown']) {
    addEventListener(
      type,
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__inputToPaint.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) window.__eventTiming.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // The durations of inputs made after `since`. An entry can arrive late: in headless Chromium,
  // keystrokes in a note typed after a series of ticks were reported only at a later input, with
  // durations running up to it (seconds); they must not count for that input.
  window.__reportedSince = (since) =>
    window.__eventTiming
      .splice(0)
      .filter((entry) => entry.start >= since)
      .map((entry) => entry.duration);
  // The browser reports an interaction's entries some time after the paint that ends it. After a
  // click with the button held down 80 ms, an area switch's came 60-90 ms after the click, once the
  // probe had already seen its paint, and read then a 56 ms switch counted as 16. So the sample
  // waits for the entry of the input itself (`names`) or, when the interaction took under 16 ms and
  // reports nothing, for `patience` ms.
  window.__reportedFor = (since, names, patience = 500) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        const arrived = window.__eventTiming.some((entry) => entry.start >= since && names.includes(entry.name));
        if (arrived || performance.now() - started > patience) resolve(window.__reportedSince(since));
        else setTimeout(check, 10);
      };
      check();
    });
}

/**
 * One interaction's latency as INP counts it: the Event Timing duration (input to next paint) when
 * the browser reported one, which it does only above 16 ms; below that, the probe's input-to-paint
 * time, capped at 16 ms, since the browser's own measure says it was under that.
 */
export async function takeSample(page, since) {
  await page.waitForFunction(() => window.__inputToPaint.length > 0);
  return page.evaluate(async (since) => {
    const reported = await window.__reportedFor(since, ['click', 'keydown']);
    const probe = Math.max(...window.__inputToPaint);
    window.__inputToPaint = [];
    return reported.length ? Math.max(...reported) : Math.min(probe, 16);
  }, since);
}

export const now = (page) => page.evaluate(() => performance.now());

/**
 * A person's click on the link to `href`, timed as INP times it: the Event Timing duration from the
 * input to the next paint. That paint must show the new screen, so a probe also notes how many
 * frames passed before the new heading was in the page; if it was not there in the first, the
 * sample is the probe's time until a frame showed it, when that is longer.
 */
export async function clickThrough(page, href) {
  const since = await page.evaluate((target) => {
    const before = document.querySelector('h1');
    window.__navigationProbe = new Promise((resolve) => {
      addEventListener(
        'click',
        (event) => {
          let frames = 0;
          const check = () => {
            frames += 1;
            const heading = document.querySelector('h1');
            if (location.pathname === target && heading && heading !== before) {
              setTimeout(() => resolve({ probe: performance.now() - event.timeStamp, frames }), 0);
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
    return performance.now();
  }, href);
  await page.locator(`a[href="${href}"]`).first().click();
  return page.evaluate(async (since) => {
    const { probe, frames } = await window.__navigationProbe;
    const reported = await window.__reportedFor(since, ['click']);
    window.__inputToPaint = [];
    const eventTiming = reported.length ? Math.max(...reported) : null;
    if (frames === 1) return eventTiming ?? Math.min(probe, 16);
    return Math.max(eventTiming ?? 0, probe);
  }, since);
}

/** As a user reads before moving on: the area shown has all 500 rows, and the one left is gone. */
export async function untilAreaFullyRendered(page) {
  await page.waitForFunction(
    () => document.querySelectorAll('.checklist').length === 1 && document.querySelectorAll('.checklist .item').length >= 500,
  );
}

export async function newPage(browser, state) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  if (state) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(state)]);
  await context.addInitScript(installProbes);
  return { context, page: await context.newPage() };
}

/**
 * Ticks `checkboxAt(page, i)` for each i in `[from, to)`, one sample each. A click that changes
 * nothing would flatter the figure, so it stops the run.
 */
export async function tickEach(page, from, to, checkboxAt) {
  const ticks = [];
  for (let i = from; i < to; i += 1) {
    const checkbox = checkboxAt(page, i);
    const before = await checkbox.isChecked();
    const since = await now(page);
    await checkbox.click();
    ticks.push(await takeSample(page, since));
    if ((await checkbox.isChecked()) === before) throw new Error(`click ${i} did not tick the item; the figure would be void`);
  }
  return ticks;
}

/**
 * `count` clicks through the sidebar from area to area, each waiting for `untilReady` before the
 * next; the links' addresses are the area ids `under` a path.
 */
export async function switchAreas(page, count, untilReady = untilAreaFullyRendered, under = '/areas') {
  const switches = [];
  for (let i = 0; i < count; i += 1) {
    switches.push(await clickThrough(page, `${under}/${AREAS[(i + 4) % AREAS.length]}`));
    await untilReady(page);
  }
  return switches;
}

/**
 * Serves a build with `vite preview` (from `cwd`, which holds the config and `dist/` unless `outDir`
 * says otherwise) and resolves once it answers.
 */
export async function servePreview({ port, cwd, outDir }) {
  // Vite itself, not through npx: killing npx would leave the server it started running.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  const server = spawn(process.execPath, args, { stdio: 'ignore', cwd });
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { stop: () => server.kill() };
}
