// axe-core, run as the accessibility tests run it; no card code, so the tests of the built files use it too.
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** WCAG 2.0, 2.1 and 2.2 A/AA (target size included), not only axe's defaults. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations, violations.join('\n')).to.deep.equal([]);
}
