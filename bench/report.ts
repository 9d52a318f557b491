// What the benchmarks behind `pnpm bench` share: their command-line options (one set, since one
// command runs them all), the statistics, the machine's name, and recording a result block in
// BENCHMARKS.md between a section's markers, one block per machine.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Options {
  rounds: number;
  passes: number;
  warmup: number;
  write: boolean;
}

/** Parse `--rounds N --passes N --warmup N --write`; prints `usage` and exits on --help. */
export function parseOptions(argv: string[], usage: string): Options {
  const opts: Options = { rounds: 7, passes: 20, warmup: 2, write: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = (name: keyof Options, min: number) => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < min) throw new Error(`${a} needs an integer ≥ ${min}`);
      (opts[name] as number) = n;
    };
    if (a === '--rounds') num('rounds', 5);
    else if (a === '--passes') num('passes', 1);
    else if (a === '--warmup') num('warmup', 0);
    else if (a === '--write') opts.write = true;
    else if (a === '--help' || a === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${usage}`);
  }
  return opts;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const fmtRate = (n: number) => Math.round(n).toLocaleString('en-US');

/** `AMD EPYC, 2 cores, linux x64`: the heading a machine's results go under. */
export function machineName(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${os.platform()} ${os.arch()}`;
}

/** `110 templates × 20 passes, median of 7 rounds after 2 warm-up · load average 1.2 at start`. */
export function roundsDescription(templates: number, opts: Options, loadAtStart: number): string {
  return `${templates} templates × ${opts.passes} passes, median of ${opts.rounds} rounds after ${opts.warmup} warm-up · load average ${loadAtStart.toFixed(1)} at start`;
}

/** Record `text` in `file` under this machine's heading, dated, with Node's version and `about`. */
export function recordResults(file: string, markers: { start: string; end: string }, about: string, text: string): void {
  const heading = `### ${machineName()}`;
  const block = [heading, '', `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${about}`, '', text].join('\n');
  writeResults(file, markers, block, heading);
  console.log(`recorded in ${path.relative(process.cwd(), file) || file}`);
}

/** Replace the block under `heading` between the `start` … `end` markers of `file`, or append one. */
function writeResults(file: string, markers: { start: string; end: string }, block: string, heading: string): void {
  const doc = readFileSync(file, 'utf8');
  const a = doc.indexOf(markers.start);
  const b = doc.indexOf(markers.end);
  if (a < 0 || b < a) throw new Error(`${file}: missing the ${markers.start} … ${markers.end} markers`);
  const section = doc.slice(a + markers.start.length, b);
  const blocks = section
    .split(/\n(?=### )/)
    .map((s) => s.trim())
    .filter((s) => s.startsWith('### '));
  const at = blocks.findIndex((s) => s.split('\n')[0] === heading);
  if (at >= 0) blocks[at] = block;
  else blocks.push(block);
  writeFileSync(file, `${doc.slice(0, a + markers.start.length)}\n\n${blocks.join('\n\n')}\n\n${doc.slice(b)}`);
}
