import { expect } from 'chai';
import { logoCandidates, safeUrl } from '../../src/data/safe-url.js';

describe('safeUrl', () => {
  it('allows https anywhere and http only on the local machine', () => {
    for (const [url, safe] of [
      ['https://cdn.example/logo.svg', 'https://cdn.example/logo.svg'],
      ['HTTPS://CDN.example/a b.svg', 'https://cdn.example/a%20b.svg'],
      ['http://localhost:8000/logo.svg', 'http://localhost:8000/logo.svg'],
      ['http://127.0.0.1/logo.svg', 'http://127.0.0.1/logo.svg'],
      ['http://[::1]:8000/logo.svg', 'http://[::1]:8000/logo.svg'],
      ['http://app.localhost/logo.svg', 'http://app.localhost/logo.svg'],
    ]) {
      expect(safeUrl(url), url).to.equal(safe);
    }
  });

  it('rejects every other scheme, other hosts over http, relative paths and junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      'blob:https://cdn.example/1',
      'ftp://cdn.example/logo.svg',
      'ftp://localhost/logo.svg',
      'file://localhost/logo.svg',
      'http://evil.example/x.svg',
      'http://localhost.evil.example/x.svg',
      'http://notlocalhost/x.svg',
      '/logo.svg',
      'logo.svg',
      '',
      null,
      undefined,
      'https://',
    ]) {
      expect(safeUrl(url), String(url)).to.equal(undefined);
    }
  });
});

describe('logoCandidates', () => {
  it('offers the logo, then the icon, each only when safe to load', () => {
    const logo = 'https://cdn.example/logo.svg';
    const icon = 'https://cdn.example/icon.svg';
    expect(logoCandidates({ logo_url: logo, icon_url: icon })).to.deep.equal([logo, icon]);
    expect(logoCandidates({ logo_url: 'javascript:alert(1)', icon_url: icon })).to.deep.equal([icon]);
    expect(logoCandidates({ logo_url: null, icon_url: 'http://evil.example/x.svg' })).to.deep.equal([]);
  });
});
