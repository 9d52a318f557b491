// Generated from test/gpu/host-check.ts by pnpm build:host-check (test/gpu/README.md); do not edit.
"use strict";

// test/gpu/host-check.ts
var import_node_child_process2 = require("node:child_process");
var import_promises = require("node:timers/promises");

// packages/module-runner/src/gpu/nvidia-smi.ts
var NvidiaSmiError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
    this.name = "NvidiaSmiError";
  }
};
var NO_DEVICES = /^No devices were found/m;
var DRIVER_UNREACHABLE = /NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/;
function rejectFailure(text) {
  if (text.trim() === "") throw new NvidiaSmiError("empty", "nvidia-smi printed nothing");
  if (NO_DEVICES.test(text)) throw new NvidiaSmiError("no-devices", 'nvidia-smi found no GPU: "No devices were found"');
  if (DRIVER_UNREACHABLE.test(text)) {
    throw new NvidiaSmiError("driver-unreachable", `nvidia-smi cannot reach the NVIDIA driver: ${firstLine(text)}`);
  }
}
function firstLine(text) {
  return text.split("\n").find((l) => l.trim() !== "")?.trim().slice(0, 200) ?? "";
}
function malformed(format, text, why) {
  return new NvidiaSmiError("malformed", `not ${format} output (${why}); it begins: ${JSON.stringify(firstLine(text))}`);
}
function parseNvidiaSmiList(text) {
  rejectFailure(text);
  const gpus = [];
  for (const line of text.split("\n")) {
    const m = /^GPU (\d+): (.+) \(UUID: (GPU-[0-9a-fA-F-]+)\)\s*$/.exec(line);
    if (m) gpus.push({ index: Number(m[1]), name: m[2], uuid: m[3], memoryTotalMiB: null, driverVersion: null, cudaVersion: null });
  }
  if (gpus.length === 0) throw malformed("nvidia-smi -L", text, 'no "GPU n: name (UUID: \u2026)" line');
  return gpus;
}
function parseNvidiaSmiTable(text) {
  rejectFailure(text);
  const header = /Driver Version:\s*(\S+)\s+CUDA Version:\s*(\S+)/.exec(text);
  if (!header) throw malformed("nvidia-smi", text, 'no "Driver Version: \u2026 CUDA Version: \u2026" header');
  const driverVersion = header[1];
  const cudaVersion = header[2];
  const lines = text.split("\n");
  const end = lines.findIndex((l) => /\|\s*Processes:/.test(l));
  const gpuLines = end === -1 ? lines : lines.slice(0, end);
  const gpus = [];
  for (const [i, line] of gpuLines.entries()) {
    const row = /^\|\s+(\d+)\s+(.+?)\s+(?:On|Off)\s+\|/.exec(line);
    if (!row) continue;
    const next = gpuLines[i + 1] ?? "";
    const memory = /(\d+)MiB\s*\/\s*(\d+)MiB/.exec(next);
    if (!memory) throw malformed("nvidia-smi", text, `GPU ${row[1]} has no memory-usage line`);
    const util = /\|\s+(\d+)%\s/.exec(next);
    gpus.push({
      index: Number(row[1]),
      name: row[2],
      uuid: null,
      memoryTotalMiB: Number(memory[2]),
      memoryUsedMiB: Number(memory[1]),
      ...util ? { utilizationPercent: Number(util[1]) } : {},
      driverVersion,
      cudaVersion
    });
  }
  if (gpus.length === 0) throw malformed("nvidia-smi", text, "no GPU row in the table");
  return gpus;
}
function parseNvidiaSmiXml(text) {
  rejectFailure(text);
  if (!/<nvidia_smi_log>/.test(text)) throw malformed("nvidia-smi -q -x", text, "no <nvidia_smi_log> element");
  if (!/<\/nvidia_smi_log>\s*$/.test(text)) throw malformed("nvidia-smi -q -x", text, "truncated: no closing </nvidia_smi_log>");
  const driverVersion = xmlText(text, "driver_version");
  const cudaVersion = xmlText(text, "cuda_version");
  if (driverVersion === null) throw malformed("nvidia-smi -q -x", text, "no <driver_version>");
  const blocks = [...text.matchAll(/<gpu id="[^"]*">([\s\S]*?)<\/gpu>/g)].map((m) => m[1]);
  const attached = Number(xmlText(text, "attached_gpus"));
  if (blocks.length === 0 || blocks.length !== attached) {
    throw malformed("nvidia-smi -q -x", text, `${blocks.length} <gpu> elements for attached_gpus ${attached}`);
  }
  return blocks.map((block, index) => {
    const name = xmlText(block, "product_name");
    const memory = xmlSection(block, "fb_memory_usage");
    const total = mib(memory && xmlText(memory, "total"));
    if (name === null || total === null) throw malformed("nvidia-smi -q -x", text, `GPU ${index} lacks product_name or fb_memory_usage`);
    const used = mib(memory && xmlText(memory, "used"));
    const utilization = xmlSection(block, "utilization");
    const util = percent(utilization && xmlText(utilization, "gpu_util"));
    return {
      index,
      name,
      uuid: xmlText(block, "uuid"),
      memoryTotalMiB: total,
      ...used !== null ? { memoryUsedMiB: used } : {},
      ...util !== null ? { utilizationPercent: util } : {},
      driverVersion,
      cudaVersion
    };
  });
}
function xmlText(xml, tag) {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return m ? decodeEntities(m[1].trim()) : null;
}
function xmlSection(xml, tag) {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? m[1] : null;
}
function decodeEntities(s) {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]);
}
function mib(value) {
  const m = value ? /^(\d+)(?:\s*MiB)?$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : null;
}
function percent(value) {
  const m = value ? /^(\d+)(?:\s*%)?$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : null;
}
function parseNvidiaSmiCsv(text, options = {}) {
  rejectFailure(text);
  const rows = text.split("\n").filter((l) => l.trim() !== "").map((l) => l.split(",").map((c) => c.trim()));
  const hasHeader = rows[0] !== void 0 && !/^\d+$/.test(rows[0][0] ?? "");
  const fields = hasHeader ? rows[0].map((h) => h.replace(/\s*\[.*\]$/, "")) : options.fields?.map((f) => f.trim());
  if (!fields) throw malformed("nvidia-smi --query-gpu", text, "no header line and no field list given");
  const column = (field) => fields.indexOf(field);
  if (column("index") === -1 || column("name") === -1) {
    throw malformed("nvidia-smi --query-gpu", text, `the fields (${fields.join(", ")}) must include index and name`);
  }
  const data = hasHeader ? rows.slice(1) : rows;
  if (data.length === 0) throw malformed("nvidia-smi --query-gpu", text, "a header but no GPU row");
  return data.map((cells, n) => {
    if (cells.length !== fields.length) {
      throw malformed("nvidia-smi --query-gpu", text, `row ${n + 1} has ${cells.length} values for ${fields.length} fields`);
    }
    const get = (field) => {
      const value = column(field) === -1 ? null : cells[column(field)];
      return value === null || /^\[?(N\/A|Not Supported|Unknown Error)\]?$/.test(value) ? null : value;
    };
    const index = get("index");
    if (index === null || !/^\d+$/.test(index)) throw malformed("nvidia-smi --query-gpu", text, `row ${n + 1} has index ${JSON.stringify(index)}`);
    const used = mib(get("memory.used"));
    const util = percent(get("utilization.gpu"));
    return {
      index: Number(index),
      name: get("name") ?? "",
      uuid: get("uuid"),
      memoryTotalMiB: mib(get("memory.total")),
      ...used !== null ? { memoryUsedMiB: used } : {},
      ...util !== null ? { utilizationPercent: util } : {},
      driverVersion: get("driver_version"),
      // --query-gpu has no CUDA version field.
      cudaVersion: null
    };
  });
}

