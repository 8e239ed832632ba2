const form = document.querySelector('#controls');
const card = document.querySelector('#card');
const log = document.querySelector('#log');

function write(line) {
  log.textContent = `${new Date().toLocaleTimeString()}  ${line}\n${log.textContent}`;
}

const describe = {
  'kombo-loadstart': (detail) => detail.url,
  'kombo-load': (detail) => detail.integration.id,
  'kombo-error': (detail) => JSON.stringify(detail.error),
  'kombo-connect-start': (detail) => detail.kind,
  'kombo-connect-complete': (detail) => `${detail.kind} ${detail.activationToken}`,
  'kombo-connect-cancel': (detail) => detail.kind,
  'kombo-connect-error': (detail) => `${detail.kind} ${JSON.stringify(detail.error)}`,
};
for (const [type, text] of Object.entries(describe)) {
  card.addEventListener(type, (event) => write(`${type}  state=${card.state}  ${text(event.detail)}`));
}

function apply() {
  const values = new FormData(form);
  const query = new URLSearchParams();
  if (Number(values.get('latency'))) query.set('latency', values.get('latency'));
  if (values.get('fail')) query.set('fail', values.get('fail'));
  card.timeout = Number(values.get('timeout'));
  card.refreshInterval = Number(values.get('interval'));
  const id = values.get('id');
  card.src = `/api/integrations/${id}${query.size ? `?${query}` : ''}`;
  const link = values.get('linkFail') ? `?fail=${values.get('linkFail')}` : '';
  card.relinkSrc = `/api/integrations/${id}/relink${link}`;
  card.setupLinkSrc = `/api/integrations/${id}/setup-link${link}`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.querySelector('#reset').addEventListener('click', async () => {
    await fetch('/api/mock-connect/reset', { method: 'POST' });
    write('repairs undone');
    await card.refresh();
  });
  apply();
});
document.querySelector('#refresh').addEventListener('click', async () => {
  await card.refresh();
  write(`refresh() settled  state=${card.state}`);
});
document.querySelector('#reset').addEventListener('click', async () => {
  await fetch('/api/mock-connect/reset', { method: 'POST' });
  write('repairs undone');
  await card.refresh();
});
apply();
