#!/usr/bin/env node
// Entry point of the `lilypad-module` bundle: wire the process to runCli.

import { runCli } from './cli';
import { wantsColor } from './terminal';

// `lilypad-module render … | head` closes the pipe early; that is not an error worth a stack.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const code = runCli(process.argv.slice(2), {
  stdout: (chunk) => void process.stdout.write(typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
  stderr: (text) => void process.stderr.write(text),
  color: wantsColor(process.stderr.isTTY, process.env),
  colorStdout: wantsColor(process.stdout.isTTY, process.env),
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