// packages/module-runner/src/gpu/preflight.ts
function decideGpu(input) {
  const needed = input.moduleNeedsGpu;
  if (!Number.isInteger(needed) || needed < 0) {
    return { run: "fail", message: `the module's GPU count must be a whole number of at least 0 (found ${needed})` };
  }
  if (needed === 0) return { run: "cpu", warning: null };
  const missing = missingForGpu(needed, input.gpus, input.dockerGpuSupport);
  if (missing.length === 0) return { run: "gpu", gpus: input.gpus.slice(0, needed) };
  const wanted = `the module needs ${needed} GPU${needed === 1 ? "" : "s"}`;
  if (input.allowCpu) {
    return { run: "cpu", warning: `WARNING: ran on CPU, not GPU (allow-cpu is true): ${wanted}, but ${missing.join("; ")}` };
  }
  return {
    run: "fail",
    message: `${wanted} and this runner cannot give them: ${missing.join("; ")}. Run it on a GPU runner, or set allow-cpu: true to test the pipeline on CPU.`
  };
}
function missingForGpu(needed, gpus, dockerGpuSupport) {
  const missing = [];
  if (gpus instanceof Error) missing.push(`no GPU could be read (${gpus.message})`);
  else if (gpus.length < needed) {
    missing.push(gpus.length === 0 ? "nvidia-smi lists no GPU" : `the runner has only ${gpus.length} (${gpus.map((g) => g.name).join(", ")})`);
  }
  if (!dockerGpuSupport) {
    missing.push("Docker cannot hand GPUs to containers (install the NVIDIA Container Toolkit and restart dockerd)");
  }
  return missing;
}

