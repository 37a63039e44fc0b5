/** Serves the project folder on localhost and prints where the demo is. */
import {startDevServer} from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {rootDir: '.', port, hostname: '127.0.0.1'},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(
  `\nDemo: http://localhost:${actualPort}/demo/\nReview gallery: http://localhost:${actualPort}/demo/gallery.html\n(Ctrl+C to stop)`,
);
