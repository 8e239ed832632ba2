#!/usr/bin/env node
// `npm run bench` (after `npm run build`): how fast the card is next to the DOM's floor, measured in
// one Chromium run, side by side. For the seed, a realistic HRIS integration (15 models × 40 fields)
// and a huge one (200 × 100):
//   1. first render: `integration` set → ready to paint, against its floor: the card's own final
//      markup and adopted styles set by innerHTML into a fresh shadow root, then (after the microtasks
//      that queued, as the card's) made ready to paint; logos are on their way throughout. The same
//      for a card of the summary variant at 15 × 40 (size `realistic/summary`: the regions every card
//      draws, no lists).
//   2. expanding one model of 100 fields (40 at 15 × 40): toggle → ready to paint, against that
//      table's markup inserted by innerHTML;
//   3. validation alone (`parseIntegration`) next to `JSON.parse` of the same payload;
//   4. a filtering keystroke at 200 × 100 (the first, which builds the search index, and a later
//      one): input → ready to paint, against the filtered view's floor.
// "Ready to paint" is a forced layout, then the next frame's rendering up to its layout and
// pre-paint (see `readyToPaint`): items with `content-visibility: auto` get their contents laid out
// only in that frame. The first render at 15 × 40 is also timed to the forced layout alone.
// It also builds v0.1 (commit 8eb4cf8) in a git worktree (.bench/, never committed) and measures
// its first render and floor in the same run, interleaved with the current build's.
// Prints ratios (median of RUNS after WARMUPS, with the spread and a 95 % bootstrap interval of the
// median), a control (the 15 × 40 floor against itself: what noise alone does to a ratio) and the
// absolute times, then where each first render's time goes (input and validation, template values,
// Lit's commit, style and layout) next to its floor's (innerHTML, style and layout).
// BASE=<git ref> also builds that commit (in .bench/) and compares this build's first renders with
// its, interleaved in the same run: the A/B that shows a small gain or loss, phase by phase.
// PROFILE=step:size (e.g. PROFILE=render:huge) instead prints where that step spends its time: the
// functions with the most self time in a CPU profile of ten runs of it.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.RUNS ?? 11);
const WARMUPS = 3;
const PROFILE_RUNS = 30;
const REPEAT = Number(process.env.REPEAT ?? 3);
const root = process.cwd();
const V01 = '8eb4cf8';

if (!existsSync('dist/cdn/kombo-integration-card.js')) {
  console.error('Missing dist/cdn: run `npm run build` first.');
  process.exit(1);
}
/** Another build of the card, made once in a worktree (`.bench/<name>`) that shares this checkout's node_modules. */
const buildAt = (name, ref) => {
  const dir = join(root, '.bench', name);
  if (existsSync(join(dir, 'dist/cdn/kombo-integration-card.js'))) return;
  if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npx', ['rollup', '-c'], { cwd: dir, stdio: 'ignore' });
};
buildAt('v0.1', V01);
// BASE=<git ref>: that commit's build too, measured interleaved with this one: an A/B of two builds in
// one run, which can show a change smaller than what moves one run against another.
const BASE = process.env.BASE
  ? execFileSync('git', ['rev-parse', '--short', process.env.BASE], { encoding: 'utf8' }).trim()
  : undefined;
if (BASE) buildAt(`base-${BASE}`, BASE);

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html' };

