// The module loaded with a query string, in its own page: its chunks would load a second copy, so it
// says what to do instead.
import { expect } from '@open-wc/testing';

describe('the module with a query string (built)', () => {
  it('warns, naming the supported form', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const url = '/dist/cdn/kombo-integration-card.js?v=1';
      await import(url);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('query string');
    expect(warnings[0]).to.contain('version the path');
  });
});
