// safeLine, safeLines and safeJson against the runner's own reading of a step's output
// (test/support/runner-commands.ts): nothing they return is a command, wherever it is printed.
import { describe, expect, test } from 'vitest';
import { INJECTIONS, runnerCommands } from '../../../test/support/runner-commands';
import { safeJson, safeLine, safeLines } from '../src/safe-text';

describe('safeLine', () => {
  test.each([
    ['\n::error title=x::y', '\\n::error title=x::y'],
    ['::add-mask::secret', '\\::add-mask::secret'],
    ['  ::set-output name=x::y', '  \\::set-output name=x::y'],
    ['##[error]x', '##\\[error]x'],
    ['a\r\n::error::x', 'a\\r\\n::error::x'],
    ['\u00a0::error::x', '\u00a0\\::error::x'],
    [':\u0301:error::x', '\\:\u0301:error::x'],
    ['#\u0301#[error]x', '#\u0301#\\[error]x'],
    ['x\u200b::y', 'x\\u200b::y'],
    ['\u2028::error::x', '\\u2028::error::x'],
    ['\u0085::error::x', '\\u0085::error::x'],
    ['tag\u{e0001}', 'tag\\u{e0001}'],
    ['bell\x07', 'bell\\u0007'],
  ])('%j → %j', (text, safe) => {
    expect(safeLine(text)).toBe(safe);
    expect(runnerCommands(safeLine(text))).toEqual([]);
  });

  test('keeps terminal colours, and sees through them', () => {
    expect(safeLine('\x1b[31mred\x1b[0m')).toBe('\x1b[31mred\x1b[0m');
    // ESC before `[` collates as nothing: `##ESC[e` + `rror]x` could read as `##[error]x`.
    expect(safeLine('##\x1b[error]x')).toBe('##\\u001b\\[error]x');
    expect(safeLine('\x1b::error::x')).toBe('\\u001b::error::x');
  });

  test('leaves ordinary text alone, and is idempotent', () => {
    for (const text of ['case default: passed', 'image busybox:1.36', 'a::b', 'x ## [y]', 'C:\\path', 'tabs\there', 'ünïcödé 😀']) {
      expect(safeLine(text)).toBe(text);
    }
    for (const text of INJECTIONS) expect(safeLine(safeLine(text))).toBe(safeLine(text));
  });

  test('the injections of issue 9 are commands when printed raw, and none once escaped, alone or after other text', () => {
    for (const text of INJECTIONS) {
      expect(runnerCommands(text).length, text).toBeGreaterThan(0);
      for (const printed of [safeLine(text), `case ${safeLine(text)}: passed`, `${safeLine(text)}  pass  0.12`]) {
        expect(runnerCommands(printed), printed).toEqual([]);
        expect(printed).not.toMatch(/[\r\n]/);
      }
    }
  });

  // Random command-like text: a command in either form, mutated by inserting, deleting and
  // duplicating characters that matter. The escaped form is never a command, never breaks a line,
  // and does not change on a second pass. The generator is seeded, so a failure reproduces.
  test('random command-like text', () => {
    const noise = [':', '#', '[', ']', ' ', '\t', '\n', '\r', '\u200b', '\x1b', '\u0301', '\u00a0', '\u2028', '\u0085', '\ufeff', '%', '=', ','];
    const names = ['error', 'add-mask', 'set-output', 'stop-commands', 'warning', 'x'];
    let seed = 9;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const pick = <T,>(list: readonly T[]): T => list[random(list.length)]!;
    let rawCommands = 0;
    for (let n = 0; n < 20_000; n++) {
      const name = pick(names);
      let text = pick([`::${name} title=t::data`, `${pick(['', ' ', '\t'])}::${name}::data`, `say ##[${name}]data`, `##[${name} a=b;]d`]);
      for (let m = random(4); m > 0; m--) {
        const at = random(text.length + 1);
        const op = random(3);
        if (op === 0) text = text.slice(0, at) + pick(noise) + text.slice(at);
        else if (op === 1) text = text.slice(0, at) + text.slice(at + 1);
        else text = text.slice(0, at) + text.slice(at, at + 2) + text.slice(at);
      }
      if (runnerCommands(text).length > 0) rawCommands++;
      const line = safeLine(text);
      expect(runnerCommands(line), JSON.stringify(text)).toEqual([]);
      expect(runnerCommands(`  ${line}`), JSON.stringify(text)).toEqual([]);
      expect(line).not.toMatch(/[\r\n]/);
      expect(safeLine(line)).toBe(line);
      expect(runnerCommands(safeLines(text)), JSON.stringify(text)).toEqual([]);
    }
    // Most raw texts are commands: the test would see an escaper that let one through.
    expect(rawCommands).toBeGreaterThan(5_000);
  });
});

describe('safeLines', () => {
  test('escapes each line and keeps the lines', () => {
    expect(safeLines('first\n::error::x\r\n  ##[add-mask]y\rlast\n')).toBe('first\n\\::error::x\n  ##\\[add-mask]y\nlast\n');
    expect(runnerCommands(safeLines(INJECTIONS.join('\n')))).toEqual([]);
  });
});

describe('safeJson', () => {
  const value = {
    title: '##[add-mask]secret',
    login: '::error::x',
    description: 'line\n::set-output name=x::y\u2028more\u200b\u0085 #\u200b#[error]z',
    tag: 'tag\u{e0001}',
    nested: [{ e: '##[error]x', n: 1 }],
  };

  test('means the same JSON and holds no command, compact or indented', () => {
    for (const json of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      expect(runnerCommands(json).length).toBeGreaterThan(0);
      const safe = safeJson(json);
      expect(JSON.parse(safe)).toEqual(value);
      expect(runnerCommands(safe)).toEqual([]);
    }
    expect(safeJson(JSON.stringify(value, null, 2)).split('\n')).toHaveLength(JSON.stringify(value, null, 2).split('\n').length);
  });

  test('leaves JSON without such characters unchanged', () => {
    const json = JSON.stringify({ a: 'b::c', d: ['#', '[x]'], e: 'ünï 😀' }, null, 2);
    expect(safeJson(json)).toBe(json);
  });
});
