import { expect } from 'chai';
import { formatDate, formatRelative, parseDate } from '../../src/i18n/format-date.js';
import { en } from '../../src/i18n/strings/en.js';
import { createTranslator, fill, splitTemplates } from '../../src/i18n/translate.js';
import { availabilityTone, setupTone, statusTone } from '../../src/templates/tones.js';

describe('fill', () => {
  // Each test splits its templates anew: none may pass on a template another split before it.
  beforeEach(() => splitTemplates.clear());

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1, b: 2 })).to.equal('1 of 2');
    expect(fill('{available} of {total_2}', { available: 3, total_2: 4 })).to.equal('3 of 4');
    expect(fill('{a} of {missing}', { a: 1 })).to.equal('1 of {missing}');
    expect(fill('{a}{a}', { a: 'x' })).to.equal('xx');
    expect(fill('{a}', { a: 0 })).to.equal('0');
    expect(fill('no {placeholders here')).to.equal('no {placeholders here');
    expect(fill('{a}')).to.equal('{a}');
  });

  it('fills the same template anew each time, and never fills a value’s own braces', () => {
    expect(fill('{a} of {b}', { a: 1, b: 2 })).to.equal('1 of 2');
    expect(fill('{a} of {b}', { a: 3, b: 4 })).to.equal('3 of 4');
    expect(fill('{a} of {b}', { a: '{b}', b: 'x' })).to.equal('{b} of x');
  });

  it('splits each template once, and keeps at most 1,000 of them', () => {
    fill('{a} one', { a: 1 });
    fill('{a} two', { a: 2 });
    expect(fill('{a} one', { a: 3 })).to.equal('3 one');
    expect([...splitTemplates.keys()]).to.deep.equal(['{a} one', '{a} two']);
    splitTemplates.clear();
    for (let i = 0; i < 1000; i++) fill(`{a} ${i}`, { a: i });
    expect(splitTemplates.size).to.equal(1000);
    // The next one starts afresh rather than growing the cache for the page's life.
    expect(fill('{a} and more', { a: 'x' })).to.equal('x and more');
    expect([...splitTemplates.keys()]).to.deep.equal(['{a} and more']);
  });

  it('does not treat inherited object keys as variables', () => {
    expect(fill('{constructor} {toString}', {})).to.equal('{constructor} {toString}');
  });
});

describe('createTranslator', () => {
  const tr = createTranslator('de-CH', { ...en, retry: 'Nochmals' });

  it('looks up keys and fills their placeholders', () => {
    expect(tr.locale).to.equal('de-CH');
    expect(tr.t('retry')).to.equal('Nochmals');
    expect(tr.t('coverage.models', { available: 1, total: 2 })).to.equal('1 of 2 data models available');
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect(tr.t('no.such.key' as never)).to.equal('no.such.key');
  });

  it('words known API values, and answers undefined for unknown ones', () => {
    expect(tr.value('status', 'ACTIVE')).to.equal('Active');
    expect(tr.value('status', 'INVALID', 'hint')).to.equal(en['status.INVALID.hint']);
    expect(tr.value('status', 'PAUSED')).to.equal(undefined);
    expect(tr.value('status', 'ACTIVE', 'nothing')).to.equal(undefined);
    expect(tr.value('status', 'constructor')).to.equal(undefined);
  });

  it('formats numbers in its locale', () => {
    expect(tr.number(10000)).to.equal(new Intl.NumberFormat('de-CH').format(10000));
    expect(createTranslator('en', en).number(12345)).to.equal('12,345');
  });
});

describe('dates', () => {
  it('parses ISO strings and refuses junk', () => {
    expect(parseDate('2022-08-07T14:01:29.196Z')!.toISOString()).to.equal('2022-08-07T14:01:29.196Z');
    expect(parseDate('yesterday')).to.equal(undefined);
    expect(parseDate('')).to.equal(undefined);
  });

  it('formats a long date in the reader’s language', () => {
    const date = new Date('2022-08-07T14:01:29.196Z');
    expect(formatDate(date, 'en')).to.equal('August 7, 2022');
    expect(formatDate(date, 'de')).to.equal('7. August 2022');
  });

  it('words relative times with the largest unit that fits', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const at = (iso: string, locale = 'en') => formatRelative(new Date(iso), locale, now);
    expect(at('2023-11-20T12:00:00Z')).to.equal('3 years ago');
    expect(at('2026-09-29T12:00:00Z')).to.equal('2 months ago');
    expect(at('2026-11-15T12:00:00Z')).to.equal('2 weeks ago');
    expect(at('2026-11-28T12:00:00Z')).to.equal('yesterday');
    expect(at('2026-11-29T09:00:00Z')).to.equal('3 hours ago');
    expect(at('2026-11-29T11:58:00Z')).to.equal('2 minutes ago');
    expect(at('2026-11-29T11:59:30Z')).to.equal('30 seconds ago');
    expect(at('2026-11-29T12:00:00Z')).to.equal('now');
    expect(at('2026-11-29T14:00:00Z')).to.equal('in 2 hours');
    expect(at('2023-11-20T12:00:00Z', 'de')).to.equal('vor 3 Jahren');
  });

  it('uses the boundary of each unit: exactly one day is a day', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(formatRelative(new Date('2026-11-28T12:00:00Z'), 'en', now)).to.equal('yesterday');
    expect(formatRelative(new Date('2026-11-28T12:00:01Z'), 'en', now)).to.equal('24 hours ago');
  });
});

describe('tones', () => {
  it('maps statuses to tones, unknown values to neutral', () => {
    expect(['ACTIVE', 'INVALID', 'INACTIVE', 'PAUSED', 'toString'].map(statusTone)).to.deep.equal([
      'success',
      'danger',
      'neutral',
      'neutral',
      'neutral',
    ]);
    expect(['COMPLETED', 'FINAL_SYNC_PENDING', 'INCOMPLETE', 'LATER'].map(setupTone)).to.deep.equal([
      'success',
      'warning',
      'warning',
      'neutral',
    ]);
    expect([true, false].map(availabilityTone)).to.deep.equal(['success', 'neutral']);
  });
});
