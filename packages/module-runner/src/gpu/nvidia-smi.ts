// The runner's GPUs, read from nvidia-smi's own output in each of the forms it prints. `-q -x` is
// the one to use for preflight (it alone carries every field); the others are parsed because they
// are what logs and users paste, and `--query-gpu` is what samples memory and utilisation during a
// run. No XML library: the output is a fixed, machine-written shape (nvsmi_device_v13.dtd).

/** One GPU as nvidia-smi reports it. `null`: the format that was parsed does not carry the field. */
export interface GpuInfo {
  /** nvidia-smi's index, the one `CUDA_VISIBLE_DEVICES` and `--id` use. */
  index: number;
  /** The product name, e.g. `NVIDIA H100 80GB HBM3` (what threshold globs match). */
  name: string;
  /** `GPU-…`; null from the default table, which does not print it. */
  uuid: string | null;
  /** Framebuffer memory; null from `-L`. */
  memoryTotalMiB: number | null;
  memoryUsedMiB?: number;
  utilizationPercent?: number;
  /** null from `-L` (and from `--query-gpu` unless driver_version was asked for). */
  driverVersion: string | null;
  /** The highest CUDA version the driver supports; only the table and `-q -x` print it. */
  cudaVersion: string | null;
}

export type NvidiaSmiFailure = 'empty' | 'no-devices' | 'driver-unreachable' | 'malformed';

/** nvidia-smi's output says there is no usable GPU, or is not output this parser understands. */
export class NvidiaSmiError extends Error {
  constructor(
    readonly kind: NvidiaSmiFailure,
    message: string,
  ) {
    super(message);
    this.name = 'NvidiaSmiError';
  }
}

// nvidia-smi prints these on stdout and still exits 0 in some versions, so a parser must recognise
// them rather than trust the exit status alone.
const NO_DEVICES = /^No devices were found/m;
const DRIVER_UNREACHABLE = /NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/;

/** Throws when the output is empty or is one of nvidia-smi's known failure messages. */
function rejectFailure(text: string): void {
  if (text.trim() === '') throw new NvidiaSmiError('empty', 'nvidia-smi printed nothing');
  if (NO_DEVICES.test(text)) throw new NvidiaSmiError('no-devices', 'nvidia-smi found no GPU: "No devices were found"');
  if (DRIVER_UNREACHABLE.test(text)) {
    throw new NvidiaSmiError('driver-unreachable', `nvidia-smi cannot reach the NVIDIA driver: ${firstLine(text)}`);
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 200) ?? '';
}

function malformed(format: string, text: string, why: string): NvidiaSmiError {
  return new NvidiaSmiError('malformed', `not ${format} output (${why}); it begins: ${JSON.stringify(firstLine(text))}`);
}

/** `nvidia-smi -L`: `GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-…)` a line; MIG lines are skipped. */
export function parseNvidiaSmiList(text: string): GpuInfo[] {
  rejectFailure(text);
  const gpus: GpuInfo[] = [];
  for (const line of text.split('\n')) {
    const m = /^GPU (\d+): (.+) \(UUID: (GPU-[0-9a-fA-F-]+)\)\s*$/.exec(line);
    if (m) gpus.push({ index: Number(m[1]), name: m[2]!, uuid: m[3]!, memoryTotalMiB: null, driverVersion: null, cudaVersion: null });
  }
  if (gpus.length === 0) throw malformed('nvidia-smi -L', text, 'no "GPU n: name (UUID: …)" line');
  return gpus;
}

/** The default `nvidia-smi` table. Names that do not fit the column end in `...` (as printed). */
export function parseNvidiaSmiTable(text: string): GpuInfo[] {
  rejectFailure(text);
  const header = /Driver Version:\s*(\S+)\s+CUDA Version:\s*(\S+)/.exec(text);
  if (!header) throw malformed('nvidia-smi', text, 'no "Driver Version: … CUDA Version: …" header');
  const driverVersion = header[1]!;
  const cudaVersion = header[2]!;
  // The processes table below the GPU table has rows of a similar shape: stop before it.
  const lines = text.split('\n');
  const end = lines.findIndex((l) => /\|\s*Processes:/.test(l));
  const gpuLines = end === -1 ? lines : lines.slice(0, end);
  const gpus: GpuInfo[] = [];
  for (const [i, line] of gpuLines.entries()) {
    const row = /^\|\s+(\d+)\s+(.+?)\s+(?:On|Off)\s+\|/.exec(line);
    if (!row) continue;
    const next = gpuLines[i + 1] ?? '';
    const memory = /(\d+)MiB\s*\/\s*(\d+)MiB/.exec(next);
    if (!memory) throw malformed('nvidia-smi', text, `GPU ${row[1]} has no memory-usage line`);
    const util = /\|\s+(\d+)%\s/.exec(next);
    gpus.push({
      index: Number(row[1]),
      name: row[2]!,
      uuid: null,
      memoryTotalMiB: Number(memory[2]),
      memoryUsedMiB: Number(memory[1]),
      ...(util ? { utilizationPercent: Number(util[1]) } : {}),
      driverVersion,
      cudaVersion,
    });
  }
  if (gpus.length === 0) throw malformed('nvidia-smi', text, 'no GPU row in the table');
  return gpus;
}

