// `npm run bench`: timings of the production build in headless Chromium, printed beside the baseline.
// A script, not a test: timings vary with the machine and never decide whether `npm test` passes.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, systemChromium } from '../e2e/chromium.mjs';
import { AREAS, bigPlanState } from './big-plan.mjs';
import { measureBytes } from './bytes.mjs';
import {
  clickThrough,
  median,
  newPage,
  now,
  quantile,
  round,
  servePreview,
  switchAreas,
  takeSample,
  tickEach,
  untilAreaFullyRendered,
} from './measure.mjs';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/** For the print view, timed to render: click the link to `href` until the new screen's heading is painted. */
async function timedNavigation(page, href) {
  return page.evaluate(async (target) => {
    const link = document.querySelector(`a[href="${target}"]`);
    if (!link) throw new Error(`no link to ${target}`);
    const before = document.querySelector('h1');
    const start = performance.now();
    link.click();
    await new Promise((resolve) => {
      const check = () => {
        const heading = document.querySelector('h1');
        return location.pathname === target && heading && heading !== before ? resolve() : requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, href);
}

async function checklistWorkload(browser) {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE}/areas/team`);
  await page.getByRole('textbox', { name: 'New item' }).waitFor();
  const ms = await page.evaluate(async () => {
    const input = document.querySelector('#new-item-team');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const start = performance.now();
    for (let i = 0; i < 100; i += 1) {
      setValue.call(input, `Benchmark item ${i}`);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form.requestSubmit();
    }
    await paint();
    const boxes = () => [...document.querySelectorAll('.checklist input[type="checkbox"]')];
    for (const box of boxes().slice(-100)) box.click();
    await paint();
    for (let i = 0; i < 100; i += 1) {
      const buttons = [...document.querySelectorAll('button[aria-label^="Delete Benchmark item"]')];
      buttons[0]?.click();
    }
    await paint();
    return performance.now() - start;
  });
  await context.close();
  return ms;
}

/**
 * Ticks spread over three fresh pages: the ticks of one page cluster around its own frame timing, so
 * a single page would measure that more than the app. (A blank page of checkboxes paints every tick
 * in the next frame: what is above 16 ms is the work each frame of this app costs.) `open` brings a
 * fresh page to what is ticked; `state` is the plan it starts with.
 */
async function ticksOnFreshPages(browser, { state, open }, checkboxAt) {
  const perPage = Math.ceil(RUNS / 3);
  const ticks = [];
  for (let p = 0; p < 3; p += 1) {
    const { context, page } = await newPage(browser, state);
    await open(page, context);
    // As a person reads before ticking: the screen's late downloads and idle work are done.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
    ticks.push(...(await tickEach(page, p * perPage, Math.min(RUNS, (p + 1) * perPage), checkboxAt)));
    await context.close();
  }
  return ticks;
}

/**
 * The same tick and area switch in the guide's own plan (4 or 5 items an area), for reference: what
 * this machine and browser take for the interaction itself, whatever the plan's size.
 */
async function guidePlanWorkload(browser) {
  // The funding area of the guide's plan has 4 items; each is ticked and unticked in turn.
  const checkbox = (page) => page.locator('.checklist input[type="checkbox"]');
  const open = async (page) => {
    await page.goto(`${BASE}/areas/funding`);
    await checkbox(page).first().waitFor();
  };
  const ticks = await ticksOnFreshPages(browser, { open }, (page, i) => checkbox(page).nth(i % 4));
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE}/areas/funding`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Small areas render at once; only the area left has to be gone.
  const switches = await switchAreas(page, RUNS, (p) =>
    p.waitForFunction(() => document.querySelectorAll('.checklist').length === 1),
  );
  await context.close();
  return { tick: ticks, areaSwitch: switches };
}

/** A page with nothing but 20 labelled checkboxes, served at a made-up address of the bench's server. */
const BLANK_PAGE = `<!doctype html><html lang="en"><title>Blank</title><main><h1>Blank</h1><ul>${Array.from(
  { length: 20 },
  (_, i) => `<li><label><input type="checkbox"> Item ${i + 1}</label></li>`,
).join('')}</ul></main>`;

/**
 * The same 30 ticks on a blank page of checkboxes, for reference: what this machine and browser take
 * for a tick when a frame costs next to nothing. The gap to the guide's plan is this app's own cost.
 */
function blankPageTicks(browser) {
  const open = async (page, context) => {
    await context.route(`${BASE}/__bench-blank`, (route) => route.fulfill({ contentType: 'text/html', body: BLANK_PAGE }));
    await page.goto(`${BASE}/__bench-blank`);
  };
  return ticksOnFreshPages(browser, { open }, (page, i) => page.getByRole('checkbox').nth(i % 20));
}

/**
 * A route change that draws next to nothing, for reference: 30 clicks through a blank page's ten
 * links, each pushing its address and putting a heading and eight paragraphs in the main column, as
 * a router would, without any framework. The app's switch draws far more; for the floor of its own
 * screens, see sameScreensWithoutTheApp.
 */
async function blankPageRouteChanges(browser) {
  const { context, page } = await newPage(browser);
  await context.route(`${BASE}/__bench-blank/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: BLANK_ROUTES_PAGE }),
  );
  await page.goto(`${BASE}/__bench-blank/funding`);
  // The click's own handler puts the new text in the page before it returns.
  const changes = await switchAreas(page, RUNS, async () => {}, '/__bench-blank');
  await context.close();
  return changes;
}

const BLANK_ROUTES_PAGE = `<!doctype html><html lang="en"><title>Blank</title>
<style>body { display: flex; gap: 2rem; margin: 0; font-family: sans-serif } nav { width: 14rem }</style>
<nav><ul>${AREAS.map((area) => `<li><a href="/__bench-blank/${area}">${area}</a></li>`).join('')}</ul></nav>
<main><h1>Blank</h1></main>
<script>
  document.querySelector('nav').addEventListener('click', (event) => {
    const link = event.target.closest('a');
    if (!link) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    const text = (tag, content) => Object.assign(document.createElement(tag), { textContent: content });
    document.querySelector('main').replaceChildren(
      text('h1', link.textContent),
      ...Array.from({ length: 8 }, (_, i) => text('p', \`\${link.textContent} item \${i + 1}: a longer description of what this item means for the company and who should be involved.\`)),
    );
  });
</script>`;

/**
 * The floor for this app's own switch, for reference: the same screens, shown by the browser alone.
 * In the app's page (its styles, its nav), each area's first frame is copied as the app paints it;
 * then a click on an area link is caught before React and the router see it, pushes the address and
 * puts in that copy in place of the screen shown, as the app does. The gap to the app's switch is
 * what React and the router add; the rest is the browser's work to show the screen.
 */
async function sameScreensWithoutTheApp(browser) {
  const { context, page } = await newPage(browser, bigPlanState());
  await page.goto(`${BASE}/areas/funding`);
  await untilAreaFullyRendered(page);
  const firstFrames = {};
  for (const area of [...AREAS.filter((a) => a !== 'funding'), 'funding']) {
    // In the frame the click paints, before the rest of the rows come in.
    const painted = page.evaluate(
      () =>
        new Promise((resolve) => {
          const copy = () => resolve(document.querySelector('.area').outerHTML);
          addEventListener('click', () => requestAnimationFrame(copy), { capture: true, once: true });
        }),
    );
    await page.locator(`a[href="/areas/${area}"]`).first().click();
    firstFrames[area] = await painted;
    await untilAreaFullyRendered(page);
  }
  await page.evaluate((copies) => {
    const screens = new Map(
      Object.entries(copies).map(([area, html]) => {
        const template = document.createElement('template');
        template.innerHTML = html;
        return [area, template];
      }),
    );
    let shown = document.querySelector('.area');
    const show = (event) => {
      const link = event.target.closest?.('a[href^="/areas/"]');
      if (!link) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const href = link.getAttribute('href');
      history.pushState(history.state, '', href);
      const next = screens.get(href.split('/').pop()).content.firstElementChild.cloneNode(true);
      shown.before(next);
      shown.remove();
      shown = next;
      for (const current of document.querySelectorAll('[aria-current="page"]')) current.removeAttribute('aria-current');
      for (const current of document.querySelectorAll(`nav a[href="${href}"]`)) current.setAttribute('aria-current', 'page');
      document.title = next.querySelector('h1').textContent;
    };
    document.addEventListener('click', show, { capture: true });
  }, firstFrames);
  // A pause after each, as the app's switches wait for the rest of the rows: the address change
  // leaves the browser work of its own (the tab's icon is fetched and read again), and a click that
  // meets it measures that too.
  const switches = await switchAreas(page, RUNS, (p) => p.waitForTimeout(300));
  await context.close();
  return switches;
}

async function bigPlanWorkload(browser) {
  const state = bigPlanState();
  const results = {};
  // Located by id: a role query over 500 rows costs Playwright more than the click costs the app.
  // (Raw mouse input at a box was tried: without locator.click()'s scrolling, most clicks below
  // the fold ticked nothing, which flattered the figure.)
  const open = async (page) => {
    await page.goto(`${BASE}/areas/funding`);
    await untilAreaFullyRendered(page);
  };
  results.tick = await ticksOnFreshPages(browser, { state, open }, (page, i) => page.locator(`#item-bench-funding-${i}`));

  const { context, page } = await newPage(browser, state);
  await page.goto(`${BASE}/areas/funding`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await untilAreaFullyRendered(page);

  const notes = page.locator('#bench-funding-1-notes');
  await notes.click();
  await page.evaluate(() => {
    window.__inputToPaint = [];
  });
  const keys = [];
  for (let i = 0; i < RUNS; i += 1) {
    const since = await now(page);
    await page.keyboard.press('a');
    keys.push(await takeSample(page, since));
  }
  results.keystroke = keys;

  // Each switch leaves a fully rendered 500-row area, the costlier case, not one still filling in.
  results.areaSwitch = await switchAreas(page, RUNS);

  const dashboards = [];
  for (let i = 0; i < Math.min(RUNS, 15); i += 1) {
    dashboards.push(await clickThrough(page, '/'));
    await clickThrough(page, '/areas/team');
    // Like the area switches: the dashboard is opened from an area whose 500 rows have all rendered.
    await untilAreaFullyRendered(page);
  }
  results.dashboard = dashboards;

  const prints = [];
  for (let i = 0; i < 5; i += 1) {
    prints.push(await timedNavigation(page, '/print'));
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const wait = () => (document.querySelectorAll('.print-item').length >= 5000 ? resolve() : requestAnimationFrame(wait));
          wait();
        }),
    );
    await page.goBack();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  results.printView = prints;
  await context.close();
  return results;
}

async function coldLoad(browser, path) {
  const samples = { fcp: [], interactive: [] };
  for (let i = 0; i < 5; i += 1) {
    const { context, page } = await newPage(browser);
    await context.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__fcp = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
      // The app answers clicks once React has committed its first screen: the main landmark appears.
      new MutationObserver((_, observer) => {
        if (document.querySelector('main h1')) {
          window.__interactiveAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__interactiveAt !== undefined && window.__fcp !== undefined);
    const timing = await page.evaluate(() => ({
      fcp: window.__fcp,
      interactive: window.__interactiveAt,
    }));
    samples.fcp.push(timing.fcp);
    samples.interactive.push(timing.interactive);
    await context.close();
  }
  return { fcp: median(samples.fcp), interactive: median(samples.interactive) };
}

async function lighthouseScores() {
  let lighthouse;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch {
    return null;
  }
  const port = 9333;
  const chrome = spawn(
    systemChromium ?? 'chromium',
    [
      ...chromiumArgs,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      '--user-data-dir=/tmp/bench-lighthouse',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    for (let i = 0; i < 50; i += 1) {
      try {
        await fetch(`http://127.0.0.1:${port}/json/version`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const result = await lighthouse(`${BASE}/`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    return Object.fromEntries(Object.entries(result.lhr.categories).map(([id, category]) => [id, category.score]));
  } finally {
    chrome.kill();
  }
}

async function main() {
  execSync('npx vite build', { stdio: 'ignore' });
  const server = await servePreview({ port: PORT });
  try {
    const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
    const checklist = await checklistWorkload(browser);
    const big = await bigPlanWorkload(browser);
    const guide = await guidePlanWorkload(browser);
    const blank = await blankPageTicks(browser);
    const blankRouteChanges = await blankPageRouteChanges(browser);
    const sameScreens = await sameScreensWithoutTheApp(browser);
    const coldHome = await coldLoad(browser, '/');
    const coldArea = await coldLoad(browser, '/areas/team');
    await browser.close();
    const bytes = measureBytes('dist');
    const scores = process.env.BENCH_LIGHTHOUSE === '0' ? null : await lighthouseScores();

    const figures = {
      'checklist workload (100 add + tick + delete), ms': checklist,
      'big plan: tick, median ms': median(big.tick),
      'big plan: tick, p95 ms': quantile(big.tick, 0.95),
      'big plan: notes keystroke, median ms': median(big.keystroke),
      'big plan: notes keystroke, p95 ms': quantile(big.keystroke, 0.95),
      'big plan: area switch, median ms': median(big.areaSwitch),
      'big plan: area switch, p95 ms': quantile(big.areaSwitch, 0.95),
      'big plan: open dashboard, median ms': median(big.dashboard),
      'big plan: open print view (5,000 items), median ms': median(big.printView),
      "guide's plan (reference): tick, median ms": median(guide.tick),
      "guide's plan (reference): tick, p95 ms": quantile(guide.tick, 0.95),
      "guide's plan (reference): area switch, median ms": median(guide.areaSwitch),
      "guide's plan (reference): area switch, p95 ms": quantile(guide.areaSwitch, 0.95),
      'blank page (reference): tick, median ms': median(blank),
      'blank page (reference): tick, p95 ms': quantile(blank, 0.95),
      'blank page (reference): route change, median ms': median(blankRouteChanges),
      'blank page (reference): route change, p95 ms': quantile(blankRouteChanges, 0.95),
      'big plan, its screens without the app (reference): area switch, median ms': median(sameScreens),
      'big plan, its screens without the app (reference): area switch, p95 ms': quantile(sameScreens, 0.95),
      'cold load /: first contentful paint, ms': coldHome.fcp,
      'cold load /: answers clicks at, ms': coldHome.interactive,
      'cold load /areas/team: first contentful paint, ms': coldArea.fcp,
      'cold load /areas/team: answers clicks at, ms': coldArea.interactive,
      'bytes: initial JS of /, gzip': bytes.routes['/'].js.gzip,
      'bytes: initial JS of /, brotli': bytes.routes['/'].js.brotli,
      'bytes: initial CSS of /, gzip': bytes.routes['/'].css.gzip,
      'bytes: JS of /areas/$areaId, gzip': bytes.routes['/areas/$areaId'].js.gzip,
      'bytes: JS of /print, gzip': bytes.routes['/print'].js.gzip,
      ...Object.fromEntries(Object.entries(bytes.chunks).map(([chunk, size]) => [`bytes: chunk ${chunk}, gzip`, size])),
      ...(scores ? Object.fromEntries(Object.entries(scores).map(([id, score]) => [`lighthouse (mobile): ${id}`, score])) : {}),
    };
    for (const key of Object.keys(figures)) figures[key] = round(figures[key]);

    const baselinePath = new URL('./baseline.json', import.meta.url);
    const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')).figures : {};
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    console.log(`${'figure'.padEnd(width)}  ${'now'.padStart(10)}  ${'baseline'.padStart(10)}  ratio`);
    for (const [key, value] of Object.entries(figures)) {
      const before = baseline[key];
      const ratio = typeof before === 'number' && before !== 0 && typeof value === 'number' ? (value / before).toFixed(2) : '';
      console.log(`${key.padEnd(width)}  ${String(value).padStart(10)}  ${String(before ?? '').padStart(10)}  ${ratio}`);
    }
    const results = {
      date: new Date().toISOString(),
      runs: RUNS,
      figures,
      samples: { ...big, guide, blank, blankRouteChanges, sameScreens },
    };
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    if (process.argv.includes('--save-baseline')) {
      writeFileSync(baselinePath, `${JSON.stringify({ date: results.date, figures }, null, 2)}\n`);
      console.log('Saved as the new baseline.');
    }
  } finally {
    server.stop();
  }
}

await main();
