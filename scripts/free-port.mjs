import { createServer } from 'node:net';

/** A TCP port free on this machine now (the test runner's, WebKitWebDriver's). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