/** The page that measures one build; `window.bench(step)` runs one measurement and returns ms. */
const page = (
  module,
  version,
) => `<!doctype html><html lang="en"><body style="margin:0;width:1024px"><script type="module">
  import * as card from '${module}';
  import { large, seed } from '/demo/fixtures.mjs';
  const sizes = { seed: seed.data, realistic: large(15, 40), huge: large(200, 100) };
  // Logos on their way, as a page's are at its first paint: this server answers them only after a
  // second, never from a cache. The fixtures' own host is unreachable here, so their logos failed,
  // and each failure made the card render again (trying its icon, then its monogram) a few ms after
  // its first render, close enough to land inside the time measured.
  for (const data of Object.values(sizes)) data.tool.logo_url = data.tool.icon_url = location.origin + '/slow-logo.svg';
  const texts = Object.fromEntries(Object.entries(sizes).map(([name, data]) => [name, JSON.stringify(data)]));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  /**
   * A page at rest: a reader opens a model long after the card appeared. One frame after the first
   * render, the browser still has rendering of its own to do (a profile shows 4–7 ms of it landing
   * between the click and the \`toggle\` task), which is neither the card's cost nor its floor's.
   */
  const settle = async () => {
    for (let i = 0; i < 3; i++) await frame();
  };
  const layout = (root) => root.lastElementChild?.getBoundingClientRect();
  /**
   * Ready to paint: a forced layout, then the next frame's rendering up to its layout and pre-paint,
   * the idle time between them left out. Returns the time from \`start\` to then, and how long the next
   * frame took, from its animation-frame callback to a resize observation (which the browser
   * delivers after that frame's style, layout and pre-paint). Items with \`content-visibility: auto\` that have just
   * appeared get their contents laid out only in that frame: a forced layout right after they appear
   * lays out their placeholders (checkVisibility says they are still skipped then), for the card and
   * its floor alike, so stopping there would leave most of the layout out of both.
   */
  const readyToPaint = async (root, start) => {
    layout(root);
    const forced = performance.now();
    const next = await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          resolve(performance.now() - frameStart);
        });
        observer.observe(root.lastElementChild);
      }),
    );
    return [forced - start + next, next];
  };
  const fresh = async (variant) => {
    const element = document.createElement('kombo-integration-card');
    if (variant) element.variant = variant;
    document.body.append(element);
    await element.updateComplete;
    await frame();
    return element;
  };
  /** The same DOM without Lit: final markup (comments dropped) and the same sheets, by innerHTML. */
  const floor = async (markup, sheets, prepare = () => {}) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    prepare(root);
    await frame();
    const start = performance.now();
    root.innerHTML = markup;
    // The microtasks the markup queued (an image's load starts in one) run first, as the card's do
    // before its \`updateComplete\` (Lit's commit is itself a microtask).
    await null;
    const parsed = performance.now();
    const [ms, next] = await readyToPaint(root, start);
    host.remove();
    phases = { innerHTML: parsed - start, layout: ms - (parsed - start), next };
    return ms;
  };
  /**
   * Where a first render's time goes, read in the same try: the element's willUpdate (taking the
   * input: validation and what is derived from it), render (the templates' values), the rest of
   * update (Lit's commit of them into the DOM), then style and layout. Timed by wrappers on the
   * class (every card, every step, both versions pay their few performance.now() calls alike;
   * wrappers on the instance changed its shape and slowed Lit's own code down).
   */
  let phases;
  let timing;
  const Card = customElements.get('kombo-integration-card');
  for (const [method, phase] of [['willUpdate', 'input'], ['render', 'values'], ['update', 'update']]) {
    const own = Card.prototype[method];
    Card.prototype[method] = function (...args) {
      if (!timing) return own.apply(this, args);
      const start = performance.now();
      try {
        return own.apply(this, args);
      } finally {
        timing[phase] += performance.now() - start;
      }
    };
  }
  const markupOf = (element) => element.shadowRoot.innerHTML.replace(/<!--[\\s\\S]*?-->/g, '');
  /**
   * The card's final markup and sheets, and the card taken out of the page: a floor takes its place
   * at the top, where the card was measured (below it, every item would be off-screen and skip layout).
   */
  const takeOut = (element) => {
    const taken = [markupOf(element), element.shadowRoot.adoptedStyleSheets];
    element.remove();
    return taken;
  };

  // Each measurement: garbage collected first (so no collection of earlier garbage lands in it),
  // the best of REPEAT tries (a try the machine interrupted says nothing about the code).
  window.bench = async (step, size) => {
    let best = { ms: Infinity };
    for (let i = 0; i < ${REPEAT}; i++) {
      gc();
      await frame();
      phases = undefined;
      const ms = await measure(step, size);
      if (ms < best.ms) best = { ms, phases };
    }
    return best;
  };
  // A size may name a variant of the card after a slash (\`realistic/summary\`); the data is the size's.
  const measure = async (step, sizeAndVariant) => {
    const [size, variant] = sizeAndVariant.split('/');
    const data = JSON.parse(texts[size]);
    if (step === 'parse') {
      const start = performance.now();
      card.parseIntegration(data);
      return performance.now() - start;
    }
    if (step === 'json') {
      const start = performance.now();
      JSON.parse(texts[size]);
      return performance.now() - start;
    }
    const element = await fresh(variant);
    try {
      timing = { input: 0, values: 0, update: 0 };
      let start = performance.now();
      element.integration = data;
      await element.updateComplete;
      const updated = performance.now();
      const [render, next] = await readyToPaint(element.shadowRoot, start);
      const { input, values, update } = timing;
      timing = undefined;
      if (step === 'render') {
        phases = { input, values, commit: update - values, layout: render - (updated - start), next };
        return render;
      }
      // 'render-floor-again': the same floor once more, as a control (see the rows below).
      if (step.startsWith('render-floor')) return floor(...takeOut(element));
      // Expanding the model with the most fields (100, or 40 in the realistic size).
      const details = element.shadowRoot.querySelector('details');
      if (step === 'expand' || step === 'expand-floor') {
        const collapsed = markupOf(element);
        await settle();
        start = performance.now();
        details.querySelector('summary').click();
        await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
        await element.updateComplete;
        for (let i = 0; !details.querySelector('table'); i++) {
          if (i > 100) throw new Error('the expanded model drew no field table');
          await element.updateComplete.then(frame);
        }
        const [expand] = await readyToPaint(element.shadowRoot, start);
        if (step === 'expand') return expand;
        const table = details.querySelector('table').outerHTML.replace(/<!--[\\s\\S]*?-->/g, '');
        // The table's floor: the collapsed card's markup laid out, then, measured, the same disclosure
        // opened and the table's markup inserted by innerHTML (what the browser does for the card's toggle).
        const [, sheets] = takeOut(element);
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.innerHTML = collapsed;
        const open = root.querySelector('details');
        layout(root);
        await settle();
        const begin = performance.now();
        open.open = true;
        open.querySelector('.item-body').insertAdjacentHTML('beforeend', table);
        const [ms] = await readyToPaint(root, begin);
        host.remove();
        return ms;
      }
      if (step.startsWith('filter')) {
        while (!element.shadowRoot.querySelector('[part~="search"]')) await frame();
        const field = element.shadowRoot.querySelector('[part~="search"]');
        const type = async (text) => {
          field.value = text;
          field.dispatchEvent(new Event('input'));
          await element.updateComplete;
          return readyToPaint(element.shadowRoot, start);
        };
        // 'filter-next': a keystroke after the first (the search index is built by then).
        if (step.startsWith('filter-next')) await type('custom_field_4');
        await frame();
        start = performance.now();
        const [filter] = await type('custom_field_42_');
        if (!step.endsWith('floor')) return filter;
        return floor(...takeOut(element));
      }
    } finally {
      element.remove();
    }
  };
  window.ready = '${version}';
</script></body></html>`;

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  // Cross-origin isolation: performance.now() in 5 µs steps instead of 100 µs.
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  response.setHeader('cross-origin-embedder-policy', 'require-corp');
  if (path === '/slow-logo.svg') {
    response.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
    setTimeout(() => createReadStream(join(root, 'test/logo.svg')).pipe(response), 1000);
    return;
  }
  if (path === '/current.html') return response.end(page('/dist/cdn/kombo-integration-card.js', 'current'));
  if (path === '/v0.1.html') return response.end(page('/.bench/v0.1/dist/cdn/kombo-integration-card.js', 'v0.1'));
  if (BASE && path === '/base.html')
    return response.end(page(`/.bench/base-${BASE}/dist/cdn/kombo-integration-card.js`, 'base'));
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--js-flags=--expose-gc',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values) => [Math.min(...values), Math.max(...values)];
/**
 * Where the median of these per-run ratios could lie: a 95 % bootstrap interval (the median of
 * 2,000 resamples with replacement, their 2.5th and 97.5th percentiles), from a fixed seed so a run
 * prints the same interval for the same numbers.
 */
