import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '@lilypad-actions/action-shared/inputs';
import { parseBuildArgs } from '../src/inputs';
import { registryLogin } from '@lilypad-actions/action-shared/registry-login';

describe('parseBuildArgs', () => {
  test('KEY=VALUE lines; blanks and comments skipped; values keep inner "=" and spaces', () => {
    expect(parseBuildArgs('A=1\n\n# comment\nB = x=y z \r\nEMPTY=\n')).toEqual({ A: '1', B: ' x=y z', EMPTY: '' });
  });
  test.each([
    ['novalue', /line 1: expected KEY=VALUE, got "novalue"/],
    ['=x', /line 1: expected KEY=VALUE/],
    ['A=1\n1BAD=2', /line 2: "1BAD" is not a valid build argument name/],
  ])('%j is refused', (text, message) => {
    expect(() => parseBuildArgs(text)).toThrow(message);
    expect(() => parseBuildArgs(text)).toThrow(ConfigurationError);
  });
});

test('registryLogin: both or neither; the named registry by its auth address, else empty (the image\'s own)', () => {
  expect(registryLogin({ registry: '', username: '', password: '' })).toBeUndefined();
  expect(registryLogin({ registry: '', username: 'u', password: 'p' })).toEqual({ username: 'u', password: 'p', serveraddress: '' });
  expect(registryLogin({ registry: ' registry.example:5000 ', username: 'u', password: 'p' })?.serveraddress).toBe('registry.example:5000');
  expect(registryLogin({ registry: 'docker.io', username: 'u', password: 'p' })?.serveraddress).toBe('https://index.docker.io/v1/');
  expect(() => registryLogin({ registry: '', username: 'u', password: '' })).toThrow(/username and password go together/);
  expect(() => registryLogin({ registry: '', username: '', password: 'p' })).toThrow(ConfigurationError);
});
