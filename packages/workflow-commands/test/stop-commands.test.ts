// Verbatim blocks: the runner acts on nothing inside them, and commands work again after them.
import { describe, expect, test } from 'vitest';
import { INJECTIONS, RUNNER_COMMANDS, runnerCommands } from '../../../test/support/runner-commands';
import { beginStopCommands, newStopToken, stopCommands } from '../src/stop-commands';
import { escapeData, escapeProperty, formatCommand } from '../src/command-format';

const verbatim = ['Step 1/3 : RUN echo hi', ...INJECTIONS, '::stop-commands::mine', '::mine::', '\x1b[32mcolour\x1b[0m'].join('\n');

describe('stopCommands', () => {
  test('keeps the text verbatim, recognises nothing inside, and resumes after it', () => {
    const block = stopCommands(verbatim);
    expect(block).toContain(`\n${verbatim}\n`);
    const commands = runnerCommands(`${block}::error::after\n`);
    expect(commands.map((c) => c.effect)).toEqual(['stop', 'resume', 'command']);
    expect(commands[2]).toMatchObject({ command: 'error', data: 'after' });
  });

  test('ends an unfinished last line before resuming, and adds nothing to a finished one', () => {
    expect(runnerCommands(`${stopCommands('no newline ::')}::error::after`).map((c) => c.effect)).toEqual(['stop', 'resume', 'command']);
    expect(stopCommands('a\n').split('\n')).toHaveLength(4);
    expect(runnerCommands(`${stopCommands('cr only\r')}::error::after`).map((c) => c.effect)).toEqual(['stop', 'resume', 'command']);
  });

  test('tokens are fresh, unguessable and valid stop tokens', () => {
    const tokens = new Set(Array.from({ length: 100 }, newStopToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^t[0-9a-f]{32}$/);
      expect(RUNNER_COMMANDS as readonly string[]).not.toContain(token);
    }
    const [a, b] = [stopCommands('x'), stopCommands('x')];
    expect(a).not.toBe(b);
  });
});

describe('beginStopCommands', () => {
  test('a block written piece by piece; end() is idempotent and closes an open line', () => {
    const out: string[] = [];
    const block = beginStopCommands((t) => out.push(t));
    block.write('##[error]from the build');
    block.write('\n::add-mask::secret\npartial');
    block.end();
    block.end();
    out.push('::error::after\n');
    const commands = runnerCommands(out.join(''));
    expect(commands.map((c) => c.effect)).toEqual(['stop', 'resume', 'command']);
    expect(() => block.write('late')).toThrow(/after end/);
  });
});

describe('command format', () => {
  test('escapes as the runner unescapes', () => {
    expect(escapeData('50%\r\n')).toBe('50%25%0D%0A');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const line = formatCommand('error', [['file', 'x,y:z'], ['line', 3], ['col', undefined], ['title', 't\n::error::u']], 'm\n::add-mask::s');
    expect(line).toBe('::error file=x%2Cy%3Az,line=3,title=t%0A%3A%3Aerror%3A%3Au::m%0A::add-mask::s');
    expect(runnerCommands(line)).toEqual([expect.objectContaining({ command: 'error', properties: { file: 'x,y:z', line: '3', title: 't\n::error::u' }, data: 'm\n::add-mask::s' })]);
  });

  test('refuses a name that is not one', () => {
    expect(() => formatCommand('err or', [], 'x')).toThrow(/not a workflow command name/);
  });
});
