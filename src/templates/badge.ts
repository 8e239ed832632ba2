import { html } from 'lit';
import type { Tone } from './tones.js';

export const ICONS: Record<Tone, string> = { success: '✓', warning: '!', danger: '✕', neutral: '•' };

/**
 * A status pill. The icon is decoration (the words carry the meaning); `part` names the region
 * (`status`, `setup-status`…) and every badge also exposes `badge` and `badge-<tone>`.
 */
export function badge(text: string, tone: Tone, part = '') {
  return html`<span part="${part} badge badge-${tone}" class="badge ${tone}"
    ><span class="icon" aria-hidden="true">${ICONS[tone]}</span>${text}</span
  >`;
}
