import { mount } from 'svelte';
import { integrations } from './fixtures.mjs';
import Settings from './Settings.svelte';

const log = document.querySelector('#log');
const write = (line) => (log.textContent += `${line}\n`);
const target = document.querySelector('#app');
mount(Settings, { target, props: { integration: integrations.beta, write } });
mount(Settings, { target, props: { src: '/api/integrations/credentials-invalid', write } });
