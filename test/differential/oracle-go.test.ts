// The oracles are built with Go 1.23.x only, and a binary built by one Go version is never reused
// by another: fake `go` programs that print other versions, and the real Go 1.23.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkedGoVersion, goBinary, parseGoVersion } from '../support/go-toolchain';
import { oracleBuildPaths } from '../support/oracle';

const scratch = mkdtempSync(path.join(tmpdir(), 'oracle-go-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A `go` that prints `output` for `go version` and exits with `code`. */
function fakeGo(name: string, output: string, code = 0): string {
  const file = path.join(scratch, name);
  writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' '${output}'\nexit ${code}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('checkedGoVersion', () => {
  test.each(['go1.23.0', 'go1.23.5', 'go1.23.12'])('accepts %s', async (version) => {
    await expect(checkedGoVersion(fakeGo(`go-${version}`, `go version ${version} linux/amd64`))).resolves.toBe(version);
  });

  test.each([
    ['go1.22.7', 'an older line'],
    ['go1.24.1', 'a newer line (range over int, other error texts)'],
    ['go1.23rc2', 'a release candidate'],
    ['devel', 'a development build'],
  ])('refuses %s (%s), naming the binary, the version and what to do', async (version) => {
    const go = fakeGo(`go-${version}`, `go version ${version} linux/amd64`);
    const error = await checkedGoVersion(go).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toBe(
      `The Go oracle must be built with Go 1.23.x (what Lilypad v2.23.0 is built with), but ${go} is ${version}. ` +
        'Run `bash test/setup-machine.sh` (Debian\'s golang-1.23-go), or set GO to a Go 1.23.x binary.',
    );
  });

  test('a missing Go says so', async () => {
    const go = path.join(scratch, 'no-such-go');
    await expect(checkedGoVersion(go)).rejects.toThrow(`Go 1.23 is required for the Go oracle and ${go} was not found.`);
  });

  test('a Go that fails says how', async () => {
    const go = fakeGo('go-broken', 'go: cannot find GOROOT directory', 3);
    await expect(checkedGoVersion(go)).rejects.toThrow(`${go} did not run`);
  });

  test('output that is not `go version` is refused', () => {
    expect(() => parseGoVersion('hello', 'g')).toThrow('g version printed "hello", not "go version goX.Y.Z os/arch"');
  });

  test('the Go the tests use is 1.23.x', async () => {
    await expect(checkedGoVersion(goBinary())).resolves.toMatch(/^go1\.23\.\d+$/);
  });
});

test('the oracle binary and its Go caches are kept per Go version', () => {
  const a = oracleBuildPaths('go1.23.4');
  const b = oracleBuildPaths('go1.23.5');
  for (const key of ['bin', 'gocache', 'gopath'] as const) {
    expect(a[key]).not.toBe(b[key]);
    expect(a[key]).toContain(`${path.sep}go1.23.4${path.sep}`);
  }
  // The same version and sources: the same binary (a second run builds nothing).
  expect(oracleBuildPaths('go1.23.4')).toEqual(a);
});
