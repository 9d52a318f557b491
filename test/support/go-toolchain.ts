// The Go the oracles are built with. The oracles stand for the Lilypad CLI, and Lilypad v2.23.0
// is built with Go 1.23: another Go has another text/template and encoding/json (Go 1.24 ranges
// over integers, Go 1.22 words some errors differently), so a build with it would compare our
// engine against the wrong reference. Every oracle build checks the version first and keys its
// build cache by it, so switching Go never reuses a binary the other version built.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

/** The Go release line the oracles must be built with (what Lilypad v2.23.0 is built with). */
export const ORACLE_GO_LINE = '1.23';

/** The Go binary the tests use: $GO, else Debian's golang-1.23-go. */
export function goBinary(): string {
  return process.env.GO || '/usr/lib/go-1.23/bin/go';
}

/**
 * The version `go version` reports for `go` ("go1.23.5"), after checking that it is a 1.23.x
 * release; otherwise an Error that says which Go was found and what to do.
 */
export async function checkedGoVersion(go: string = goBinary()): Promise<string> {
  let stdout: string;
  try {
    // GOTOOLCHAIN=local: report this binary's own version, never one it would switch to.
    ({ stdout } = await execFileP(go, ['version'], { env: { ...process.env, GOTOOLCHAIN: 'local' }, timeout: 30_000 }));
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    const why = err.code === 'ENOENT' ? 'was not found' : `did not run (${(err.stderr || err.message).trim()})`;
    throw new Error(`Go ${ORACLE_GO_LINE} is required for the Go oracle and ${go} ${why}. ${HOW_TO_GET_GO}`);
  }
  return parseGoVersion(stdout, go);
}

/** The version in `go version` output, if it is a Go 1.23.x release; throws otherwise. */
export function parseGoVersion(output: string, go = 'go'): string {
  const version = /^go version (\S+) /.exec(output.trim())?.[1];
  if (version === undefined) throw new Error(`${go} version printed ${JSON.stringify(output.trim())}, not "go version goX.Y.Z os/arch". ${HOW_TO_GET_GO}`);
  // Since Go 1.21 the first release of a line prints "go1.23.0"; release candidates ("go1.23rc2")
  // and devel builds are not 1.23.x releases.
  if (!new RegExp(`^go${ORACLE_GO_LINE.replace('.', '\\.')}\\.\\d+$`).test(version)) {
    throw new Error(`The Go oracle must be built with Go ${ORACLE_GO_LINE}.x (what Lilypad v2.23.0 is built with), but ${go} is ${version}. ${HOW_TO_GET_GO}`);
  }
  return version;
}

const HOW_TO_GET_GO = `Run \`bash test/setup-machine.sh\` (Debian's golang-1.23-go), or set GO to a Go ${ORACLE_GO_LINE}.x binary.`;
