/** English words of the "Updating…" line; they arrive with the `src` lifecycle's chunk (see `i18n/strings.ts`). */
export const busyEn = { refreshing: 'Updating…' };
