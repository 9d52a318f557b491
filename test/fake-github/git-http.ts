// git's smart HTTP protocol, served by git itself: `git http-backend` run as a CGI program, so a
// clone, fetch or push against the fake behaves as one against github.com (fast-forward checks,
// atomic ref updates, "fetch first" rejections included).

import { runProcess } from './git-store';

export interface GitHttpRequest {
  method: string;
  /** e.g. `/owner/name.git/info/refs` */
  pathInfo: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface GitHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Runs one smart-HTTP request through `git http-backend` over the repositories in `projectRoot`. */
export async function serveGitHttp(projectRoot: string, req: GitHttpRequest): Promise<GitHttpResponse> {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(', ') : (v ?? '');
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: req.pathInfo,
    QUERY_STRING: req.query,
    REQUEST_METHOD: req.method,
    CONTENT_TYPE: header('content-type'),
    CONTENT_LENGTH: String(req.body.length),
    // Authentication happened in the server; http-backend only needs to know someone is there.
    REMOTE_USER: 'x-access-token',
    REMOTE_ADDR: '127.0.0.1',
    HTTP_CONTENT_ENCODING: header('content-encoding'),
    HTTP_GIT_PROTOCOL: header('git-protocol'),
    GIT_PROTOCOL: header('git-protocol'),
  };
  const { code, stdout: raw, stderr } = await runProcess('git', ['http-backend'], env, req.body);
  const split = findHeaderEnd(raw);
  if (split === null) throw new Error(`git http-backend exited ${code} without a response: ${stderr.trim()}`);
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of raw.toString('latin1', 0, split.at).split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
    else headers[name] = value;
  }
  return { status, headers, body: raw.subarray(split.at + split.length) };
}

function findHeaderEnd(raw: Buffer): { at: number; length: number } | null {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { at: crlf, length: 4 };
  if (lf !== -1) return { at: lf, length: 2 };
  return null;
}
