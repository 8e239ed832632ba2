// Entry of the script-tag module: registers the tag and exports what the package does. Its chunks
// import it by its own URL without a query, so loaded as `…/kombo-integration-card.js?v=2` the page
// would get a second copy beside it: say so, and how to version the URL instead.
export * from './define.js';

if (new URL(import.meta.url).search)
  console.warn('kombo-integration-card: a query string loads a second copy; version the path.');
