// Runs test/oracle (Go's own text/template, and json.Unmarshal into Lilypad's data.Module) over
// a batch of cases.
//
// The binary is built once per Go version and source hash into node_modules/.cache, with its own
// GOCACHE and GOPATH there (per Go version too), so a test run never touches the user's Go state, a
// second run costs nothing, and a binary built by another Go is never reused. The Go must be 1.23.x
// (test/support/go-toolchain.ts says why).
// One process renders a whole batch: cases stream in on stdin as NDJSON, results stream out.
import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { encodeGoString } from '@lilypad-actions/gotemplate';
import { beforeAll } from 'vitest';
import { checkedGoVersion, goBinary } from './go-toolchain';
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

/** A document for json.Unmarshal into data.Module (decode mode); see decodeCase. */
export interface DecodeOracleCase {
  id: string;
  mode: 'decode';
  /** The document, when it is valid UTF-8 (a case line cannot carry other bytes as text). */
  json?: string;
  /** Otherwise base64 of its bytes. */
  jsonBase64?: string;
}

/**
 * How a provider's Bacalhau parses resource strings (test/oracle/resources.go): strconv.ParseFloat,
 * go-humanize's ParseBytes, or a whole ResourcesConfig.
 */
export type ResourcesOracleCase =
  | { id: string; mode: 'parseFloat' | 'parseBytes'; text: string }
  | { id: string; mode: 'resources'; resources: { CPU: string; Memory: string; Disk: string; GPU: string } };

/** A decode-mode case for a Go string held as a JS string (gotemplate's utf8.ts). */
export function decodeCase(id: string, text: string): DecodeOracleCase {
  const bytes = Buffer.from(encodeGoString(text));
  // Text that round-trips through UTF-8 has no escaped bytes or lone surrogates.
  if (bytes.toString('utf8') === text) return { id, mode: 'decode', json: text };
  return { id, mode: 'decode', jsonBase64: bytes.toString('base64') };
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
  /** Decode mode: json.Unmarshal returned nil. */
  ok?: boolean;
  /** Decode mode: err.Error(). */
  error?: string;
  /** Decode mode: *json.SyntaxError, *json.UnmarshalTypeError, or an UnmarshalText/UnmarshalJSON error. */
  errorKind?: 'syntax' | 'type' | 'method';
  /** Decode mode: SyntaxError.Offset. */
  offset?: number;
  /** Decode mode, unless a syntax error: the JSON text json.Marshal makes of what Unmarshal left in the module. */
  decoded?: string;
  /** Decode mode: Job.Metadata.CreatedAt.Format(time.RFC3339Nano) (json.Marshal fails for offsets past 23h). */
  createdAt?: string;
  /** parseFloat: the float64's bits in hex; parseBytes: the byte count. */
  value?: string;
  /** resources mode, when ok: cores as float64 bits in hex, and the rest in decimal. */
  cpu?: string;
  nanoCpus?: string;
  memory?: string;
  disk?: string;
  gpu?: string;
}

const oracleDir = path.join(repoRoot, 'test/oracle');

let built: Promise<string> | undefined;

/** Builds the oracle (once per process, Go version and source hash) and returns the binary's path. */
export function buildOracle(): Promise<string> {
  built ??= build();
  return built;
}

/** Where the oracle built by Go `goVersion` from the current sources lives, and its Go caches. */
export function oracleBuildPaths(goVersion: string): { bin: string; gocache: string; gopath: string } {
  const hash = createHash('sha256');
  for (const f of oracleSources())
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(path.join(oracleDir, f)));
  const cacheRoot = path.join(repoRoot, 'node_modules/.cache/lilypad-oracle', goVersion);
  return {
    bin: path.join(cacheRoot, hash.digest('hex').slice(0, 16), 'oracle'),
    gocache: path.join(cacheRoot, 'gocache'),
    gopath: path.join(cacheRoot, 'gopath'),
  };
}

async function build(): Promise<string> {
  const go = goBinary();
  const { bin, gocache, gopath } = oracleBuildPaths(await checkedGoVersion(go));
  const dir = path.dirname(bin);
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  // Vitest runs test files in parallel processes: build to a private name, then rename atomically.
  const tmp = `${bin}.${process.pid}.tmp`;
  const env = {
    ...process.env,
    GOCACHE: gocache,
    GOPATH: gopath,
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    CGO_ENABLED: '0',
  };
  try {
    await execFileP(go, ['build', '-trimpath', '-o', tmp, '.'], { cwd: oracleDir, env });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    throw new Error(`building the Go oracle (test/oracle) with ${go} failed:\n${err.stderr ?? err.message}`);
  }
  renameSync(tmp, bin);
  return bin;
}

/** go.mod and every .go file of the oracle (its lilypad/ packages included), sorted. */
function oracleSources(dir = ''): string[] {
  const out: string[] = dir === '' ? ['go.mod'] : [];
  for (const e of readdirSync(path.join(oracleDir, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...oracleSources(rel));
    else if (e.name.endsWith('.go')) out.push(rel);
  }
  return out.sort();
}

/** Runs every case (render or decode) in one oracle process; results are in case order. */
export async function runOracle(cases: readonly (OracleCase | DecodeOracleCase | ResourcesOracleCase)[]): Promise<OracleResult[]> {
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
export function oracleResultsFor(cases: readonly (OracleCase | DecodeOracleCase | ResourcesOracleCase)[]): () => OracleResult[] {
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
