// Runs test/oracle (Go's own text/template) over a batch of cases.
//
// The binary is built once per source hash into node_modules/.cache, with its own GOCACHE and
// GOPATH there, so a test run never touches the user's Go state and a second run costs nothing.
// One process renders a whole batch: cases stream in on stdin as NDJSON, results stream out.
import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll } from 'vitest';
import { repoRoot } from './repo-root';

const execFileP = promisify(execFile);

/** One template to render; see test/oracle/README.md. */
export interface OracleCase {
  id: string;
  mode: 'engine' | 'lilypad';
  name: string;
  template: string;
  /** Template options, e.g. "missingkey=error" (engine mode). */
  options?: string[];
  /** Any JSON (engine mode), decoded by encoding/json into interface{} unless dataKind is set. */
  data?: unknown;
  /** "stringmap": decode data into map[string]string instead. */
  dataKind?: 'stringmap';
  /** Raw (un-encoded) Lilypad inputs (lilypad mode). */
  inputs?: Record<string, string>;
  /** ExecuteTemplate(name) instead of Execute (engine mode). */
  exec?: string;
}

/** What Go did with a case. */
export interface OracleResult {
  id: string;
  parseError?: string;
  execError?: string;
  /** base64 of the bytes written; the partial output when execError is set. */
  output: string;
  panic?: string;
  /** base64 of the exact error bytes, present only when they are not valid UTF-8. */
  errorBase64?: string;
  /** Output hit the oracle's 1 MiB cap (execError says so too). */
  truncated?: boolean;
  /** The case ran past the oracle's per-case timeout. */
  timeout?: boolean;
}

const oracleDir = path.join(repoRoot, 'test/oracle');

/** The Go binary the tests use: $GO, else Debian's golang-1.23-go. */
export function goBinary(): string {
  return process.env.GO ?? '/usr/lib/go-1.23/bin/go';
}

let built: Promise<string> | undefined;

/** Builds the oracle (once per process and source hash) and returns the binary's path. */
export function buildOracle(): Promise<string> {
  built ??= build();
  return built;
}

async function build(): Promise<string> {
  const go = goBinary();
  if (path.isAbsolute(go) && !existsSync(go)) throw goMissing(go, 'not found');
  const hash = createHash('sha256');
  for (const f of ['go.mod', 'main.go'])
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(path.join(oracleDir, f)));
  const cacheRoot = path.join(repoRoot, 'node_modules/.cache/lilypad-oracle');
  const dir = path.join(cacheRoot, hash.digest('hex').slice(0, 16));
  const bin = path.join(dir, 'oracle');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  // Vitest runs test files in parallel processes: build to a private name, then rename atomically.
  const tmp = `${bin}.${process.pid}.tmp`;
  const env = {
    ...process.env,
    GOCACHE: path.join(cacheRoot, 'gocache'),
    GOPATH: path.join(cacheRoot, 'gopath'),
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    CGO_ENABLED: '0',
  };
  try {
    await execFileP(go, ['build', '-trimpath', '-o', tmp, '.'], { cwd: oracleDir, env });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw goMissing(go, 'not found');
    throw new Error(`building the Go oracle (test/oracle) with ${go} failed:\n${err.stderr ?? err.message}`);
  }
  renameSync(tmp, bin);
  return bin;
}

function goMissing(go: string, why: string): Error {
  return new Error(
    `Go 1.23 is required for the differential tests and ${go} was ${why}. ` +
      'Run `bash test/setup-machine.sh` (or set GO to a Go 1.23 binary).',
  );
}

/** Renders every case with Go's text/template in one oracle process; results are in case order. */
export async function runOracle(cases: readonly OracleCase[]): Promise<OracleResult[]> {
  const bin = await buildOracle();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    const results: OracleResult[] = [];
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.trim() !== '') results.push(JSON.parse(line) as OracleResult);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`oracle exited with ${code}: ${stderr}`));
      if (results.length !== cases.length) {
        return reject(new Error(`oracle answered ${results.length} of ${cases.length} cases: ${stderr}`));
      }
      for (let i = 0; i < cases.length; i++) {
        if (results[i]!.id !== cases[i]!.id) {
          return reject(new Error(`oracle result ${i} has id ${results[i]!.id}, expected ${cases[i]!.id}`));
        }
      }
      resolve(results);
    });
    child.stdin.on('error', reject);
    // The stream buffers what the pipe cannot take yet; the oracle answers as it reads.
    for (const c of cases) child.stdin.write(`${JSON.stringify(c)}\n`);
    child.stdin.end();
  });
}

/** The bytes Go wrote for a result. */
export function oracleOutput(r: OracleResult): Buffer {
  return Buffer.from(r.output, 'base64');
}

/**
 * Runs a test file's cases through the oracle in a beforeAll and returns a getter for the results.
 * If the oracle cannot run (no Go), every test that reads the results fails with that error:
 * a failing beforeAll alone would only mark the tests skipped.
 */
export function oracleResultsFor(cases: readonly OracleCase[]): () => OracleResult[] {
  let results: OracleResult[] | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      results = await runOracle(cases);
    } catch (e) {
      failure = e;
    }
  });
  return () => {
    if (failure !== undefined) throw failure;
    if (results === undefined) throw new Error('oracle results read before beforeAll ran');
    return results;
  };
}
