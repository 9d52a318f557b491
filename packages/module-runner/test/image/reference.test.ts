import { describe, expect, test } from 'vitest';
import { checkImageConsistency, familiarReference, formatReference, parseImageReference, sameRepository } from '../../src/image/reference';

const D = `sha256:${'a'.repeat(64)}`;
const E = `sha256:${'b'.repeat(64)}`;

describe('parseImageReference normalizes as distribution/reference does', () => {
  test.each([
    ['busybox', 'docker.io', 'library/busybox', undefined, undefined, 'docker.io/library/busybox:latest'],
    ['busybox:1.36', 'docker.io', 'library/busybox', '1.36', undefined, 'docker.io/library/busybox:1.36'],
    ['index.docker.io/library/busybox', 'docker.io', 'library/busybox', undefined, undefined, 'docker.io/library/busybox:latest'],
    ['docker.io/busybox', 'docker.io', 'library/busybox', undefined, undefined, 'docker.io/library/busybox:latest'],
    ['user/repo', 'docker.io', 'user/repo', undefined, undefined, 'docker.io/user/repo:latest'],
    // The first component is a registry only with ".", ":" or localhost.
    ['localhost/repo', 'localhost', 'repo', undefined, undefined, 'localhost/repo:latest'],
    ['localhost:5000/repo:1', 'localhost:5000', 'repo', '1', undefined, 'localhost:5000/repo:1'],
    ['myhost:5000/a/b', 'myhost:5000', 'a/b', undefined, undefined, 'myhost:5000/a/b:latest'],
    ['ghcr.io/o/m@' + D, 'ghcr.io', 'o/m', undefined, D, `ghcr.io/o/m@${D}`],
    ['ghcr.io/o/m:v1@' + D, 'ghcr.io', 'o/m', 'v1', D, `ghcr.io/o/m:v1@${D}`],
    ['127.0.0.1:5000/x', '127.0.0.1:5000', 'x', undefined, undefined, '127.0.0.1:5000/x:latest'],
    ['[::1]:5000/x:t', '[::1]:5000', 'x', 't', undefined, '[::1]:5000/x:t'],
    // "foo" has no "." or ":": a Docker Hub user, not a host.
    ['foo/bar:8080', 'docker.io', 'foo/bar', '8080', undefined, 'docker.io/foo/bar:8080'],
    ['a__b/c.d-e:T_1.x', 'docker.io', 'a__b/c.d-e', 'T_1.x', undefined, 'docker.io/a__b/c.d-e:T_1.x'],
  ])('%s', (input, domain, path, tag, digest, canonical) => {
    const ref = parseImageReference(input);
    expect(ref).toMatchObject({ domain, path, tag, digest });
    expect(formatReference(ref)).toBe(canonical);
  });

  test.each([
    ['', /at least one component/],
    ['Busybox', /must be lowercase/],
    ['ghcr.io/O/m', /must be lowercase/],
    ['busybox:sha256:' + 'a'.repeat(64), /follows "@"/],
    ['busybox@sha256:abc', /invalid reference format|digest/],
    ['busybox@sha256:' + 'A'.repeat(64), /64 lower-case hex/],
    ['a'.repeat(64), /64-byte hexadecimal/],
    ['busybox:' + 'x'.repeat(129), /invalid reference format/],
    ['https://ghcr.io/o/m', /invalid reference format/],
    ['a//b', /invalid reference format/],
    ['-a', /invalid reference format/],
    [`${'a'.repeat(250)}/bbbbbbb`, /not be more than 255/],
  ])('rejects %j', (input, message) => {
    expect(() => parseImageReference(input)).toThrow(message);
  });

  test('familiar names are what the docker CLI prints', () => {
    expect(familiarReference(parseImageReference('docker.io/library/busybox:1.36'))).toBe('busybox:1.36');
    expect(familiarReference(parseImageReference('index.docker.io/user/x'))).toBe('user/x');
    expect(familiarReference(parseImageReference('localhost:5000/x:1'))).toBe('localhost:5000/x:1');
  });
});

describe('sameRepository', () => {
  test.each([
    ['busybox', 'docker.io/library/busybox:latest', true],
    ['busybox:1.36', `busybox@${D}`, true],
    ['user/x', 'index.docker.io/user/x:2', true],
    ['busybox', 'library/busybox', true],
    ['localhost:5000/x', 'localhost/x', false],
    ['ghcr.io/o/m', 'docker.io/o/m', false],
    ['o/m', 'o/mm', false],
  ])('%s vs %s', (a, b, same) => {
    expect(sameRepository(a, b)).toBe(same);
  });
});

describe('checkImageConsistency', () => {
  test('pinned to the pushed digest: ok', () => {
    expect(checkImageConsistency({ templateImage: `ghcr.io/o/m:v1@${D}`, built: 'ghcr.io/o/m:v1', digest: D }).kind).toBe('ok');
  });
  test('pinned to another digest: an error that names the digest to pin', () => {
    const f = checkImageConsistency({ templateImage: `ghcr.io/o/m@${E}`, built: 'ghcr.io/o/m:latest', digest: D });
    expect(f).toMatchObject({ kind: 'digest-mismatch', severity: 'error' });
    expect(f.message).toContain(`Pin ghcr.io/o/m@${D}`);
  });
  test('not pinned: a warning with the exact reference to pin', () => {
    const f = checkImageConsistency({ templateImage: 'ghcr.io/o/m:v1', built: 'ghcr.io/o/m:v1', digest: D });
    expect(f).toEqual(expect.objectContaining({ kind: 'not-pinned', severity: 'warning', pin: `ghcr.io/o/m@${D}` }));
  });
  test('not pinned and not pushed: says to push first', () => {
    const f = checkImageConsistency({ templateImage: 'busybox', built: 'docker.io/library/busybox:latest', digest: undefined });
    expect(f.kind).toBe('not-pinned');
    expect(f.message).toMatch(/push it and pin busybox@sha256:<digest>/);
  });
  test('another repository: an error naming both', () => {
    const f = checkImageConsistency({ templateImage: 'ghcr.io/o/old:1', built: 'ghcr.io/o/new:1', digest: D });
    expect(f).toMatchObject({ kind: 'other-repository', severity: 'error' });
    expect(f.message).toContain('ghcr.io/o/old');
    expect(f.message).toContain(`ghcr.io/o/new@${D}`);
  });
  test('the same repository spelled two ways is the same', () => {
    expect(checkImageConsistency({ templateImage: `index.docker.io/library/busybox@${D}`, built: 'busybox:1.36', digest: D }).kind).toBe('ok');
  });
  test('pinned but not pushed: not compared, not an error', () => {
    const f = checkImageConsistency({ templateImage: `ghcr.io/o/m@${D}`, built: 'ghcr.io/o/m:latest', digest: undefined });
    expect(f.kind).toBe('ok');
    expect(f.message).toMatch(/not compared/);
  });
  test('an invalid template Image is an error', () => {
    expect(checkImageConsistency({ templateImage: 'Bad Image', built: 'x', digest: undefined }).kind).toBe('invalid');
  });
});