// packages/module-runner/src/gpu/runner-gpus.ts
var import_node_child_process = require("node:child_process");
var SAMPLE_FIELDS = ["index", "name", "memory.used", "utilization.gpu"];
function readRunnerGpus(nvidiaSmi2 = "nvidia-smi", timeoutMs = 15e3) {
  return new Promise((resolve, reject) => {
    (0, import_node_child_process.execFile)(nvidiaSmi2, ["-q", "-x"], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error?.code;
      if (code === "ENOENT") return reject(new NvidiaSmiError("empty", `${nvidiaSmi2} was not found: this runner has no NVIDIA driver`));
      if (code === "EACCES") return reject(new NvidiaSmiError("empty", `${nvidiaSmi2} cannot be run (permission denied)`));
      if (error && error.killed) {
        return reject(new NvidiaSmiError("driver-unreachable", `${nvidiaSmi2} -q -x did not answer within ${timeoutMs / 1e3} s and was killed: the NVIDIA driver may be hung`));
      }
      if (error && !stdout) {
        try {
          return resolve(parseNvidiaSmiXml(`${stderr}`));
        } catch (parseError) {
          return reject(parseError);
        }
      }
      try {
        resolve(parseNvidiaSmiXml(stdout));
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}
function sampleGpus(indexes, options = {}) {
  const child = (0, import_node_child_process.spawn)(
    options.nvidiaSmi ?? "nvidia-smi",
    [`--query-gpu=${SAMPLE_FIELDS.join(",")}`, "--format=csv,noheader,nounits", `-lms`, String(options.intervalMs ?? 500)],
    { stdio: ["ignore", "pipe", "ignore"] }
  );
  child.on("error", () => void 0);
  const wanted = new Set(indexes);
  const samples = [];
  let partial = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    const rows = lines.filter((l) => l.trim() !== "");
    if (rows.length === 0) return;
    try {
      samples.push(parseNvidiaSmiCsv(rows.join("\n"), { fields: SAMPLE_FIELDS }).filter((g) => wanted.has(g.index)));
    } catch {
    }
  });
  return {
    stop() {
      child.kill("SIGTERM");
      return summarizeSamples(samples.flat());
    }
  };
}
function summarizeSamples(samples) {
  const usable = samples.filter((s) => s.memoryUsedMiB !== void 0 || s.utilizationPercent !== void 0);
  if (usable.length === 0) return null;
  const utilization = usable.flatMap((s) => s.utilizationPercent === void 0 ? [] : [s.utilizationPercent]);
  return {
    samples: usable.length,
    peakMemoryMiB: Math.max(...usable.map((s) => s.memoryUsedMiB ?? 0)),
    meanUtilizationPercent: utilization.length ? Math.round(utilization.reduce((a, b) => a + b, 0) / utilization.length * 10) / 10 : 0,
    peakUtilizationPercent: utilization.length ? Math.max(...utilization) : 0
  };
}

// test/gpu/host-check.ts
var USAGE = `usage: host-check [--nvidia-smi PATH] [--sample-seconds N]

Runs run-module's GPU preflight and sampler against this host's nvidia-smi and checks every
reading against the others. Exit status: 0 all checks passed; 1 a mismatch; 2 a usage error.
`;
var CROSS_FIELDS = ["index", "uuid", "name", "memory.total", "driver_version"];
function parseArgs(argv) {
  const args = { nvidiaSmi: "nvidia-smi", sampleSeconds: 3 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === void 0) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === "--nvidia-smi") args.nvidiaSmi = value();
    else if (arg === "--sample-seconds") {
      const v = value();
      if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new UsageError(`--sample-seconds: expected a number of seconds above 0, got ${JSON.stringify(v)}`);
      args.sampleSeconds = Number(v);
    } else throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
  }
  return args;
}
var UsageError = class extends Error {
};
var Checks = class {
  constructor() {
    this.failed = [];
    this.count = 0;
  }
  ok(what) {
    this.count++;
    console.log(`ok        ${what}`);
  }
  mismatch(what) {
    this.count++;
    this.failed.push(what);
    console.log(`MISMATCH  ${what}`);
  }
  /** `ok` when `good`, else a mismatch saying `bad`. */
  expect(good, what, bad) {
    if (good) this.ok(what);
    else this.mismatch(`${what}: ${bad}`);
  }
  finish() {
    if (this.failed.length === 0) {
      console.log(`
host-check: all ${this.count} checks passed`);
      return 0;
    }
    console.log(`
host-check: ${this.failed.length} of ${this.count} checks failed:`);
    for (const f of this.failed) console.log(`  - ${f}`);
    return 1;
  }
};
function nvidiaSmi(bin, args) {
  return new Promise((resolve, reject) => {
    (0, import_node_child_process2.execFile)(bin, args, { timeout: 15e3, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${bin} ${args.join(" ")} failed: ${(stderr || stdout || error.message).trim().split("\n")[0]}`));
      else resolve(stdout);
    });
  });
}
var show = (g) => `GPU ${g.index}  ${g.name}  ${g.uuid ?? "(no UUID)"}  ${g.memoryTotalMiB ?? "?"} MiB  driver ${g.driverVersion ?? "?"}  CUDA ${g.cudaVersion ?? "?"}`;
var sameName = (table, full) => table.endsWith("...") ? full.startsWith(table.slice(0, -3)) : table === full;
async function otherForm(checks, label, read) {
  try {
    const gpus = await read();
    checks.ok(`${label}: parsed, ${gpus.length} GPU${gpus.length === 1 ? "" : "s"}`);
    return gpus;
  } catch (e) {
    checks.mismatch(`${label}: ${e.message}`);
    return null;
  }
}
function compare(checks, label, base, other, fields) {
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
      const same = f === "name" ? sameName(String(mine), String(theirs)) : mine === theirs;
      return same ? [] : [`${f} ${JSON.stringify(mine)}, -q -x says ${JSON.stringify(theirs)}`];
    });
    checks.expect(diffs.length === 0, `${label}: GPU ${g.index} ${fields.join(", ")} agree with -q -x`, diffs.join("; "));
  }
}
async function main() {
  const args = parseArgs(process.argv.slice(2));
  console.log(`host-check: nvidia-smi ${args.nvidiaSmi}, node ${process.version}, sampling ${args.sampleSeconds} s
`);
  const checks = new Checks();
  let gpus;
  try {
    gpus = await readRunnerGpus(args.nvidiaSmi);
  } catch (e) {
    checks.mismatch(`preflight (nvidia-smi -q -x): ${e.message}`);
    return checks.finish();
  }
  for (const g of gpus) console.log(`  ${show(g)}`);
  checks.expect(gpus.length > 0, `preflight (nvidia-smi -q -x): ${gpus.length} GPU${gpus.length === 1 ? "" : "s"}`, "no GPU");
  checks.expect(
    gpus.every((g, i) => g.index === i),
    "preflight: GPUs in index order 0\u2026n-1",
    `indexes ${gpus.map((g) => g.index).join(", ")}`
  );
  for (const g of gpus) {
    const missing = [
      g.name.trim() === "" && "a name",
      !(g.uuid && /^GPU-[0-9a-f-]+$/i.test(g.uuid)) && `a UUID (got ${JSON.stringify(g.uuid)})`,
      !(g.memoryTotalMiB !== null && g.memoryTotalMiB > 0) && `a memory size (got ${g.memoryTotalMiB})`,
      !(g.driverVersion && /^\d+\.\d+/.test(g.driverVersion)) && `a driver version (got ${JSON.stringify(g.driverVersion)})`,
      !(g.cudaVersion && /^\d+\.\d+/.test(g.cudaVersion)) && `a CUDA version (got ${JSON.stringify(g.cudaVersion)})`
    ].filter((m) => typeof m === "string");
    checks.expect(missing.length === 0, `preflight: GPU ${g.index} has a name, UUID, memory, driver and CUDA version`, `lacks ${missing.join(", ")}`);
  }
  if (gpus.length === 0) return checks.finish();
  const one = decideGpu({ moduleNeedsGpu: 1, gpus, dockerGpuSupport: true, allowCpu: false });
  checks.expect(one.run === "gpu" && one.gpus[0] === gpus[0], "preflight: a machine.gpu 1 module runs on GPU 0", JSON.stringify(one));
  const tooMany = decideGpu({ moduleNeedsGpu: gpus.length + 1, gpus, dockerGpuSupport: true, allowCpu: false });
  checks.expect(
    tooMany.run === "fail" && tooMany.message.includes(`the runner has only ${gpus.length}`),
    `preflight: a module asking for ${gpus.length + 1} GPUs is refused, naming the ${gpus.length} there are`,
    JSON.stringify(tooMany)
  );
  const list = await otherForm(checks, "nvidia-smi -L", async () => parseNvidiaSmiList(await nvidiaSmi(args.nvidiaSmi, ["-L"])));
  if (list) compare(checks, "nvidia-smi -L", gpus, list, ["name", "uuid"]);
  const table = await otherForm(checks, "nvidia-smi", async () => parseNvidiaSmiTable(await nvidiaSmi(args.nvidiaSmi, [])));
  if (table) compare(checks, "nvidia-smi", gpus, table, ["name", "memoryTotalMiB", "driverVersion", "cudaVersion"]);
  const csvArgs = [`--query-gpu=${CROSS_FIELDS.join(",")}`, "--format=csv,noheader,nounits"];
  const csv = await otherForm(checks, `nvidia-smi ${csvArgs.join(" ")}`, async () => parseNvidiaSmiCsv(await nvidiaSmi(args.nvidiaSmi, csvArgs), { fields: CROSS_FIELDS }));
  if (csv) compare(checks, "nvidia-smi --query-gpu", gpus, csv, ["name", "uuid", "memoryTotalMiB", "driverVersion"]);
  const sampleArgs = [`--query-gpu=${SAMPLE_FIELDS.join(",")}`, "--format=csv,noheader,nounits"];
  const once = await otherForm(checks, `nvidia-smi ${sampleArgs.join(" ")}`, async () => parseNvidiaSmiCsv(await nvidiaSmi(args.nvidiaSmi, sampleArgs), { fields: SAMPLE_FIELDS }));
  if (once) {
    compare(checks, "sample query", gpus, once, ["name"]);
    for (const s of once) {
      const total = gpus.find((g) => g.index === s.index)?.memoryTotalMiB ?? 0;
      console.log(`  GPU ${s.index}: ${s.memoryUsedMiB ?? "?"} MiB used, ${s.utilizationPercent ?? "?"} % busy`);
      checks.expect(
        s.memoryUsedMiB !== void 0 && s.memoryUsedMiB <= total && (s.utilizationPercent === void 0 || s.utilizationPercent >= 0 && s.utilizationPercent <= 100),
        `sample query: GPU ${s.index} memory used within its ${total} MiB, utilisation a percentage`,
        `memory used ${s.memoryUsedMiB}, utilisation ${s.utilizationPercent}`
      );
    }
  }
  const sampler = sampleGpus(
    gpus.map((g) => g.index),
    { nvidiaSmi: args.nvidiaSmi, intervalMs: 200 }
  );
  await (0, import_promises.setTimeout)(args.sampleSeconds * 1e3);
  const usage = sampler.stop();
  console.log(`  sampler: ${usage ? `${usage.samples} samples, peak ${usage.peakMemoryMiB} MiB, utilisation mean ${usage.meanUtilizationPercent} % / peak ${usage.peakUtilizationPercent} %` : "no sample"}`);
  const memory = Math.max(...gpus.map((g) => g.memoryTotalMiB ?? 0));
  checks.expect(usage !== null && usage.samples > 0, `sampler: samples every 200 ms for ${args.sampleSeconds} s`, "no sample arrived");
  if (usage) {
    checks.expect(
      usage.peakMemoryMiB <= memory && usage.peakUtilizationPercent <= 100 && usage.meanUtilizationPercent <= usage.peakUtilizationPercent,
      "sampler: peak memory within the GPUs', utilisation a percentage",
      JSON.stringify(usage)
    );
  }
  return checks.finish();
}
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`host-check: ${e.message}
${USAGE}`);
      process.exit(2);
    }
    process.stderr.write(`host-check: internal error (a bug): ${e instanceof Error ? e.stack ?? e.message : String(e)}
`);
    process.exit(70);
  }
);
