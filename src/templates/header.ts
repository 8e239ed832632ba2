import { html, nothing } from 'lit';
import type { ReadyView } from './view.js';
import { badge } from './badge.js';

function monogram(label: string): string {
  return Array.from(label.trim())[0]?.toUpperCase() ?? '?';
}

export function renderHeader(view: ReadyView) {
  const { integration, tr, logo: src } = view;
  const { tool } = integration;
  const logo = src
    ? html`<img
        part="logo"
        class="logo"
        src=${src}
        alt=${tr.t('logo', { tool: tool.label })}
        referrerpolicy="no-referrer"
        decoding="async"
        @error=${view.onLogoError}
      />`
    : html`<span part="logo monogram" class="logo monogram" aria-hidden="true">${monogram(tool.label)}</span>`;
  return html`<header part="header" class="header">
    ${logo}
    <div class="heading">
      <h2 part="title" class="title" id="title" tabindex="-1">${tool.label}</h2>
      <p class="meta">
        <span part="category" class="category"
          >${tr.value('category', integration.category) ?? integration.category}</span
        >
        ${integration.beta ? badge(tr.t('beta'), 'neutral', 'beta') : nothing}
      </p>
    </div>
  </header>`;
}
