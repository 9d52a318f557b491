import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../../shared/inputs';
import { parseBuildArgs, serverAddress } from '../src/inputs';

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

test('serverAddress: the input, else the image registry; Docker Hub by its auth address', () => {
  expect(serverAddress('', 'ghcr.io')).toBe('ghcr.io');
  expect(serverAddress('registry.example:5000', 'ghcr.io')).toBe('registry.example:5000');
  expect(serverAddress('', 'docker.io')).toBe('https://index.docker.io/v1/');
});
