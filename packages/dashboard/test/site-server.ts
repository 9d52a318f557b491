// Serves built sites to the browser tests on loopback, as GitHub Pages would serve them (static
// files, the right content types, 404 for anything else), and plays GitHub's avatar host for them:
// the sites are built with this server as their GitHub server URL, so `/<login>.png` is answered
// here with a small PNG of the login's own colour and no request leaves the machine.

import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface SiteServer {
  /** `http://127.0.0.1:<port>`: the GitHub server URL to build sites with. */
  url: string;
  /** Serves `dir` under `/<name>/`; returns the site's root URL. */
  mount(name: string, dir: string): string;
  /** Every request: path and status. */
  requests: Array<{ path: string; status: number }>;
  stop(): Promise<void>;
}

export async function startSiteServer(): Promise<SiteServer> {
  const sites = new Map<string, string>();
  const requests: SiteServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reply = (status: number, type: string, body: Buffer | string) => {
      requests.push({ path: url.pathname, status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const avatar = /^\/([A-Za-z0-9-]+)\.png$/.exec(url.pathname);
    if (avatar) return reply(200, 'image/png', avatarPng(avatar[1] as string));
    const [, name, ...rest] = url.pathname.split('/');
    const root = sites.get(name ?? '');
    if (!root) return reply(404, 'text/plain', 'no such site');
    const relative = decodeURIComponent(rest.join('/')) || 'index.html';
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return reply(404, 'text/plain', 'not found');
    reply(200, TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    mount(name, dir) {
      sites.set(name, path.resolve(dir));
      return `${url}/${name}/`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An 8×8 PNG of one colour taken from the login, so avatars differ in screenshots. */
function avatarPng(login: string): Buffer {
  const [r, g, b] = createHash('sha256').update(login).digest();
  const size = 8;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([(r as number) | 64, (g as number) | 64, (b as number) | 64]))]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
