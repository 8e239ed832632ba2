// Server commands for tests that need Chromium's DevTools protocol, which Web Test Runner's own
// commands do not reach: `emulate-media-features` (its `emulateMedia` drops `forcedColors` for
// puppeteer-driven Chromium, so a forced-colours test would run without the emulation), and
// `memory`: garbage collected through the protocol, then the JS heap in use and the DOM counters
// (documents, nodes, event listeners) of the page.
// In other engines every command answers `false`: the test then knows to skip.
export function chromiumCommands() {
  const sessions = new Map();
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'memory') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name.includes('Chrom')) return false;
      // puppeteer's emulateMediaFeatures refuses `forced-colors`, so this speaks CDP itself. The
      // session stays open: Chromium drops a session's emulation when it detaches.
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      if (command === 'memory') {
        // Collected twice: objects the DOM held (detached shadow roots, Lit's parts) go in the second.
        for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const counters = await cdp.send('Memory.getDOMCounters');
        return {
          heap: usedSize,
          nodes: counters.nodes,
          listeners: counters.jsEventListeners,
          documents: counters.documents,
        };
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
