// Draws the app's icons (install, home screen) from public/favicon.svg's design with Chromium, so
// every size is the same tick on the same blue. Run `node scripts/make-icons.mjs` after changing the favicon.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../e2e/chromium.mjs';

const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
// A maskable icon, or one the system rounds itself (Apple's), fills its square: the platform cuts
// the shape, and the tick already sits inside the safe zone (the middle 80%).
const fullBleed = favicon.replace(/ rx="[^"]*"/, '');

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon-180.png', size: 180, svg: fullBleed },
];

const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
try {
  const page = await browser.newPage();
  for (const { file, size, svg } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), png);
    console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
