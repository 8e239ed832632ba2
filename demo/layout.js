import { healthy } from './fixtures.mjs';

// ?width=N puts the card in a container N px wide (the screenshots use 320 and 1024).
const width = Number(new URLSearchParams(location.search).get('width')) || 320;
const frame = document.querySelector('#frame');
frame.style.width = `${width}px`;
frame.dataset.width = String(width);

const nav = document.querySelector('#widths');
for (const each of [280, 320, 480, 720, 1024]) {
  const link = Object.assign(document.createElement('a'), { href: `?width=${each}`, textContent: `${each} px` });
  if (each === width) link.setAttribute('aria-current', 'page');
  nav.append(link, ' ');
}

const card = document.querySelector('#card');
card.integration = { status: 'success', data: healthy };
// Open the first model once the card is there, so its fields show in the layout.
card.updateComplete.then(() => card.shadowRoot.querySelector('details')?.querySelector('summary').click());
