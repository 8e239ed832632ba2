import { expect, fixture, html } from '@open-wc/testing';
import * as fc from 'fast-check';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { validIntegration } from './arbitraries.js';
import { part, textOf } from './helpers.js';

describe('rendering, property-based', function () {
  this.timeout(120000);

  it('renders every generated valid integration: its tool label, and counts equal to counts taken independently', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    const host = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const card = document.createElement('kombo-integration-card') as KomboIntegrationCard;
    host.append(card);
    try {
      await fc.assert(
        fc.asyncProperty(validIntegration(), async (data) => {
          card.integration = data;
          await card.updateComplete;
          expect(card.state).to.equal('ready');
          // Verbatim (textOf tidies spaces before punctuation, which a generated label may have).
          expect(part(card, 'title')[0]!.textContent).to.equal(data.tool.label);
          const available = (items: { is_available: boolean }[]) => items.filter((each) => each.is_available).length;
          const models = data.read_models;
          const fields = models.flatMap((model) => model.fields);
          const actions = data.write_actions ?? [];
          const summary = textOf(part(card, 'summary')[0]!);
          expect(summary).to.contain(`${available(models)} of ${models.length} data models available`);
          expect(summary).to.contain(`${available(fields)} of ${fields.length} fields available`);
          if (actions.length > 0)
            expect(summary).to.contain(`${available(actions)} of ${actions.length} actions available`);
          else expect(summary).to.not.contain('actions available');
          expect(part(card, 'model')).to.have.length(models.length);
          expect(part(card, 'action')).to.have.length(actions.length);
          expect(errors, 'errors on window').to.deep.equal([]);
        }),
        { numRuns: 150 },
      );
    } catch (error) {
      // The test runner prints the message alone: the failing assertion (fast-check's cause) goes into it.
      const cause = (error as Error).cause as Error | undefined;
      throw new Error(`${(error as Error).message}\nGot: ${cause?.message ?? cause}`);
    } finally {
      removeEventListener('error', onError);
    }
  });
});
