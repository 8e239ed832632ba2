const form = document.querySelector('#controls');
const card = document.querySelector('#card');
const log = document.querySelector('#log');

function write(line) {
  log.textContent = `${new Date().toLocaleTimeString()}  ${line}\n${log.textContent}`;
}

for (const type of ['kombo-loadstart', 'kombo-load', 'kombo-error']) {
  card.addEventListener(type, (event) => {
    const detail =
      type === 'kombo-load'
        ? event.detail.integration.id
        : type === 'kombo-error'
          ? JSON.stringify(event.detail.error)
          : event.detail.url;
    write(`${type}  state=${card.state}  ${detail}`);
  });
}

function apply() {
  const values = new FormData(form);
  const query = new URLSearchParams();
  if (Number(values.get('latency'))) query.set('latency', values.get('latency'));
  if (values.get('fail')) query.set('fail', values.get('fail'));
  card.timeout = Number(values.get('timeout'));
  card.refreshInterval = Number(values.get('interval'));
  card.src = `/api/integrations/${values.get('id')}${query.size ? `?${query}` : ''}`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  apply();
});
document.querySelector('#refresh').addEventListener('click', async () => {
  await card.refresh();
  write(`refresh() settled  state=${card.state}`);
});
apply();
