// One run of a provider's job in the real engine, start to clean-up:
//   volumes (one per output, and /inputs) + container (labelled) → inputs copied in → attach →
//   start → wait, with the provider's deadline, size watchdogs and cancellation → Docker's own
//   start/finish times → the results a provider delivers (stdout, stderr, exitCode, each output
//   folder) → container and volumes removed, whatever happened.
// Every path out of here removes what it created, or says what it could not remove and how the
// post step will.

import { UserError } from '@lilypad-actions/errors';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import type Docker from 'dockerode';
import { pack } from 'tar-stream';
import { attachOutput, type AttachedOutput, type OutputSink } from '../engine/attach-output';
import { EngineUnavailableError, engineMessage, engineUnavailable, isTransportError, type Engine } from '../engine/connect';
import { OWNER_LABEL, ownerLabels, statusCode } from '../engine/labels';
import { PROVIDER_STOP_GRACE_SECONDS, type CaseClock } from '../provider/deadlines';
import type { ProviderJob } from '../provider/provider-job';
import type { CapturedLog, ReportFinding, SkippedOutput } from '../report/types';
import { CappedLog, DEFAULT_LOG_CAP_BYTES } from './capped-log';
import { collectOutputs, DEFAULT_OUTPUT_LIMITS, OutputLimitError, type OutputLimits } from './collect-outputs';
import { DEFAULT_PIDS_LIMIT, INPUTS_PATH, OUTPUTS_PATH, PlanError, planContainer, type ContainerNetwork, type Hardening } from './container-spec';
import { PROVIDER_LOG_FILE_BYTES, ResultFile, writeExitCodeFile } from './result-file';
import { watchWritableLayer } from './layer-watch';
import { watchSize, type Watchdog } from './size-watchdog';

/** The container's writable layer may grow this much (or the job's Resources.Disk, when larger). */
export const DEFAULT_WRITABLE_LAYER_BYTES = 10 * 1024 ** 3;

export interface RunRequest {
  engine: Engine;
  /** The provider's job (providerJob). */
  job: ProviderJob;
  /** What to run: the job's image, or the action's override. */
  image: string;
  /** GPUs to hand over, by index (empty for a CPU run). */
  gpuIndices: string[];
  /** Label value shared by everything this job creates (see engine/labels.ts). */
  owner: string;
  /** Extra labels (module ref, case name). */
  labels?: Record<string, string>;
  /** The case's results, laid out as a provider delivers them: stdout, stderr, exitCode, <output name>/…. Created; must not exist or be empty. */
  resultsDir: string;
  /** Directory of files for /inputs, when the module declares inputFiles (already checked). */
  inputsDir?: string;
  clock: CaseClock;
  /** performance.now() when the case's clock started (before the image pull); default: when this run starts. */
  clockStartedAt?: number;
  network: ContainerNetwork;
  hardening: Hardening;
  pidsLimit?: number;
  /** What the report keeps of each stream, in memory. */
  logCapBytes?: number;
  /** What the stdout and stderr files keep (the provider's 1 GB). */
  logFileBytes?: number;
  outputLimits?: OutputLimits;
  writableLayerLimitBytes?: number;
  /** Cancels the run (the container is killed and removed). */
  signal?: AbortSignal;
}

export interface RunResult {
  /** The container's exit code, also when it was stopped; null if it never ran to an exit. */
  exitCode: number | null;
  /** Stopped at the deadline (see `stop`). */
  timedOut: boolean;
  oomKilled: boolean;
  /** Why the run ended abnormally (deadline, a size limit, cancelled); null when the module exited by itself. */
  error: string | null;
  /** How the deadline stopped it: the signal sent, and whether SIGKILL followed the grace. */
  stop: { signal: string; killed: boolean } | null;
  startedAt: string | null;
  finishedAt: string | null;
  seconds: { create: number; run: number | null; collect: number | null };
  /** From the clock's start (the pull) to the container's exit, as the provider's deadline counts. */
  elapsedSeconds: number | null;
  stdout: CapturedLog;
  stderr: CapturedLog;
  outputs: { files: Array<{ path: string; bytes: number }>; totalBytes: number; skipped: SkippedOutput[] };
  findings: ReportFinding[];
}

