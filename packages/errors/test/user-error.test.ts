import { describe, expect, test } from 'vitest';
import { formatLocation, isUserError, UserError } from '../src/index';

class PlanMistake extends UserError {}

describe('UserError', () => {
  test('describe(): the place, the message, the hint on its own line', () => {
    const e = new UserError('unknown key "cooldwn"', { location: { file: 'a.yml', line: 4, column: 1 }, hint: 'see docs/x.md' });
    expect(e.describe()).toBe('a.yml:4:1: unknown key "cooldwn"\nsee docs/x.md');
    expect(new UserError('no engine').describe()).toBe('no engine');
    expect(new UserError('bad', { location: { file: 'b.yml', line: 2 } }).describe()).toBe('b.yml:2: bad');
  });

  test('problems: listed by the message, the first one is the location, headline counts them', () => {
    const problems = [
      { location: { file: 'c.yml', line: 1, column: 2 }, message: 'one' },
      { location: { file: 'c.yml', line: 5, column: 3 }, message: 'two' },
    ];
    const e = new UserError('c.yml:1:2: one\nc.yml:5:3: two', { problems, hint: 'fix them' });
    expect(e.location).toEqual({ file: 'c.yml', line: 1, column: 2 });
    expect(e.describe()).toBe('c.yml:1:2: one\nc.yml:5:3: two\nfix them');
    expect(e.headline()).toBe('c.yml: 2 problems; fix them.');
    expect(new UserError('x', { problems: problems.slice(0, 1) }).headline()).toBe('c.yml: 1 problem.');
    expect(new UserError('just this').headline()).toBe('just this');
  });

  test('subclasses are user errors under their own name; other errors are bugs', () => {
    const e = new PlanMistake('wrong');
    expect(e.name).toBe('PlanMistake');
    expect(isUserError(e)).toBe(true);
    expect(isUserError(new TypeError('x'))).toBe(false);
    expect(isUserError('a string')).toBe(false);
  });

  test('the cause is kept for whoever debugs it', () => {
    const cause = new Error('ENOENT');
    expect(new UserError('no file', { cause }).cause).toBe(cause);
  });

  test('formatLocation', () => {
    expect(formatLocation({ file: 'f' })).toBe('f');
    expect(formatLocation({ file: 'f', line: 3 })).toBe('f:3');
    expect(formatLocation({ file: 'f', line: 3, column: 9 })).toBe('f:3:9');
  });
});
