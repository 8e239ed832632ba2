#!/usr/bin/env node
// Screenshots of demo pages in headless Chromium:
// `node scripts/screenshot.mjs URL OUT.png [--dark] [--width=N] [--selector=CSS]` (the element, else the full page).
// Used by hand to look at the demo, and by `npm run screenshots` for the images in docs/.
import puppeteer from 'puppeteer-core';

export async function screenshot(url, out, { dark = false, width = 1280, selector } = {}) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 }).catch(() => {});
    await page.evaluate(() =>
      Promise.all([...document.querySelectorAll('kombo-integration-card')].map((card) => card.updateComplete)),
    );
    // A viewport as tall as the page: items off-screen skip rendering (content-visibility: auto),
    // and a full-page capture does not scroll them into view.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height: Math.max(900, height), deviceScaleFactor: 1 });
    // Then until every item is rendered: on a busy machine that can take more than a few frames
    // (a fixed 300 ms once captured the lists blank), and `checkVisibility` says when, per item.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('kombo-integration-card')].every((card) =>
            [...(card.shadowRoot?.querySelectorAll('.item > *') ?? [])].every((inside) =>
              inside.checkVisibility({ contentVisibilityAuto: true }),
            ),
          ),
        { polling: 'raf', timeout: 10000 },
      )
      .catch(() => console.warn(`${url}: some items were still not rendered after 10 s`));
    const target = selector ? await page.$(selector) : undefined;
    await (target ?? page).screenshot({ path: out, fullPage: !target });
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, out, ...flags] = process.argv.slice(2);
  const value = (name) => flags.find((flag) => flag.startsWith(`--${name}=`))?.slice(name.length + 3);
  await screenshot(url, out, {
    dark: flags.includes('--dark'),
    width: Number(value('width') ?? 1280),
    selector: value('selector'),
  });
  console.log(`wrote ${out}`);
}
