// `npm start` builds, then serves dist/ here. Prints the address to open.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '4321';
// Built with BASE_PATH (README, "Deploy"), the site is served under that path here too.
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
console.log(`\nInside ESXi 4.1 is being served at http://localhost:${port}${base}  (Ctrl+C to stop)\n`);
const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
