import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Integration } from '../data/integration.js';
import { emit } from '../events.js';
import type { KomboIntegrationCard } from '../kombo-integration-card.js';
import { countAll, filterCoverage, type Availability, type FilterResult } from './match.js';

/** Field rows the first frame builds under a filter (the answer on screen); the next frames build more. */
const FIRST_FRAME_ROWS = 400;
const NEXT_FRAME_ROWS = 2000;
/** Typing pauses this long before `kombo-filter` tells the host. */
const TYPING_PAUSE = 400;

/**
 * The state of search: what the filter keeps (recomputed before each render when the data, the
 * text or the availability changed), which disclosures the reader toggled while filtering (kept
 * apart, so clearing the filter restores the ones opened before), how many field rows this frame
 * may build, and the `kombo-filter` event once the reader pauses.
 */
export class FilterController implements ReactiveController {
  result: FilterResult | undefined;
  #data: Integration | undefined;
  #query = '';
  #availability: Availability = 'all';
  /** Disclosures the reader opened or closed while this filter is on. */
  #toggled = new Map<string, boolean>();
  /** Whether each kept item was rendered open, to tell the reader's toggles from the card's own. */
  #shown = new Map<string, boolean>();
  #budget = FIRST_FRAME_ROWS;
  #left = 0;
  #more = false;
  #frame: number | undefined;
  #announce: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly card: KomboIntegrationCard) {
    (card as ReactiveControllerHost).addController(this);
  }

  /** The filter text and availability the result is of (the card's, as of this render). */
  get filter(): string {
    return this.#query;
  }

  get availability(): Availability {
    return this.#availability;
  }

  hostUpdate(): void {
    const { data, filter = '', availability = 'all' } = this.card;
    if (data !== this.#data || filter !== this.#query || availability !== this.#availability) {
      // A new integration (a refresh too) keeps the filter and applies it to the new data.
      if (filter !== this.#query || availability !== this.#availability) this.#toggled.clear();
      this.#data = data;
      this.#query = filter;
      this.#availability = availability;
      this.result = data && filterCoverage(data, filter, availability);
      this.#budget = FIRST_FRAME_ROWS;
    }
    this.#left = this.#budget;
    this.#more = false;
  }

  hostUpdated(): void {
    // Rows wait while the card is out of the page (an update may still run there): see hostConnected.
    if (!this.#more || this.#frame !== undefined || !this.card.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#budget += NEXT_FRAME_ROWS;
      this.card.requestUpdate();
    });
  }

  /** Back in the page with rows still to build (it was moved, say): build them. */
  hostConnected(): void {
    if (this.#more) this.card.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    clearTimeout(this.#announce);
  }

  /** Whether a kept item is open: as the reader toggled it under this filter, else open if it matched through fields. */
  isOpen(key: string, throughFields: boolean, readerOpen: boolean): boolean {
    const open = this.#toggled.get(key) ?? (throughFields || readerOpen);
    this.#shown.set(key, open);
    return open;
  }

  /**
   * Takes a disclosure's toggle while filtering, so the reader's own disclosures stay as they were.
   * `false` when no filter is on (the card keeps the toggle); re-renders when the reader changed one.
   */
  toggle(key: string, open: boolean): boolean {
    if (!this.result) return false;
    if (this.#shown.get(key) !== open) {
      this.#toggled.set(key, open);
      this.card.requestUpdate();
    }
    return true;
  }

  /** Whether this frame may build `rows` more field rows (the first table always may). */
  take(rows: number): boolean {
    if (this.#left === this.#budget || rows <= this.#left) {
      this.#left -= rows;
      return true;
    }
    this.#more = true;
    return false;
  }

  onInput = (event: Event): void => {
    this.card.filter = (event.target as HTMLInputElement).value;
    this.#tell(TYPING_PAUSE);
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.card.filter) return;
    event.preventDefault();
    this.card.filter = '';
    this.#tell(0);
  };

  onAvailability = (event: Event): void => {
    this.card.availability = (event.target as HTMLInputElement).value as Availability;
    this.#tell(0);
  };

  onClear = (): void => {
    this.card.filter = '';
    this.card.availability = 'all';
    this.#tell(0);
    // Back to the search field; a small integration hides it once nothing filters: then the heading.
    void this.card.updateComplete.then(() => {
      const root = this.card.shadowRoot!;
      (root.querySelector<HTMLElement>('#find') ?? root.querySelector<HTMLElement>('#title'))?.focus();
    });
  };

  /** Tells the host what the reader now sees, once they pause: for its URL, say. */
  #tell(delay: number): void {
    clearTimeout(this.#announce);
    this.#announce = setTimeout(() => {
      const { filter = '', availability = 'all', data } = this.card;
      const counts = this.result?.counts ?? (data ? countAll(data) : { models: 0, actions: 0, fields: 0 });
      emit(this.card, 'kombo-filter', { filter, availability, matches: counts });
    }, delay);
  }
}
