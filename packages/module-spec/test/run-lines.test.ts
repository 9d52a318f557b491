// Every `… run … -i …` line that module READMEs tell users to type (test/fixtures/corpus/RUN_LINES.md),
// split as bash would and read as Lilypad's pflag `-i` flag would.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { InputFlagError, parseInputFlags } from '../src/inputs';
import { commandInLine, inputFlagValues, shellWords } from './shell-words';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const runLines = readFileSync(path.resolve(repoRoot, 'test/fixtures/corpus/RUN_LINES.md'), 'utf8');

const commands = runLines
  .split('\n')
  .map(commandInLine)
  .filter((c): c is string => c !== undefined && /\s(-i|--input)\b/.test(c));

// Hand-checked: a distinctive piece of the line → the inputs map Lilypad gets.
const expected: [string, Record<string, string>][] = [
  ['lilypad-module-sentiment:main', { input: 'Today was a good day' }],
  [
    'lily-synthetizoor:0a57dc9c',
    { URL: 'https://bafkreiafqxh2jlmzjiuaoytga7ntu36gghww3y2bc6mrelbbg2nfijnz2u.ipfs.w3s.link/' },
  ],
  [
    'lily-synthetizoor:b4d2e078',
    {
      URL: 'https://bafybeif3qp2sd7qb67kjhds65b6qr5ecerib76cjclyo625ovledffabfu.ipfs.w3s.link/',
      // one `=`, so the commas stay in the value
      SENTENCE: 'Ok, sono nato! buon giorno a tutti, mi chiamo dab three!',
      LANGUAGE: 'it',
      INPUT_FOLDER: '/inputs',
      OUTPUT_FOLDER: '/outputs',
    },
  ],
  ['lilypad-bark-module:', { prompt: 'hello world', voice: 'john', language: 'en' }],
  ['github.com/username/repo:tag -i Message=moo', { Message: 'moo' }],
  ['duckdb:v0.0.1', { InputsCID: 'Qm...', Query: 'select * from users' }],
  // (the more specific needle first: find() takes the first match)
  ['-i Image=lilyfrog', { Message: 'Hello lilypad world', Image: 'lilyfrog' }],
  ["lilysay:0.5.2 -i Message='Hello lilypad world'", { Message: 'Hello lilypad world' }],
  // two `=`: read as CSV, one field, the second `=` stays in the value
  ['-i PromptEnv="PROMPT=flying fish"', { LoraCID: 'Qm...', PromptEnv: 'PROMPT=flying fish' }],
  ["ollama-pipeline:llama3-8b-lilypad1", { Prompt: 'Something awesome this way comes' }],
  [
    'sdv-pipeline:v1.0-lilypad2',
    { ImageSeed: '696721260153400', Prompt: 'an astronaut floating against a white background', Steps: '200', VideoSteps: '70' },
  ],
  ['lilypad-module-synthetic-data:0.2.3', { Contracts: '10', Seed: '42' }],
  ['lilypad run github.com/Lilypad-Tech/lilypad-wan2.1-t2v-1.3b', { prompt: 'your prompt here', negative_prompt: 'your negative prompt here' }],
  ['--module-phi2', { Prompt: 'what is the acceleration of gravity on earth?' }],
  // `dynamic modules` are two more positional words, not part of the value
  ['lilypad-module-dynamic', { image: 'lilypadnetwork/lilysay:latest', cmd: 'hello' }],
  [
    'punctuators-module:v0.1.0',
    { input_text: 'all of the words are hard to read because we need to punctuate we need to capitalize too' },
  ],
  ['Spark-TTS-0.5B.git:v1.6', { input: 'This is a test of the text to speech system.' }],
  ['-i Input=moo', { Input: 'moo' }],
  ['lilysay-3d:0.0.3 -i', { Message: 'Blender on Lilypad is fun!', Image: 'lilycorn' }],
  [
    'lilypad run github.com/rhochmayr/ollama-deepseek-r1-7b:1.0.0 -i Prompt="There',
    { Prompt: 'There are 49 dogs signed up for a dog show. There are 36 more small dogs than large dogs. How many small dogs have signed up to compete?' },
  ],
  ['lilypad run github.com/Lilypad-Tech/module-sdxl:d6a89ed92f4e798459b2990340669da00c56c80c -i prompt="a spaceship', { prompt: 'a spaceship parked on mountain' }],
];

describe('RUN_LINES.md', () => {
  test('has the lines this table expects', () => {
    expect(commands.length).toBeGreaterThanOrEqual(30);
    for (const [needle] of expected) expect(commands.some((c) => c.includes(needle)), needle).toBe(true);
  });

  test.each(commands)('%s', (command) => {
    const inputs = parseInputFlags(inputFlagValues(shellWords(command)));
    expect(Object.keys(inputs).length).toBeGreaterThan(0);
    const row = expected.find(([needle]) => command.includes(needle));
    if (row) expect(inputs).toEqual(row[1]);
  });
});

describe('shell quoting meets pflag', () => {
  const inputsOf = (line: string) => parseInputFlags(inputFlagValues(shellWords(line)));

  test.each<[string, Record<string, string>]>([
    [`lilypad run cowsay:v0.0.4 -i Message="moo"`, { Message: 'moo' }],
    [`lilypad run x:y --input=Message=moo`, { Message: 'moo' }],
    [`lilypad run x:y -iMessage=moo`, { Message: 'moo' }],
    [`lilypad run x:y -i=Message=moo`, { Message: 'moo' }],
    [`lilypad run x:y -i Message=a\\ b`, { Message: 'a b' }],
    [`lilypad run x:y -i "Message=say \\"hi\\""`, { Message: 'say "hi' }],
    // create-lilypad-module's scripts/run_module.py passes input="<text>": the quotes survive
    // Python's argv and pflag trims only the trailing one.
    [`lilypad run x:y -i 'input="a cat"'`, { input: '"a cat' }],
    [`lilypad run x:y -i 'Message="hi"'`, { Message: '"hi' }],
    [`lilypad run x:y -i a=1,b=2 -i b=3`, { a: '1', b: '3' }],
    [`lilypad run x:y -i request="$(echo -n '{"a": 1}' | base64 -w 0)"`, { request: `$(echo -n '{"a": 1}' | base64 -w 0)` }],
    [`lilypad run x:y -- -i a=b`, {}],
  ])('%s', (line, inputs) => {
    expect(inputsOf(line)).toEqual(inputs);
  });

  test.each<[string, string]>([
    [`lilypad run x:y -i 'P=a=b, c'`, ' c must be formatted as key=value'],
    [`lilypad run x:y -i Prompt`, 'Prompt must be formatted as key=value'],
    [`lilypad run x:y -i 'Q=select "x"=1'`, 'parse error on line 1, column 10: bare " in non-quoted-field'],
  ])('%s fails', (line, message) => {
    expect(() => inputsOf(line)).toThrow(InputFlagError);
    expect(() => inputsOf(line)).toThrow(message);
  });
});
