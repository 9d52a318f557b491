// The GPU preflight and the utilisation/memory sampler against a host's live nvidia-smi, with
// nothing else: no Docker, no network, no node_modules. Bundled into dist/host-check.cjs (pnpm
// build:host-check) and run by host-check.sh, which is what to copy onto a bare GPU host.
//
// It reads the GPUs the way run-module does (`nvidia-smi -q -x`), decides as the preflight does,
// then asks nvidia-smi in every other form the parsers know (`-L`, the default table,
// `--query-gpu` as CSV) and samples as a run does; it prints what it read, and every reading that
// disagrees with another or with what the parsers expect is a MISMATCH (exit 1).
import { execFile } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import {
  decideGpu,
  parseNvidiaSmiCsv,
  parseNvidiaSmiList,
  parseNvidiaSmiTable,
  readRunnerGpus,
  sampleGpus,
  SAMPLE_FIELDS,
  type GpuInfo,
} from '../../packages/module-runner/src/gpu/index';

const USAGE = `usage: host-check [--nvidia-smi PATH] [--sample-seconds N]

Runs run-module's GPU preflight and sampler against this host's nvidia-smi and checks every
reading against the others. Exit status: 0 all checks passed; 1 a mismatch; 2 a usage error.
`;

/** The fields asked for to cross-check: the noheader,nounits CSV the parsers take with a field list. */
const CROSS_FIELDS = ['index', 'uuid', 'name', 'memory.total', 'driver_version'];

interface Args {
  nvidiaSmi: string;
  sampleSeconds: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { nvidiaSmi: 'nvidia-smi', sampleSeconds: 3 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--nvidia-smi') args.nvidiaSmi = value();
    else if (arg === '--sample-seconds') {
      const v = value();
      if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new UsageError(`--sample-seconds: expected a number of seconds above 0, got ${JSON.stringify(v)}`);
      args.sampleSeconds = Number(v);
    } else throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
  }
  return args;
}

class UsageError extends Error {}

/** Every check, printed as it is made. */
class Checks {
  private readonly failed: string[] = [];
  private count = 0;

  ok(what: string): void {
    this.count++;
    console.log(`ok        ${what}`);
  }

  mismatch(what: string): void {
    this.count++;
    this.failed.push(what);
    console.log(`MISMATCH  ${what}`);
  }

  /** `ok` when `good`, else a mismatch saying `bad`. */
  expect(good: boolean, what: string, bad: string): void {
    if (good) this.ok(what);
    else this.mismatch(`${what}: ${bad}`);
  }

  finish(): number {
    if (this.failed.length === 0) {
      console.log(`\nhost-check: all ${this.count} checks passed`);
      return 0;
    }
    console.log(`\nhost-check: ${this.failed.length} of ${this.count} checks failed:`);
    for (const f of this.failed) console.log(`  - ${f}`);
    return 1;
  }
}

