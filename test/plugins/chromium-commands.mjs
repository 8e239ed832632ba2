// Server commands for tests that need Chromium's DevTools protocol, which Web Test Runner's own
// commands do not reach: `emulate-media-features` (its `emulateMedia` drops `forcedColors` for
// puppeteer-driven Chromium, so a forced-colours test would run without the emulation).
// In other engines every command answers `false`: the test then knows to skip.
export function chromiumCommands() {
  const sessions = new Map();
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name.includes('Chrom')) return false;
      // puppeteer's emulateMediaFeatures refuses `forced-colors`, so this speaks CDP itself. The
      // session stays open: Chromium drops a session's emulation when it detaches.
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
