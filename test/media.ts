import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Emulates media features (`forced-colors`, `prefers-reduced-motion`, …) through Chromium's DevTools
 * protocol. Resolves `false` where the engine cannot emulate them (Firefox, WebKit here), so a test
 * can skip instead of passing without the emulation. Callers check `matchMedia` afterwards.
 */
export function emulateMediaFeatures(features: Record<string, string>): Promise<boolean> {
  return executeServerCommand('emulate-media-features', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}