/** nvidia-smi's stdout; its failure (not found, non-zero exit, hung) as an Error with what it said. */
function nvidiaSmi(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: 15_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${bin} ${args.join(' ')} failed: ${(stderr || stdout || error.message).trim().split('\n')[0]}`));
      else resolve(stdout);
    });
  });
}

const show = (g: GpuInfo) =>
  `GPU ${g.index}  ${g.name}  ${g.uuid ?? '(no UUID)'}  ${g.memoryTotalMiB ?? '?'} MiB  driver ${g.driverVersion ?? '?'}  CUDA ${g.cudaVersion ?? '?'}`;

/** A name as the table prints it: cut to the column with `...`. */
const sameName = (table: string, full: string) => (table.endsWith('...') ? full.startsWith(table.slice(0, -3)) : table === full);

async function otherForm(checks: Checks, label: string, read: () => Promise<GpuInfo[]>): Promise<GpuInfo[] | null> {
  try {
    const gpus = await read();
    checks.ok(`${label}: parsed, ${gpus.length} GPU${gpus.length === 1 ? '' : 's'}`);
    return gpus;
  } catch (e) {
    checks.mismatch(`${label}: ${(e as Error).message}`);
    return null;
  }
}

/** Each GPU of `other` against the same index of `base`, field by field. */
function compare(checks: Checks, label: string, base: GpuInfo[], other: GpuInfo[], fields: Array<'name' | 'uuid' | 'memoryTotalMiB' | 'driverVersion' | 'cudaVersion'>): void {
  checks.expect(other.length === base.length, `${label}: same GPUs as -q -x`, `${other.length} GPUs, -q -x has ${base.length}`);
  for (const g of other) {
    const b = base.find((x) => x.index === g.index);
    if (!b) {
      checks.mismatch(`${label}: GPU ${g.index} is not in -q -x`);
      continue;
    }
    const diffs = fields.flatMap((f) => {
      const mine = g[f];
      const theirs = b[f];
      const same = f === 'name' ? sameName(String(mine), String(theirs)) : mine === theirs;
      return same ? [] : [`${f} ${JSON.stringify(mine)}, -q -x says ${JSON.stringify(theirs)}`];
    });
    checks.expect(diffs.length === 0, `${label}: GPU ${g.index} ${fields.join(', ')} agree with -q -x`, diffs.join('; '));
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`host-check: nvidia-smi ${args.nvidiaSmi}, node ${process.version}, sampling ${args.sampleSeconds} s\n`);
  const checks = new Checks();

  // 1. What run-module's preflight reads.
  let gpus: GpuInfo[];
  try {
    gpus = await readRunnerGpus(args.nvidiaSmi);
  } catch (e) {
    checks.mismatch(`preflight (nvidia-smi -q -x): ${(e as Error).message}`);
    return checks.finish();
  }
  for (const g of gpus) console.log(`  ${show(g)}`);
  checks.expect(gpus.length > 0, `preflight (nvidia-smi -q -x): ${gpus.length} GPU${gpus.length === 1 ? '' : 's'}`, 'no GPU');
  checks.expect(
    gpus.every((g, i) => g.index === i),
    'preflight: GPUs in index order 0…n-1',
    `indexes ${gpus.map((g) => g.index).join(', ')}`,
  );
  for (const g of gpus) {
    const missing = [
      g.name.trim() === '' && 'a name',
      !(g.uuid && /^GPU-[0-9a-f-]+$/i.test(g.uuid)) && `a UUID (got ${JSON.stringify(g.uuid)})`,
      !(g.memoryTotalMiB !== null && g.memoryTotalMiB > 0) && `a memory size (got ${g.memoryTotalMiB})`,
      !(g.driverVersion && /^\d+\.\d+/.test(g.driverVersion)) && `a driver version (got ${JSON.stringify(g.driverVersion)})`,
      !(g.cudaVersion && /^\d+\.\d+/.test(g.cudaVersion)) && `a CUDA version (got ${JSON.stringify(g.cudaVersion)})`,
    ].filter((m): m is string => typeof m === 'string');
    checks.expect(missing.length === 0, `preflight: GPU ${g.index} has a name, UUID, memory, driver and CUDA version`, `lacks ${missing.join(', ')}`);
  }
  if (gpus.length === 0) return checks.finish();

  // 2. What the preflight decides (Docker's side is not on this host: taken as present).
  const one = decideGpu({ moduleNeedsGpu: 1, gpus, dockerGpuSupport: true, allowCpu: false });
  checks.expect(one.run === 'gpu' && one.gpus[0] === gpus[0], 'preflight: a machine.gpu 1 module runs on GPU 0', JSON.stringify(one));
  const tooMany = decideGpu({ moduleNeedsGpu: gpus.length + 1, gpus, dockerGpuSupport: true, allowCpu: false });
  checks.expect(
    tooMany.run === 'fail' && tooMany.message.includes(`the runner has only ${gpus.length}`),
    `preflight: a module asking for ${gpus.length + 1} GPUs is refused, naming the ${gpus.length} there are`,
    JSON.stringify(tooMany),
  );

  // 3. The other forms nvidia-smi prints, against -q -x.
  const list = await otherForm(checks, 'nvidia-smi -L', async () => parseNvidiaSmiList(await nvidiaSmi(args.nvidiaSmi, ['-L'])));
  if (list) compare(checks, 'nvidia-smi -L', gpus, list, ['name', 'uuid']);
  const table = await otherForm(checks, 'nvidia-smi', async () => parseNvidiaSmiTable(await nvidiaSmi(args.nvidiaSmi, [])));
  if (table) compare(checks, 'nvidia-smi', gpus, table, ['name', 'memoryTotalMiB', 'driverVersion', 'cudaVersion']);
  const csvArgs = [`--query-gpu=${CROSS_FIELDS.join(',')}`, '--format=csv,noheader,nounits'];
  const csv = await otherForm(checks, `nvidia-smi ${csvArgs.join(' ')}`, async () => parseNvidiaSmiCsv(await nvidiaSmi(args.nvidiaSmi, csvArgs), { fields: CROSS_FIELDS }));
  if (csv) compare(checks, 'nvidia-smi --query-gpu', gpus, csv, ['name', 'uuid', 'memoryTotalMiB', 'driverVersion']);

  // 4. The sampler: one query as it asks, then the loop it runs during a case.
  const sampleArgs = [`--query-gpu=${SAMPLE_FIELDS.join(',')}`, '--format=csv,noheader,nounits'];
  const once = await otherForm(checks, `nvidia-smi ${sampleArgs.join(' ')}`, async () => parseNvidiaSmiCsv(await nvidiaSmi(args.nvidiaSmi, sampleArgs), { fields: SAMPLE_FIELDS }));
  if (once) {
    compare(checks, 'sample query', gpus, once, ['name']);
    for (const s of once) {
      const total = gpus.find((g) => g.index === s.index)?.memoryTotalMiB ?? 0;
      console.log(`  GPU ${s.index}: ${s.memoryUsedMiB ?? '?'} MiB used, ${s.utilizationPercent ?? '?'} % busy`);
      checks.expect(
        s.memoryUsedMiB !== undefined && s.memoryUsedMiB <= total && (s.utilizationPercent === undefined || (s.utilizationPercent >= 0 && s.utilizationPercent <= 100)),
        `sample query: GPU ${s.index} memory used within its ${total} MiB, utilisation a percentage`,
        `memory used ${s.memoryUsedMiB}, utilisation ${s.utilizationPercent}`,
      );
    }
  }
  const sampler = sampleGpus(
    gpus.map((g) => g.index),
    { nvidiaSmi: args.nvidiaSmi, intervalMs: 200 },
  );
  await delay(args.sampleSeconds * 1000);
  const usage = sampler.stop();
  console.log(`  sampler: ${usage ? `${usage.samples} samples, peak ${usage.peakMemoryMiB} MiB, utilisation mean ${usage.meanUtilizationPercent} % / peak ${usage.peakUtilizationPercent} %` : 'no sample'}`);
  const memory = Math.max(...gpus.map((g) => g.memoryTotalMiB ?? 0));
  checks.expect(usage !== null && usage.samples > 0, `sampler: samples every 200 ms for ${args.sampleSeconds} s`, 'no sample arrived');
  if (usage) {
    checks.expect(
      usage.peakMemoryMiB <= memory && usage.peakUtilizationPercent <= 100 && usage.meanUtilizationPercent <= usage.peakUtilizationPercent,
      'sampler: peak memory within the GPUs\', utilisation a percentage',
      JSON.stringify(usage),
    );
  }
  return checks.finish();
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`host-check: ${e.message}\n${USAGE}`);
      process.exit(2);
    }
    process.stderr.write(`host-check: internal error (a bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(70);
  },
);