/**
 * The run could not happen: the engine went away (`engineGone`; the message says what was left
 * behind), or refused the container (no such image, an entrypoint that does not exist).
 */
export class RunError extends UserError {
  override name = 'RunError';
  constructor(
    message: string,
    readonly engineGone = false,
  ) {
    super(message);
  }
}

type StopReason = { error: string; timedOut: boolean };

export async function runContainer(request: RunRequest): Promise<RunResult> {
  const { docker } = request.engine;
  const clockStartedAt = request.clockStartedAt ?? performance.now();
  const name = `lilypad-run-${randomUUID().slice(0, 12)}`;
  const labels = { ...ownerLabels(request.owner), ...request.labels };
  const created: { container?: Docker.Container; volumes: string[] } = { volumes: [] };
  // Closed on every way out: an open attach to a stalled engine would keep this process alive.
  let attached: AttachedOutput | null = null;
  const outputLimits = request.outputLimits ?? DEFAULT_OUTPUT_LIMITS;
  const stdout = new CappedLog(request.logCapBytes ?? DEFAULT_LOG_CAP_BYTES);
  const stderr = new CappedLog(request.logCapBytes ?? DEFAULT_LOG_CAP_BYTES);
  mkdirSync(request.resultsDir, { recursive: true });
  const files = {
    stdout: new ResultFile(path.join(request.resultsDir, 'stdout'), request.logFileBytes ?? PROVIDER_LOG_FILE_BYTES),
    stderr: new ResultFile(path.join(request.resultsDir, 'stderr'), request.logFileBytes ?? PROVIDER_LOG_FILE_BYTES),
  };

  try {
    const createStart = performance.now();
    const outputVolumes: Array<{ volume: string; path: string; name: string }> = [];
    for (const [i, output] of request.job.outputs.entries()) {
      outputVolumes.push({ volume: await createVolume(docker, `${name}-out${i}`, labels, created), path: output.path, name: output.name });
    }
    const inputsVolume = request.inputsDir ? await createVolume(docker, `${name}-inputs`, labels, created) : undefined;
    const plan = planContainer({
      job: request.job,
      image: request.image,
      gpuIndices: request.gpuIndices,
      labels,
      outputVolumes,
      inputsVolume,
      network: request.network,
      hardening: request.hardening,
      pidsLimit: request.pidsLimit ?? DEFAULT_PIDS_LIMIT,
      hostCpus: request.engine.cpus,
    });
    // The volumes' mount points are asked for while the container is created: each engine round
    // trip is start-up time, and the volumes exist already.
    const [container, mountpoints] = await Promise.all([
      // Recorded as soon as it exists, so that it is removed even if an inspect fails.
      docker.createContainer({ ...plan.create, name }).then((c) => (created.container = c)),
      Promise.all(outputVolumes.map(async (v) => ((await docker.getVolume(v.volume).inspect()) as { Mountpoint: string }).Mountpoint)),
    ]);
    if (request.inputsDir) await container.putArchive(packDirectory(request.inputsDir), { path: INPUTS_PATH });
    const createSeconds = (performance.now() - createStart) / 1000;

    attached = await attachOutput(request.engine, container.id, tee(stdout, files.stdout), tee(stderr, files.stderr));

    // Whichever ends the run early says why; the first reason wins. The deadline stops the
    // container as Bacalhau does (the image's stop signal, the grace, SIGKILL); the others kill it.
    let stopReason: StopReason | null = null;
    const kill = (reason: StopReason) => {
      if (stopReason) return;
      stopReason = reason;
      container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
    };
    const onAbort = () => kill({ error: 'the run was cancelled', timedOut: false });
    const { clock } = request;
    const remainingMs = clock.enforcedSeconds * 1000 - (performance.now() - clockStartedAt);
    const deadlineError = `timed out after ${clock.enforcedSeconds} s (${clock.enforcedBy}), counted from the image pull`;

    if (remainingMs <= 0) {
      // The pull alone used up the provider's time: it never starts the container.
      const empty = { bytes: 0, truncated: false, text: '' };
      return {
        exitCode: null,
        timedOut: true,
        oomKilled: false,
        error: `${deadlineError}: the deadline passed before the container started`,
        stop: null,
        startedAt: null,
        finishedAt: null,
        seconds: { create: createSeconds, run: null, collect: null },
        elapsedSeconds: (performance.now() - clockStartedAt) / 1000,
        stdout: empty,
        stderr: empty,
        outputs: { files: [], totalBytes: 0, skipped: [] },
        findings: plan.findings,
      };
    }
    const runStart = performance.now();
    await container.start();
    // From here every timer, listener and watch is undone in the finally, whatever throws.
    let stopping: Promise<unknown> | undefined;
    const deadline = setTimeout(() => {
      if (stopReason) return;
      stopReason = { error: deadlineError, timedOut: true };
      stopping = container.stop({ t: PROVIDER_STOP_GRACE_SECONDS }).catch(() => undefined);
    }, remainingMs);
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const heartbeat = engineHeartbeat(request.engine);
    const waitAbort = new AbortController();
    const watchdogs: Array<Pick<Watchdog, 'stop'>> = [];
    const findings = [...plan.findings];
    let waited: { StatusCode: number };
    let exitedAt = performance.now();
    try {
      if (request.signal?.aborted) onAbort();
      if (mountpoints.length > 0) {
        const outputsWatch = await watchSize({
          dirs: mountpoints,
          limitBytes: outputLimits.totalBytes,
          what: 'the outputs',
          onExceeded: (bytes) => kill({ error: `the outputs grew past the ${outputLimits.totalBytes}-byte limit (${bytes} bytes seen): the container was killed`, timedOut: false }),
        });
        watchdogs.push(outputsWatch);
        if (outputsWatch.unavailable) findings.push({ rule: 'output-limit', severity: 'notice', message: `${outputsWatch.unavailable}: only the copy afterwards is limited` });
      }
      const layerLimit = writableLayerLimit(request);
      const layerWatch = await watchWritableLayer({
        container,
        limitBytes: layerLimit,
        onExceeded: (bytes) => kill({ error: `the container's writable layer grew past the ${layerLimit}-byte limit (${bytes} bytes seen): the container was killed; write results to /outputs, and keep temporary files small`, timedOut: false }),
      });
      watchdogs.push(layerWatch);
      if (layerWatch.unavailable) findings.push({ rule: 'disk-limit', severity: 'notice', message: `${layerWatch.unavailable}: a module can fill the engine's disk through it` });
      // A wait on a dead engine's socket can hang forever; the heartbeat turns that into an error,
      // and aborting the wait closes its socket (an open one would keep this process alive).
      waited = (await Promise.race([container.wait({ abortSignal: waitAbort.signal }), heartbeat.lost])) as { StatusCode: number };
      exitedAt = performance.now();
      await stopping;
    } finally {
      waitAbort.abort();
      heartbeat.stop();
      clearTimeout(deadline);
      for (const w of watchdogs) w.stop();
      request.signal?.removeEventListener('abort', onAbort);
    }
    const hostRunSeconds = (exitedAt - runStart) / 1000;
    // The attach stream ends when the container's output does; don't wait forever if it doesn't.
    await Promise.race([attached.drained, delay(5_000)]);
    attached.close();
    files.stdout.closeFile();
    files.stderr.closeFile();

    const inspected = (await container.inspect()) as Docker.ContainerInspectInfo;
    const state = inspected.State;
    const engineSeconds = dockerSeconds(state.StartedAt, state.FinishedAt);
    const reason = stopReason as StopReason | null;
    const exitCode = reason && !reason.timedOut ? null : waited.StatusCode;
    let stop: RunResult['stop'] = null;
    let error = reason?.error ?? null;
    if (reason?.timedOut) {
      const signal = (inspected.Config as { StopSignal?: string }).StopSignal || 'SIGTERM';
      const killed = exitCode === 137;
      stop = { signal, killed };
      error = `${reason.error}: ${signal}, then ${killed ? `SIGKILL after the ${PROVIDER_STOP_GRACE_SECONDS} s grace (exit code 137)` : `it exited within the ${PROVIDER_STOP_GRACE_SECONDS} s grace (exit code ${exitCode})`}`;
    }
    if (exitCode !== null) writeExitCodeFile(path.join(request.resultsDir, 'exitCode'), exitCode);

    const collectStart = performance.now();
    let outputs: RunResult['outputs'] = { files: [], totalBytes: 0, skipped: [] };
    try {
      outputs = await collectAll(container, outputVolumes.map((v, i) => ({ ...v, mountpoint: mountpoints[i]! })), request.resultsDir, outputLimits);
    } catch (collectError) {
      if (isTransportError(collectError)) throw collectError;
      // A limit, or the runner's own disk: this case's result, not a refusal by the engine.
      error ??= collectError instanceof OutputLimitError ? collectError.message : `could not copy the outputs to ${request.resultsDir}: ${engineMessage(collectError)}`;
    }
    const collectSeconds = (performance.now() - collectStart) / 1000;

    return {
      exitCode,
      timedOut: reason?.timedOut ?? false,
      oomKilled: state.OOMKilled,
      error: error ?? (state.OOMKilled ? 'killed for running out of memory (job.Spec.Resources.Memory)' : null),
      stop,
      startedAt: state.StartedAt,
      finishedAt: state.FinishedAt,
      seconds: { create: createSeconds, run: engineSeconds ?? hostRunSeconds, collect: collectSeconds },
      elapsedSeconds: (exitedAt - clockStartedAt) / 1000,
      stdout: stdout.captured(),
      stderr: stderr.captured(),
      outputs,
      findings,
    };
  } catch (error) {
    if (isTransportError(error) || error instanceof EngineUnavailableError) {
      const gone = error instanceof EngineUnavailableError ? error : engineUnavailable(error, request.engine.endpoint);
      throw new RunError(`${gone.message} The run's container and volumes (label ${OWNER_LABEL}=${request.owner}) are removed by the post step or the next run once the engine is back.`, true);
    }
    if (error instanceof RunError) throw error;
    if (error instanceof PlanError) throw new RunError(error.message);
    throw new RunError(runFailure(error, request.image));
  } finally {
    attached?.close();
    files.stdout.closeFile();
    files.stderr.closeFile();
    await removeCreated(docker, created);
  }
}

