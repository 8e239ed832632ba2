// The mock Connect page speaks @kombo-api/connect's protocol to its parent: a message with
// `type: 'success'` and `data.activation_token` when the customer finishes, `type: 'close'` when
// they cancel (read from the package source, dist/index.mjs).
const query = new URLSearchParams(location.search);
const integration = query.get('integration') ?? '';
const kind = query.get('kind') ?? 'relink';
const session = query.get('session') ?? '';

document.querySelector('#what').textContent =
  `${kind === 'relink' ? 'Reconnect' : 'Finish setting up'} ${integration} ` +
  `(language requested: ${query.get('language') || 'none'}).`;

document.querySelector('#finish').addEventListener('click', async () => {
  // `complete`: where the backend that made the link records the repair (the fake Kombo API's own).
  await fetch(query.get('complete') ?? '/api/mock-connect/complete', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ integration, kind, session }),
  });
  parent.postMessage({ type: 'success', data: { activation_token: `mock-activation-${kind}-${integration}` } }, '*');
});

document.querySelector('#cancel').addEventListener('click', () => parent.postMessage({ type: 'close' }, '*'));
document.querySelector('#finish').focus();
