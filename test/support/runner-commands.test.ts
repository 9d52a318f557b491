// The runner-compatible command reader itself: what actions/runner's ActionCommand and
// ActionCommandManager accept and refuse, case by case, so that the tests built on it mean something.
import { describe, expect, test } from 'vitest';
import { RunnerCommandManager, runnerCommands, runnerLines, stepCommands, unexpectedCommands } from './runner-commands';

const one = (line: string) => runnerCommands(line);

describe('runnerLines: StreamReader.ReadLine', () => {
  test.each([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\rb\r', ['a', 'b']],
    ['a\n\nb', ['a', '', 'b']],
    ['', []],
  ])('%j', (text, lines) => expect(runnerLines(text)).toEqual(lines));
});

describe('the `::` form (TryParseV2)', () => {
  test('a command at the start of a line, after any white space', () => {
    expect(one('::error::x')).toMatchObject([{ command: 'error', data: 'x', form: 'v2', effect: 'command' }]);
    expect(one('  ::set-output name=x::y')).toMatchObject([{ command: 'set-output', properties: { name: 'x' }, data: 'y' }]);
    expect(one('\t\u00a0\u3000::add-mask::secret')).toMatchObject([{ command: 'add-mask', data: 'secret' }]);
  });

  test('names are matched without regard to case; unknown names are plain output', () => {
    expect(one('::ERROR::x')).toMatchObject([{ command: 'ERROR' }]);
    expect(one('::frobnicate::x')).toEqual([]);
    expect(one('::error x')).toEqual([]);
  });

  test('not in the middle of a line', () => {
    expect(one('say ::error::x')).toEqual([]);
    expect(one('x::error::y')).toEqual([]);
  });

  test('properties and data are unescaped as the runner does', () => {
    // The property list is trimmed as a whole (C# Trim), not each pair.
    expect(one('::error file=a%2Cb%3Ac,line=3, title = t ::m%0An%25')).toMatchObject([{ properties: { file: 'a,b:c', line: '3', ' title ': ' t' }, data: 'm\nn%' }]);
  });

  test('a line break (LF, CR or CRLF) starts a new line, and so a new command', () => {
    expect(runnerCommands('case x\n::error title=x::y')).toMatchObject([{ command: 'error', properties: { title: 'x' }, data: 'y' }]);
    expect(runnerCommands('progress\r::add-mask::secret')).toMatchObject([{ command: 'add-mask' }]);
  });

  test('characters the culture-sensitive match may skip: the runner takes the name from index 2', () => {
    // StartsWith("::") may hold with a zero-width space in front, but the name then begins with `:`.
    expect(one('\u200b::error::x')).toEqual([]);
    expect(one('::err\u200bor::x')).toEqual([]);
  });
});

describe('the legacy `##[` form (TryParse)', () => {
  test('anywhere in a line', () => {
    expect(one('##[error]x')).toMatchObject([{ command: 'error', data: 'x', form: '##[' }]);
    expect(one('Step 3/5 : RUN echo ##[add-mask]abc')).toMatchObject([{ command: 'add-mask', data: 'abc' }]);
    expect(one('| x | ##[set-output name=a;]b |')).toMatchObject([{ command: 'set-output', properties: { name: 'a' }, data: 'b |' }]);
  });

  test('needs a registered name and a closing bracket', () => {
    expect(one('##[frob]x')).toEqual([]);
    expect(one('##[error x')).toEqual([]);
    expect(one('#[error]x')).toEqual([]);
  });
});

describe('stop-commands', () => {
  test('stops every command until `::<token>::`, then commands work again', () => {
    const commands = runnerCommands(['::stop-commands::tok1', '::error::x', '##[add-mask]y', '::stop-commands::other', '::TOK1::', '::error::z'].join('\n'));
    expect(commands.map((c) => [c.effect, c.command])).toEqual([
      ['stop', 'stop-commands'],
      ['resume', 'TOK1'],
      ['command', 'error'],
    ]);
  });

  test('the legacy form resumes too', () => {
    expect(runnerCommands('::stop-commands::tok\nsome ##[tok] text\n::error::z').map((c) => c.effect)).toEqual(['stop', 'resume', 'command']);
  });

  test('tokens the runner refuses (the step fails) are reported as such', () => {
    for (const token of ['', 'pause-logging', 'error', 'Add-Mask']) {
      expect(runnerCommands(`::stop-commands::${token}`)[0]?.effect).toBe('invalid-stop-token');
    }
  });

  test('the state is per stream here; stderr is read as if commands were never stopped', () => {
    const commands = stepCommands({ stdout: '::stop-commands::tok\n', stderr: '::error::x\n' });
    expect(commands.map((c) => [c.stream, c.effect])).toEqual([
      ['stdout', 'stop'],
      ['stderr', 'command'],
    ]);
    const manager = new RunnerCommandManager();
    manager.process('::stop-commands::tok', 'stdout');
    expect(manager.stoppedBy).toBe('tok');
  });
});

describe('unexpectedCommands', () => {
  test('allows the step\'s own annotations, groups and balanced stop blocks; flags the rest', () => {
    const text = ['::group::build', '::stop-commands::t', '::error::inside', '::t::', '::endgroup::', '::error title=mine::m', '::error::untitled', '::add-mask::x', '##[error]legacy', '::warning title=x::y'].join('\n');
    const bad = unexpectedCommands(runnerCommands(text), ['mine']);
    expect(bad.map((c) => c.line)).toEqual(['::error::untitled', '::add-mask::x', '##[error]legacy', '::warning title=x::y']);
    expect(unexpectedCommands(runnerCommands('::error::untitled'), [''])).toEqual([]);
  });

  test('a block that is never resumed is flagged', () => {
    expect(unexpectedCommands(runnerCommands('::stop-commands::t\ntext\n')).map((c) => c.effect)).toEqual(['stop']);
  });
});