const interval = (values) => {
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const medians = Array.from({ length: 2000 }, () =>
    median(values.map(() => values[Math.floor(random() * values.length)])),
  ).sort((a, b) => a - b);
  return [medians[50], medians[1949]];
};
try {
  const pages = {};
  for (const version of ['current', 'v0.1', ...(BASE ? ['base'] : [])]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1024, height: 800 });
    if (process.env.DEBUG)
      tab.on('console', (m) => console.log(version, m.text())).on('pageerror', (e) => console.log(version, e));
    await tab.goto(`http://127.0.0.1:${server.address().port}/${version}.html`);
    await tab.waitForFunction(() => window.ready);
    pages[version] = tab;
  }
  if (process.env.PROFILE) {
    const [step, size] = process.env.PROFILE.split(':');
    const tab = pages.current;
    await tab.bringToFront();
    for (let i = 0; i < WARMUPS; i++) await tab.evaluate((step, size) => window.bench(step, size), step, size);
    const cdp = await tab.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < PROFILE_RUNS; i++) await tab.evaluate((step, size) => window.bench(step, size), step, size);
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    // Minified names and positions, read back through the build's source maps.
    const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
    const maps = new Map();
    const where = (frame) => {
      const file = frame.url.startsWith('http') ? join(root, new URL(frame.url).pathname) : '';
      if (!file.endsWith('.js') || !existsSync(`${file}.map`)) return null;
      if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(`${file}.map`, 'utf8')));
      const found = originalPositionFor(maps.get(file), { line: frame.lineNumber + 1, column: frame.columnNumber });
      return found.source
        ? `${found.name ?? frame.functionName} ${found.source.split('/').slice(-2).join('/')}:${found.line}`
        : null;
    };
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id);
      const key =
        where(frame) ?? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
    });
    // Inclusive time: every function on the sampled stack, once per sample.
    const parents = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    const inclusive = new Map();
    profile.samples.forEach((id, i) => {
      const seen = new Set();
      for (let node = id; node !== undefined; node = parents.get(node)) {
        const frame = nodes.get(node);
        const key =
          where(frame) ?? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
      }
    });
    const total = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
    console.log(`${process.env.PROFILE}: ${total.toFixed(0)} ms over ${PROFILE_RUNS} runs; most self time:`);
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    console.log('most total time (self and callees):');
    for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    process.exit(0);
  }
  const steps = [
    ['current', 'render', 'seed'],
    ['current', 'render-floor', 'seed'],
    ['current', 'render', 'realistic/summary'],
    ['current', 'render-floor', 'realistic/summary'],
    ['current', 'render-floor-again', 'realistic'],
    ['current', 'render', 'realistic'],
    ['current', 'render-floor', 'realistic'],
    ['current', 'render', 'huge'],
    ['current', 'render-floor', 'huge'],
    ['v0.1', 'render', 'huge'],
    ['v0.1', 'render-floor', 'huge'],
    ['v0.1', 'render', 'realistic'],
    ['v0.1', 'render-floor', 'realistic'],
    ['current', 'expand', 'realistic'],
    ['current', 'expand-floor', 'realistic'],
    ['current', 'expand', 'huge'],
    ['current', 'expand-floor', 'huge'],
    ['current', 'parse', 'realistic'],
    ['current', 'json', 'realistic'],
    ['current', 'parse', 'huge'],
    ['current', 'json', 'huge'],
    ['current', 'filter', 'huge'],
    ['current', 'filter-floor', 'huge'],
    ['current', 'filter-next', 'huge'],
    ['current', 'filter-next-floor', 'huge'],
    ...(BASE
      ? [
          ['base', 'render', 'realistic'],
          ['base', 'render', 'huge'],
        ]
      : []),
  ];
  // ONLY=realistic (or ONLY=expand, ONLY=render,huge …) measures the steps that match every word.
  const only = process.env.ONLY?.split(',') ?? [];
  steps.splice(
    0,
    steps.length,
    ...steps.filter((step) => only.every((word) => step.some((part) => part.startsWith(word)))),
  );
  /** Each step's runs: its time and, for first renders and their floors, its phases (see `timing`). */
  const runs = new Map(steps.map((step) => [step.join(' '), []]));
  // Interleaved: every step once per round, so machine noise falls on all of them alike; every other
  // round in reverse order, so no step always comes first or always follows the same one.
  for (let round = 0; round < WARMUPS + RUNS; round++) {
    for (const [version, step, size] of round % 2 ? steps.toReversed() : steps) {
      const tab = pages[version];
      await tab.bringToFront();
      if (process.env.DEBUG) console.error(round, version, step, size);
      const run = await tab.evaluate((step, size) => window.bench(step, size), step, size);
      if (round >= WARMUPS) runs.get([version, step, size].join(' ')).push(run);
    }
  }
  const get = (key, pick = (run) => run.ms) => runs.get(key)?.map(pick) ?? [NaN];
  const phasesOf = (key) => runs.get(key)?.map((run) => run.phases) ?? [];
  /** One ratio per run (both sides from the same round), for the medians and spreads below. */
  const perRun = (a, b) => a.map((value, i) => value / b[i]);
  const ratio = (a, b, pick) => {
    const values = perRun(get(a, pick), get(b, pick));
    if (values.some(Number.isNaN)) return 'NaN';
    const [low, high] = spread(values);
    const [from, to] = interval(values);
    return `${median(values).toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}) | ${from.toFixed(2)}–${to.toFixed(2)}`;
  };
  const ms = (key, pick) => {
    const value = median(get(key, pick));
    return `${value.toFixed(value < 1 ? 2 : 1)} ms`;
  };
  /** A run's time to its forced layout alone, without the next frame. */
  const forcedOnly = (run) => run.ms - run.phases.next;
  /** A row: the ratio of \`a\` to \`b\` (per run), then both medians in ms, \`extra\` after them. */
  const compare = (label, a, b, pick, extra = '') => [
    label,
    ratio(a, b, pick),
    `${ms(a, pick)} / ${ms(b, pick)}${extra}`,
  ];
  const phaseNames = { input: 'input (validation)', values: 'template values', commit: 'Lit’s commit' };
  const rows = [
    compare('first render, seed, against its floor', 'current render seed', 'current render-floor seed'),
    compare(
      'first render of the summary variant (header, health, coverage summary; no lists), 15 × 40, against its floor',
      'current render realistic/summary',
      'current render-floor realistic/summary',
    ),
    compare(
      'first render, 15 × 40, against its floor, to ready to paint',
      'current render realistic',
      'current render-floor realistic',
    ),
    compare(
      'first render, 15 × 40, against its floor, to the forced layout (target ≤ 1.2× laid out; no item waits at this size, so this is the whole layout)',
      'current render realistic',
      'current render-floor realistic',
      forcedOnly,
    ),
    compare(
      'control: the 15 × 40 floor against itself, measured twice in each round (the noise in every ratio; ideally 1.00×)',
      'current render-floor realistic',
      'current render-floor-again realistic',
    ),
    compare('first render, 200 × 100, against its floor', 'current render huge', 'current render-floor huge'),
    compare(
      'expand a model of 40 fields, against its floor (target ≤ 1.3×)',
      'current expand realistic',
      'current expand-floor realistic',
    ),
    compare(
      'expand a model of 100 fields, against its floor (target ≤ 1.3×)',
      'current expand huge',
      'current expand-floor huge',
    ),
    compare(
      'validation, 15 × 40, against JSON.parse of the payload',
      'current parse realistic',
      'current json realistic',
    ),
    compare(
      'validation, 200 × 100, against JSON.parse of the payload',
      'current parse huge',
      'current json huge',
      undefined,
      ` (${((median(get('current parse huge')) * 1000) / 20_200).toFixed(2)} µs per field or model)`,
    ),
    compare(
      'the first filtering keystroke, 200 × 100 (builds the search index), against its floor',
      'current filter huge',
      'current filter-floor huge',
    ),
    compare(
      'a later filtering keystroke, 200 × 100, against its floor',
      'current filter-next huge',
      'current filter-next-floor huge',
    ),
    compare('first render, 15 × 40: this card against v0.1', 'current render realistic', 'v0.1 render realistic'),
    compare(
      'first render, 200 × 100: this card against v0.1 (target ≤ 0.5×)',
      'current render huge',
      'v0.1 render huge',
    ),
    compare(
      'its floor, 200 × 100: this card’s against v0.1’s (target ≤ 0.5×)',
      'current render-floor huge',
      'v0.1 render-floor huge',
    ),
    ...(BASE
      ? [
          compare(
            `first render, 15 × 40: this build against ${BASE}`,
            'current render realistic',
            'base render realistic',
          ),
          ...Object.entries(phaseNames).map(([name, words]) =>
            compare(
              `the same, ${words} alone`,
              'current render realistic',
              'base render realistic',
              (run) => run.phases[name],
            ),
          ),
          compare(`first render, 200 × 100: this build against ${BASE}`, 'current render huge', 'base render huge'),
        ]
      : []),
  ];
  console.log(
    `| measure (${await browser.version()}, one run; median of ${RUNS} after ${WARMUPS} warm-ups, spread in brackets) | ratio | 95 % interval of the median | ms |`,
  );
  console.log('| --- | --- | --- | --- |');
  for (const [name, value, abs] of rows.filter((row) => !row[1].includes('NaN')))
    console.log(`| ${name} | ${value} | ${abs} |`);
  // Where each first render's time goes, next to its floor's (medians of the same runs).
  const phase = (key, name) => median(phasesOf(key).map((p) => p[name]));
  const sizes = [
    ['seed', 'the seed'],
    ['realistic/summary', 'summary variant, 15 × 40'],
    ['realistic', '15 × 40'],
    ['huge', '200 × 100'],
  ].filter(([size]) => phasesOf(`current render ${size}`).length && phasesOf(`current render-floor ${size}`).length);
  if (sizes.length) {
    console.log(
      '\n| first render: where the time goes (ms, medians) | input (validation) | template values | Lit’s commit | style and layout | of which the next frame | floor: innerHTML | floor: style and layout | of which the next frame | commit ÷ innerHTML | card without its script work ÷ floor |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [size, name] of sizes) {
      const card = `current render ${size}`;
      const base = `current render-floor ${size}`;
      const each = (ofCard, ofFloor) => median(perRun(phasesOf(card).map(ofCard), phasesOf(base).map(ofFloor)));
      const cells = [
        phase(card, 'input'),
        phase(card, 'values'),
        phase(card, 'commit'),
        phase(card, 'layout'),
        phase(card, 'next'),
        phase(base, 'innerHTML'),
        phase(base, 'layout'),
        phase(base, 'next'),
      ].map((ms) => ms.toFixed(2));
      const bare = each(
        (p) => p.commit + p.layout,
        (p) => p.innerHTML + p.layout,
      );
      const commit = each(
        (p) => p.commit,
        (p) => p.innerHTML,
      );
      console.log(`| ${name} | ${cells.join(' | ')} | ${commit.toFixed(2)}× | ${bare.toFixed(2)}× |`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
