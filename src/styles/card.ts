import { css } from 'lit';

/*
 * One token layer: public `--kombo-card-*` properties feed private `--_*` tokens; every rule reads
 * only the private ones. Setting a handful of public properties restyles the whole card. Colours
 * are `light-dark()` pairs, so `color-scheme` alone switches the theme.
 */
export const styles = css`
  :host {
    --_font: var(--kombo-card-font-family, system-ui, sans-serif);
    --_size: var(--kombo-card-font-size, 0.9375rem);
    --_text: var(--kombo-card-text-color, light-dark(#1f2328, #f0f6fc));
    --_muted: var(--kombo-card-muted-color, light-dark(#59636e, #9198a1));
    --_bg: var(--kombo-card-background, light-dark(#fff, #0d1117));
    --_surface: var(--kombo-card-surface, light-dark(#f6f8fa, #151b23));
    --_border: var(--kombo-card-border-color, light-dark(#d1d9e0, #3d444d));
    --_radius: var(--kombo-card-radius, 12px);
    --_space: var(--kombo-card-spacing, 8px);
    --_accent: var(--kombo-card-accent, light-dark(#0969da, #4493f8));
    --_success: var(--kombo-card-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--kombo-card-warning, light-dark(#9a6700, #d29922));
    --_danger: var(--kombo-card-danger, light-dark(#d1242f, #f85149));
    --_neutral: var(--kombo-card-neutral, light-dark(#59636e, #9198a1));
    --_target: 44px;

    display: block;
    /* The card lays itself out by its own width, not the viewport's: a sidebar or a settings page. */
    container: card / inline-size;
    /* theme="auto" (default) follows the reader's system; "light"/"dark" fix it. Set on the host
       only, so the page around the card keeps its own scheme. */
    color-scheme: light dark;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([density='compact']) {
    --_space: calc(var(--kombo-card-spacing, 8px) * 0.5);
    --_size: var(--kombo-card-font-size, 0.875rem);
    --_target: 32px;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2.5);
    display: grid;
    /* Tracks may shrink below their content's widest word: long data wraps instead of overflowing. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .muted {
    color: var(--_muted);
  }

  /* Header */
  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .header > div {
    min-width: 0;
  }
  .logo {
    flex: none;
    height: 40px;
    max-width: 120px;
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    width: 40px;
    border-radius: calc(var(--_radius) * 0.67);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 700;
    font-size: 1.25em;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }

  /* Badges: tone as colour and icon, meaning always as text. */
  .badge {
    --_tone: var(--_neutral);
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_tone);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone) 10%, var(--_bg));
    color: color-mix(in srgb, var(--_tone) 80%, var(--_text));
    font-size: 0.85em;
    font-weight: 600;
  }
  .badge.success {
    --_tone: var(--_success);
  }
  .badge.warning {
    --_tone: var(--_warning);
  }
  .badge.danger {
    --_tone: var(--_danger);
  }

  /* Health */
  .health,
  .states {
    display: grid;
    gap: var(--_space);
  }
  .state-row dd {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }

  .notice {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.5);
    background: color-mix(in srgb, var(--_warning) 8%, var(--_bg));
  }

  /* Details */
  .detail-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 1.5);
    padding-block: calc(var(--_space) * 1.5);
    border-block: 1px solid var(--_border);
  }
  .detail dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .detail dd {
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  .id {
    -webkit-user-select: all;
    user-select: all;
  }

  /* Coverage */
  .section-title {
    font-size: 1em;
    margin-block-end: var(--_space);
  }
  .summary-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .meter {
    display: block;
    width: 100%;
    height: 8px;
    margin-block-end: var(--_space);
    border: 1px solid var(--_neutral);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  .meter-fill {
    fill: var(--_accent);
  }
  :host(:dir(rtl)) .meter {
    transform: scaleX(-1);
  }
  .items {
    display: grid;
    gap: var(--_space);
  }
  /* Items below the fold are not laid out or painted until they come near (they stay in the
     accessibility tree and in find-in-page); a large integration's first render skips them. Not the
     first 40, which a screen shows or the browser would lay out in the next frame anyway (Chromium
     lays out waiting items up to a screen and a half beyond the viewport): a waiting item is laid out
     twice, a placeholder first and its contents a frame later. */
  .item:nth-child(n + 41) {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5em;
  }
  .item details {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_bg);
  }
  .item summary {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_space);
    row-gap: calc(var(--_space) / 2);
    align-items: center;
    min-height: var(--_target);
    padding: var(--_space) calc(var(--_space) * 1.5);
    cursor: pointer;
    border-radius: inherit;
    list-style: none;
  }
  .item summary::-webkit-details-marker {
    display: none;
  }
  /* Our own disclosure arrow: display:grid on <summary> drops the native marker in some engines. */
  .item summary::before {
    content: '';
    grid-row: span 2;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid var(--_muted);
    border-block-end: 2px solid var(--_muted);
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  :host(:dir(rtl)) .item summary::before {
    transform: rotate(135deg);
  }
  .item details[open] > summary::before {
    transform: rotate(45deg);
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_space);
  }
  .item-label {
    font-weight: 600;
  }
  .item-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .facts {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .item-meta {
    font-size: 0.85em;
  }
  .item-body {
    display: grid;
    gap: var(--_space);
    padding: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }

  /* Wide containers: health beside the coverage summary, models and actions in two columns (an
     open one takes both, for its field table). */
  .overview {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  @container card (min-width: 45rem) {
    .overview:has(> .summary) {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .items {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
    .item:has(> details[open]) {
      grid-column: 1 / -1;
    }
    .detail:has(.id) {
      grid-column: span 2;
    }
    .item-body {
      padding-inline-start: calc(var(--_space) * 3.5);
    }
  }
  /* States */
  .state {
    justify-items: start;
  }
  .state-title {
    font-weight: 600;
  }
  /* Try again, Reconnect, Finish setup. */
  .button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
    cursor: pointer;
  }
  .button[aria-busy='true'] {
    cursor: progress;
  }
  .skeleton {
    width: 100%;
    height: 4em;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton,
    .item summary::before {
      animation: none;
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .badge,
    .meter,
    .notice,
    .card {
      border-color: CanvasText;
    }
    .meter-fill {
      fill: Highlight;
    }
  }
`;
