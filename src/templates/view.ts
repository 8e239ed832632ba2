import type { Integration } from '../integration.js';
import type { Translator } from '../translate.js';

/** What the ready-state templates need from the element: data, words and the few UI states it owns. */
export interface ReadyView {
  integration: Integration;
  tr: Translator;
  now: Date;
  /** Index into the usable logo candidates; past the end means "draw the monogram". */
  logoAttempt: number;
  onLogoError(): void;
  isOpen(key: string): boolean;
  onToggle(key: string, open: boolean): void;
}
