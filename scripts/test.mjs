#!/usr/bin/env node
// `npm test`: the pure modules' unit tests in Node first (test/unit/, seconds), then makes sure the
// three browser engines are here (installing Debian's packages when it can), starts what WebKit
// needs (Xvfb, WebKitWebDriver), runs Web Test Runner in Chromium, Firefox and WebKit (after a
// build: the SSR test needs it), then the Node tests of what it ships (test/node/).
// Extra arguments go to web-test-runner and skip the Node tests (`npm test -- --files test/x.test.ts`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './free-port.mjs';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const needs = {
  chromium: { files: ['/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { files: ['/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    files: ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/Xvfb'],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

function ensureBrowsers() {
  const missing = browsers.flatMap((name) =>
    needs[name].files.some((file) => !existsSync(file)) ? needs[name].packages : [],
  );
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `Missing browser packages. Install them (as root, on Debian) with:\n  ${command}\nor run a subset: BROWSERS=chromium npm test`,
    );
    process.exit(1);
  }
  console.log(`Installing browser packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

async function waitForPort(port, timeout = 15000) {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

const args = process.argv.slice(2);
const MEMORY_TEST = 'test/card-memory.test.ts';
if (args.length === 0) {
  const unit = spawnSync('npm', ['run', 'test:unit', '--silent'], { stdio: 'inherit' });
  if (unit.status !== 0) process.exit(unit.status ?? 1);
}
ensureBrowsers();
const children = [];
const env = { ...process.env, BROWSERS: browsers.join(',') };
try {
  if (browsers.includes('webkit')) {
    if (!env.DISPLAY) {
      const display = `:${90 + Math.floor(Math.random() * 9)}`;
      children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
      env.DISPLAY = display;
    }
    const port = await freePort();
    children.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env }));
    await waitForPort(port);
    env.WEBKIT_DRIVER_PORT = String(port);
  }
  // The build comes first: the SSR hydration test renders with dist/npm, the Node tests check dist/.
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
  const browserRun = spawnSync('npx', ['web-test-runner', ...args], { stdio: 'inherit', env });
  process.exitCode = browserRun.status ?? 1;
  // The memory test (Chromium, through the DevTools protocol) runs alone afterwards: beside the
  // other engines its forced collections can outlast the runner's 20 s limit for a command.
  if (process.exitCode === 0 && args.length === 0 && browsers.includes('chromium')) {
    const memoryRun = spawnSync('npx', ['web-test-runner', '--files', MEMORY_TEST], {
      stdio: 'inherit',
      env: { ...env, BROWSERS: 'chromium' },
    });
    process.exitCode = memoryRun.status ?? 1;
  }
  if (process.exitCode === 0 && args.length === 0) {
    const node = spawnSync(process.execPath, ['--test', 'test/node/'], { stdio: 'inherit' });
    process.exitCode = node.status ?? 1;
  }
} finally {
  for (const child of children) child.kill();
}
