import type { ConnectController } from '../connect/connect-controller.js';
import type { CoverageSummary } from '../data/coverage.js';
import type { RequirementMarks, RequirementsStatus } from '../data/requirements.js';
import type { FilterController } from '../find/filter-controller.js';
import type { Integration } from '../data/integration.js';
import type { Translator } from '../i18n/translate.js';

/** What the ready-state templates need from the element: data, words and the few UI states it owns. */
export interface ReadyView {
  integration: Integration;
  coverage: CoverageSummary;
  tr: Translator;
  /** The logo URL to try (the next candidate after each failed one); none means "draw the monogram". */
  logo: string | undefined;
  onLogoError(): void;
  /** Keys (`model:<id>`, `action:<id>`) of the expanded items. */
  openItems: ReadonlySet<string>;
  /**
   * Each item's template and what it was drawn from (see `renderItem`): a render that changes one
   * item hands Lit the others as they were. The card's own, so it goes with the card: a module-wide
   * WeakMap keyed by items keeps its hash table at its largest after the items are gone.
   */
  kept: WeakMap<object, [unknown[], unknown]>;
  /** The repair buttons: which the host can get a link for, the flow's state and its start. */
  connect: Pick<ConnectController, 'can' | 'busy' | 'failure' | 'start'>;
  /** Search, once its chunk is here: its controller (with the filter) and its templates. */
  find?: {
    controller: FilterController;
    view: typeof import('../find/find-view.js');
  };
  /** Required data: its status and marks, once requirements are set and their region has arrived. */
  needs?: {
    status: RequirementsStatus;
    marks: RequirementMarks;
    view: typeof import('../requirements/requirements-view.js');
  };
}