function writableLayerLimit(request: RunRequest): number {
  const fromJob = Number(request.job.resources.diskBytes);
  return Math.max(request.writableLayerLimitBytes ?? DEFAULT_WRITABLE_LAYER_BYTES, fromJob);
}

/** Both sinks of one stream: the report's capped copy in memory, and the results file. */
function tee(log: CappedLog, file: ResultFile): OutputSink {
  return (chunk) => {
    log.append(chunk);
    file.append(chunk);
  };
}

/**
 * Each output's files, copied to `<resultsDir>/<name>/` through the engine (an empty volume is not
 * asked for: a fifth of a trivial run's time). Paths are as test plans name them: relative to
 * /outputs, or absolute for an output elsewhere. The limits count all outputs together.
 */
async function collectAll(container: Docker.Container, volumes: Array<{ path: string; name: string; mountpoint: string }>, resultsDir: string, limits: OutputLimits): Promise<RunResult['outputs']> {
  const all: RunResult['outputs'] = { files: [], totalBytes: 0, skipped: [] };
  for (const v of volumes) {
    const dest = path.join(resultsDir, v.name);
    const names = await readdir(v.mountpoint).catch(() => null);
    if (names !== null && names.length === 0) {
      mkdirSync(dest, { recursive: true });
      continue;
    }
    const left = { totalBytes: limits.totalBytes - all.totalBytes, fileBytes: limits.fileBytes, files: limits.files - all.files.length };
    const got = await collectOutputs((await container.getArchive({ path: v.path })) as unknown as Readable, dest, left);
    const shown = (p: string) => (v.path === OUTPUTS_PATH ? p : `${v.path.replace(/\/+$/, '')}/${p}`);
    all.files.push(...got.files.map((f) => ({ ...f, path: shown(f.path) })));
    all.skipped.push(...got.skipped.map((s) => ({ ...s, path: shown(s.path) })));
    all.totalBytes += got.totalBytes;
  }
  return all;
}