/** `nvidia-smi -q -x`. GPUs come in index order (nvidia-smi enumerates by PCI bus id for both). */
export function parseNvidiaSmiXml(text: string): GpuInfo[] {
  rejectFailure(text);
  if (!/<nvidia_smi_log>/.test(text)) throw malformed('nvidia-smi -q -x', text, 'no <nvidia_smi_log> element');
  if (!/<\/nvidia_smi_log>\s*$/.test(text)) throw malformed('nvidia-smi -q -x', text, 'truncated: no closing </nvidia_smi_log>');
  const driverVersion = xmlText(text, 'driver_version');
  const cudaVersion = xmlText(text, 'cuda_version');
  if (driverVersion === null) throw malformed('nvidia-smi -q -x', text, 'no <driver_version>');
  const blocks = [...text.matchAll(/<gpu id="[^"]*">([\s\S]*?)<\/gpu>/g)].map((m) => m[1]!);
  const attached = Number(xmlText(text, 'attached_gpus'));
  if (blocks.length === 0 || blocks.length !== attached) {
    throw malformed('nvidia-smi -q -x', text, `${blocks.length} <gpu> elements for attached_gpus ${attached}`);
  }
  return blocks.map((block, index) => {
    const name = xmlText(block, 'product_name');
    const memory = xmlSection(block, 'fb_memory_usage');
    const total = mib(memory && xmlText(memory, 'total'));
    if (name === null || total === null) throw malformed('nvidia-smi -q -x', text, `GPU ${index} lacks product_name or fb_memory_usage`);
    const used = mib(memory && xmlText(memory, 'used'));
    const utilization = xmlSection(block, 'utilization');
    const util = percent(utilization && xmlText(utilization, 'gpu_util'));
    return {
      index,
      name,
      uuid: xmlText(block, 'uuid'),
      memoryTotalMiB: total,
      ...(used !== null ? { memoryUsedMiB: used } : {}),
      ...(util !== null ? { utilizationPercent: util } : {}),
      driverVersion,
      cudaVersion,
    };
  });
}

function xmlText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return m ? decodeEntities(m[1]!.trim()) : null;
}

function xmlSection(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? m[1]! : null;
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

// Values are `81559 MiB`, or `81559` with `nounits`; `[N/A]`, `N/A` and `[Not Supported]` mean unknown.
function mib(value: string | null | undefined): number | null {
  const m = value ? /^(\d+)(?:\s*MiB)?$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : null;
}

function percent(value: string | null | undefined): number | null {
  const m = value ? /^(\d+)(?:\s*%)?$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : null;
}

/**
 * `nvidia-smi --query-gpu=… --format=csv[,noheader][,nounits]`. With a header the columns name
 * themselves; without one, pass the fields given to `--query-gpu`, in order. `index` and `name`
 * must be among them.
 */
export function parseNvidiaSmiCsv(text: string, options: { fields?: string[] } = {}): GpuInfo[] {
  rejectFailure(text);
  const rows = text.split('\n').filter((l) => l.trim() !== '').map((l) => l.split(',').map((c) => c.trim()));
  // A header line names fields (`memory.total [MiB]`); a data row starts with a GPU index.
  const hasHeader = rows[0] !== undefined && !/^\d+$/.test(rows[0][0] ?? '');
  const fields = hasHeader ? rows[0]!.map((h) => h.replace(/\s*\[.*\]$/, '')) : options.fields?.map((f) => f.trim());
  if (!fields) throw malformed('nvidia-smi --query-gpu', text, 'no header line and no field list given');
  const column = (field: string) => fields.indexOf(field);
  if (column('index') === -1 || column('name') === -1) {
    throw malformed('nvidia-smi --query-gpu', text, `the fields (${fields.join(', ')}) must include index and name`);
  }
  const data = hasHeader ? rows.slice(1) : rows;
  if (data.length === 0) throw malformed('nvidia-smi --query-gpu', text, 'a header but no GPU row');
  return data.map((cells, n) => {
    // A GPU name has no comma, so a row of the wrong width is a cut-off or different query.
    if (cells.length !== fields.length) {
      throw malformed('nvidia-smi --query-gpu', text, `row ${n + 1} has ${cells.length} values for ${fields.length} fields`);
    }
    const get = (field: string): string | null => {
      const value = column(field) === -1 ? null : cells[column(field)]!;
      return value === null || /^\[?(N\/A|Not Supported|Unknown Error)\]?$/.test(value) ? null : value;
    };
    const index = get('index');
    if (index === null || !/^\d+$/.test(index)) throw malformed('nvidia-smi --query-gpu', text, `row ${n + 1} has index ${JSON.stringify(index)}`);
    const used = mib(get('memory.used'));
    const util = percent(get('utilization.gpu'));
    return {
      index: Number(index),
      name: get('name') ?? '',
      uuid: get('uuid'),
      memoryTotalMiB: mib(get('memory.total')),
      ...(used !== null ? { memoryUsedMiB: used } : {}),
      ...(util !== null ? { utilizationPercent: util } : {}),
      driverVersion: get('driver_version'),
      // --query-gpu has no CUDA version field.
      cudaVersion: null,
    };
  });
}
