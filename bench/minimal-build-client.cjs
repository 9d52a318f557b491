// The least a Node program can do to rebuild an image the way build-module does: node:http only,
// GET /info (the default-runtime check that must come before any RUN step) with GET /_ping (the API
// version), then POST /build with the same query as build-module and a context the bench packed
// beforehand, read to the end. Nothing to load, no inputs, no template: bench/docker.ts runs it
// beside build-module's bundle as the floor under any Node action on this machine.
// Usage: node bench/minimal-build-client.cjs <context.tar> <build query string>
'use strict';
const http = require('node:http');
const fs = require('node:fs');

const [contextTar, query] = process.argv.slice(2);
const host = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
if (!contextTar || query === undefined || !host.startsWith('unix://')) {
  console.error('usage: node bench/minimal-build-client.cjs <context.tar> <query> (DOCKER_HOST: a unix:// socket)');
  process.exit(2);
}
const socketPath = host.slice('unix://'.length);

function ask(path) {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath, path, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

Promise.all([ask('/info'), ask('/_ping')]).then(([info, ping]) => {
  if (JSON.parse(info.body).DefaultRuntime === 'nvidia') throw new Error('default runtime nvidia');
  const request = http.request({ socketPath, method: 'POST', path: `/v${ping.headers['api-version']}/build?${query}`, headers: { 'Content-Type': 'application/x-tar' } }, (response) => {
    let body = '';
    response.on('data', (chunk) => (body += chunk));
    response.on('end', () => {
      // The image id, as `docker build -q` prints it: the stream's {"aux":{"ID":"sha256:…"}}.
      const id = /"aux":\{"ID":"(sha256:[0-9a-f]{64})"\}/.exec(body);
      if (response.statusCode !== 200 || !id) {
        console.error(`build failed (${response.statusCode}): ${body.slice(-2000)}`);
        process.exitCode = 1;
      } else console.log(id[1]);
    });
  });
  fs.createReadStream(contextTar).pipe(request);
});
