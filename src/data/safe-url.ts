import type { Integration } from './integration.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL when it is safe to load (a logo) or open (a Kombo Connect link) although we did not write
 * it: absolute `https:`, or `http:` on the local machine for development. Anything else
 * (`javascript:`, `data:`, relative paths, junk) is `undefined`, so the caller falls back or refuses.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && (LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost')))
    return url.href;
  return undefined;
}

/**
 * A tool's usable image URLs in order of preference: the wide logo, then the square icon. The card
 * checks them once per integration it is given, not on every render, and drops each that fails.
 */
export function logoCandidates(tool: Pick<Integration['tool'], 'logo_url' | 'icon_url'>): string[] {
  return [safeUrl(tool.logo_url), safeUrl(tool.icon_url)].filter(Boolean) as string[];
}