async function createVolume(docker: Docker, name: string, labels: Record<string, string>, created: { volumes: string[] }): Promise<string> {
  await docker.createVolume({ Name: name, Labels: labels });
  created.volumes.push(name);
  return name;
}

async function removeCreated(docker: Docker, created: { container?: Docker.Container; volumes: string[] }): Promise<void> {
  // Best effort, and bounded: an engine that hangs must not hang the step; the labels let the post
  // step finish the job.
  const bounded = () => ({ abortSignal: AbortSignal.timeout(REMOVE_TIMEOUT_MS) });
  if (created.container) await created.container.remove({ force: true, v: true, ...bounded() }).catch(() => undefined);
  for (const volume of created.volumes) await docker.getVolume(volume).remove(bounded()).catch(() => undefined);
}

const REMOVE_TIMEOUT_MS = 15_000;

function runFailure(error: unknown, image: string): string {
  const message = engineMessage(error);
  if (statusCode(error) === 404 && /no such image/i.test(message)) {
    return `image ${image} is not on this runner: build it first (build-module) or let run-module pull it (pull: missing or always)`;
  }
  return `the engine refused the run: ${message}`;
}

/** Seconds between Docker's own RFC 3339 start and finish stamps (nanosecond text, µs kept). */
export function dockerSeconds(startedAt: string | undefined, finishedAt: string | undefined): number | null {
  const start = rfc3339Micros(startedAt);
  const end = rfc3339Micros(finishedAt);
  if (start === null || end === null || end < start) return null;
  return (end - start) / 1e6;
}

