/** Layout checks for the card's reflow tests: what leaves the card's box, what scrolls or clips. */
import { nextFrame } from '@open-wc/testing';

const describe = (element: Element) =>
  `${element.localName}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}[${element.getAttribute('part') ?? ''}]`;

/** Elements a reader never sees laid out: visually hidden text, styles, closed disclosures' bodies. */
function skipped(element: Element): boolean {
  return !!element.closest('.visually-hidden, style, template') || element.getClientRects().length === 0;
}

/** Every rendered element of the card whose box reaches past the card's edge (0.5px tolerance). */
export function outside(card: Element): string[] {
  const box = card.getBoundingClientRect();
  const found: string[] = [];
  for (const element of card.shadowRoot!.querySelectorAll('*')) {
    if (skipped(element)) continue;
    for (const rect of element.getClientRects()) {
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
        found.push(
          `${describe(element)} ${Math.round(rect.left - box.left)}..${Math.round(rect.right - box.left)} of ${Math.round(box.width)}`,
        );
        break;
      }
    }
  }
  return found;
}

/** Boxes whose content is wider (or, when they clip, taller) than they are: scrolled or cut off. */
export function clipped(card: Element): string[] {
  const found: string[] = [];
  for (const element of [card, ...card.shadowRoot!.querySelectorAll('*')]) {
    if (element !== card && skipped(element)) continue;
    const { display, overflowX, overflowY } = getComputedStyle(element);
    // An image is replaced content: a logo that fails shows its alt text until the monogram takes over.
    if (display === 'inline' || display === 'contents' || element.clientWidth === 0 || element.localName === 'img')
      continue;
    // Visible overflow under 2.5px is a letter's trailing spacing (Firefox counts it at 1.4.12's 0.12em).
    const slack = overflowX === 'visible' ? 2.5 : 1;
    if (element.scrollWidth > element.clientWidth + slack) found.push(`${describe(element)} scrolls sideways`);
    else if (overflowY !== 'visible' && overflowX !== 'visible' && element.scrollHeight > element.clientHeight + 1)
      found.push(`${describe(element)} cuts off its content`);
  }
  return found;
}

/** Interactive elements smaller than `min` px on a side (WCAG 2.5.8 asks 24 × 24). */
export function smallTargets(card: Element, min = 24): string[] {
  return [...card.shadowRoot!.querySelectorAll<HTMLElement>('button, summary, input, a[href], label:has(input)')]
    .filter((element) => !skipped(element))
    .map((element) => [element, element.getBoundingClientRect()] as const)
    .filter(([, rect]) => rect.width < min || rect.height < min)
    .map(([element, rect]) => `${describe(element)} ${rect.width.toFixed(0)}×${rect.height.toFixed(0)}`);
}

/** WCAG 1.4.12 text spacing, applied inside the card (a bookmarklet would not reach its shadow root). */
export function applyTextSpacing(card: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p, li, dd, dt, summary { margin-block-end: 2em !important; }
  `);
  card.shadowRoot!.adoptedStyleSheets = [...card.shadowRoot!.adoptedStyleSheets, sheet];
}

/**
 * Three animation frames. A frame 2 s late is said in the browser log, with whether the page was
 * visible: a Firefox run in CI once timed out in a test that waits here (most likely a page slowed
 * by the files before it; see `freshPages` in web-test-runner.config.mjs).
 */
const frames = async () => {
  for (let i = 0; i < 3; i++) {
    const late = setTimeout(
      () => console.warn(`no animation frame for 2 s; the page is ${document.visibilityState}`),
      2000,
    );
    await nextFrame();
    clearTimeout(late);
  }
};

/**
 * What is wrong with how a card just rendered lays out a long list (none when it lays out only the
 * items near the screen, `content-visibility: auto`): the first items are laid out at once (not a
 * placeholder first and their contents a frame later); the last one (which must be far below the
 * fold) waits, readable all the while (in the document, the accessibility tree and find-in-page),
 * until it is scrolled to. Scrolls the window back to the top.
 */
export async function offscreenItemProblems(card: Element): Promise<string[]> {
  const items = [...card.shadowRoot!.querySelectorAll('[part~="model"]')];
  const [first, last] = [items[0]!, items.at(-1)!];
  const laidOut = (item: Element) => item.querySelector('summary')!.checkVisibility({ contentVisibilityAuto: true });
  const found: string[] = [];
  if (last.getBoundingClientRect().top < window.innerHeight * 4) found.push('the last item is not far below the fold');
  if (!laidOut(first)) found.push('the first item is not laid out at once');
  await frames();
  if (laidOut(last)) found.push('the last item, far below the fold, is laid out');
  if (!last.querySelector('summary')!.checkVisibility()) found.push('the last item is hidden');
  last.scrollIntoView();
  await frames();
  if (!laidOut(last)) found.push('the last item, scrolled to, is not laid out');
  window.scrollTo(0, 0);
  return found;
}