function rfc3339Micros(stamp: string | undefined): number | null {
  const m = stamp?.match(/^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/);
  if (!m || m[1]!.startsWith('0001')) return null;
  const whole = Date.parse(`${m[1]}${m[3]}`);
  const fraction = Number(((m[2] ?? '') + '000000').slice(0, 6));
  return whole * 1000 + fraction;
}

/** The checked inputs directory as a tar of regular files (checkInputFiles refused anything else). */
function packDirectory(dir: string): NodeJS.ReadableStream {
  const tar = pack();
  for (const name of readdirSync(dir).sort()) {
    tar.entry({ name, mode: 0o644 }, readFileSync(path.join(dir, name)));
  }
  tar.finalize();
  return tar;
}

/** Pings the engine every `intervalMs`; `lost` rejects after two failed pings in a row. */
function engineHeartbeat(engine: Engine, intervalMs = 2_000): { lost: Promise<never>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let stopped = false;
  const lost = new Promise<never>((_resolve, reject) => {
    const beat = () => {
      // @types/dockerode 4 lacks ping's options; dockerode 5 takes an abortSignal there.
      (engine.docker.ping as (options: { abortSignal: AbortSignal }) => Promise<unknown>)({ abortSignal: AbortSignal.timeout(intervalMs) }).then(
        () => {
          failures = 0;
          if (!stopped) timer = setTimeout(beat, intervalMs);
        },
        (error: unknown) => {
          if (stopped) return;
          if (++failures >= 2) return reject(engineUnavailable(isTransportError(error) ? error : Object.assign(new Error('no answer'), { code: 'ETIMEDOUT' }), engine.endpoint));
          timer = setTimeout(beat, intervalMs / 4);
        },
      );
    };
    timer = setTimeout(beat, intervalMs);
  });
  lost.catch(() => undefined); // raced; never unhandled
  return {
    lost,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
