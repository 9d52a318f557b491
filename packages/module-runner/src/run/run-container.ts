// One run of a rendered module in the real engine, start to clean-up:
//   volumes + container (labelled) → inputs copied in → attach → start → wait, with a deadline,
//   an output-size watchdog and cancellation → Docker's own start/finish times → outputs copied
//   out → container and volumes removed, whatever happened.
// Every path out of here removes what it created, or says what it could not remove and how the
// post step will.

import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import type { Module } from '@lilypad-actions/module-spec';
import type Docker from 'dockerode';
import { pack } from 'tar-stream';
import { EngineUnavailableError, engineMessage, engineUnavailable, isTransportError, type Engine } from '../engine/connect';
import { OWNER_LABEL, ownerLabels, statusCode } from '../engine/labels';
import type { CapturedLog, ReportFinding, SkippedOutput } from '../report/types';
import { CappedLog, DEFAULT_LOG_CAP_BYTES } from './capped-log';
import { collectOutputs, DEFAULT_OUTPUT_LIMITS, OutputLimitError, type OutputLimits } from './collect-outputs';
import { DEFAULT_PIDS_LIMIT, INPUTS_PATH, OUTPUTS_PATH, planContainer } from './container-spec';
import { watchOutputs, type Watchdog } from './output-watchdog';

export interface RunRequest {
  engine: Engine;
  module: Module;
  image: string;
  /** GPUs to request (0 for a CPU run). */
  gpus: number;
  /** Which GPUs, by UUID (see ContainerPlanInput.gpuDeviceIds). */
  gpuDeviceIds?: string[];
  /** Label value shared by everything this job creates (see engine/labels.ts). */
  owner: string;
  /** Extra labels (module ref, case name). */
  labels?: Record<string, string>;
  /** Host directory the /outputs files are copied to; created, must not exist or be empty. */
  outputsDir: string;
  /** Directory of files for /inputs, when the module declares inputFiles (already checked). */
  inputsDir?: string;
  timeoutSeconds: number;
  pidsLimit?: number;
  logCapBytes?: number;
  outputLimits?: OutputLimits;
  /** Cancels the run (the container is killed and removed). */
  signal?: AbortSignal;
}

export interface RunResult {
  exitCode: number | null;
  timedOut: boolean;
  oomKilled: boolean;
  /** Why the run ended abnormally (deadline, output limit, cancelled); null when the module exited by itself. */
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  seconds: { create: number; run: number | null; collect: number | null };
  stdout: CapturedLog;
  stderr: CapturedLog;
  outputs: { files: Array<{ path: string; bytes: number }>; totalBytes: number; skipped: SkippedOutput[] };
  timeoutSeconds: number;
  findings: ReportFinding[];
}

/**
 * The run could not happen: the engine went away (`engineGone`; the message says what was left
 * behind), or refused the container (no such image, an entrypoint that does not exist).
 */
export class RunError extends Error {
  override name = 'RunError';
  constructor(
    message: string,
    readonly engineGone = false,
  ) {
    super(message);
  }
}

export async function runContainer(request: RunRequest): Promise<RunResult> {
  const { docker } = request.engine;
  const name = `lilypad-run-${randomUUID().slice(0, 12)}`;
  const labels = { ...ownerLabels(request.owner), ...request.labels };
  const created: { container?: Docker.Container; volumes: string[] } = { volumes: [] };
  const outputLimits = request.outputLimits ?? DEFAULT_OUTPUT_LIMITS;
  const stdout = new CappedLog(request.logCapBytes ?? DEFAULT_LOG_CAP_BYTES);
  const stderr = new CappedLog(request.logCapBytes ?? DEFAULT_LOG_CAP_BYTES);

  try {
    const createStart = performance.now();
    const outputsVolume = await createVolume(docker, `${name}-outputs`, labels, created);
    const inputsVolume = request.inputsDir ? await createVolume(docker, `${name}-inputs`, labels, created) : undefined;
    const plan = planContainer({
      module: request.module,
      image: request.image,
      gpus: request.gpus,
      ...(request.gpuDeviceIds ? { gpuDeviceIds: request.gpuDeviceIds } : {}),
      labels,
      outputsVolume,
      inputsVolume,
      limits: {
        timeoutSeconds: request.timeoutSeconds,
        pidsLimit: request.pidsLimit ?? DEFAULT_PIDS_LIMIT,
        hostCpus: request.engine.cpus,
        defaultMemoryBytes: Math.max(Math.floor(request.engine.memoryBytes / 2), 256 * 1024 * 1024),
      },
    });
    const container = await docker.createContainer({ ...plan.create, name });
    created.container = container;
    if (request.inputsDir) await container.putArchive(packDirectory(request.inputsDir), { path: INPUTS_PATH });
    const createSeconds = (performance.now() - createStart) / 1000;

    const attached = (await container.attach({ stream: true, stdout: true, stderr: true })) as NodeJS.ReadableStream;
    const drained = new Promise<void>((resolve) => {
      attached.on('end', resolve);
      attached.on('close', resolve);
      attached.on('error', () => resolve());
    });
    docker.modem.demuxStream(attached, stdout, stderr);

    // Whichever ends the run early says why; the first reason wins.
    let stopReason: { error: string; timedOut: boolean } | null = null;
    const stop = (reason: { error: string; timedOut: boolean }) => {
      if (stopReason) return;
      stopReason = reason;
      container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
    };
    const onAbort = () => stop({ error: 'the run was cancelled', timedOut: false });

    const runStart = performance.now();
    await container.start();
    // From here every timer, listener and watch is undone in the finally, whatever throws.
    const deadline = setTimeout(
      () => stop({ error: `timed out after ${plan.timeoutSeconds} s (${plan.timeoutSource}): the container was killed`, timedOut: true }),
      plan.timeoutSeconds * 1000,
    );
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const heartbeat = engineHeartbeat(request.engine);
    const waitAbort = new AbortController();
    let watchdog: Watchdog | undefined;
    const findings = [...plan.findings];
    let waited: { StatusCode: number };
    try {
      if (request.signal?.aborted) onAbort();
      const mountpoint = ((await docker.getVolume(outputsVolume).inspect()) as { Mountpoint: string }).Mountpoint;
      watchdog = await watchOutputs({
        dir: mountpoint,
        limitBytes: outputLimits.totalBytes,
        onExceeded: (bytes) =>
          stop({ error: `/outputs grew past the ${outputLimits.totalBytes}-byte limit (${bytes} bytes seen): the container was killed`, timedOut: false }),
      });
      if (watchdog.unavailable) findings.push({ rule: 'output-limit', severity: 'notice', message: watchdog.unavailable });
      // A wait on a dead engine's socket can hang forever; the heartbeat turns that into an error,
      // and aborting the wait closes its socket (an open one would keep this process alive).
      waited = (await Promise.race([container.wait({ abortSignal: waitAbort.signal }), heartbeat.lost])) as { StatusCode: number };
    } finally {
      waitAbort.abort();
      heartbeat.stop();
      clearTimeout(deadline);
      watchdog?.stop();
      request.signal?.removeEventListener('abort', onAbort);
    }
    const hostRunSeconds = (performance.now() - runStart) / 1000;
    // The attach stream ends when the container's output does; don't wait forever if it doesn't.
    await Promise.race([drained, delay(5_000)]);
    (attached as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();

    const state = ((await container.inspect()) as Docker.ContainerInspectInfo).State;
    const engineSeconds = dockerSeconds(state.StartedAt, state.FinishedAt);
    const reason = stopReason as { error: string; timedOut: boolean } | null;

    const collectStart = performance.now();
    let outputs: RunResult['outputs'] = { files: [], totalBytes: 0, skipped: [] };
    let error = reason?.error ?? null;
    try {
      // Nothing written: skip the archive round trip (a fifth of a trivial run's time).
      if ((await watchdog.isEmpty()) === true) mkdirSync(request.outputsDir, { recursive: true });
      else outputs = await collectOutputs((await container.getArchive({ path: OUTPUTS_PATH })) as unknown as Readable, request.outputsDir, outputLimits);
    } catch (collectError) {
      if (isTransportError(collectError)) throw collectError;
      // A limit, or the runner's own disk: this case's result, not a refusal by the engine.
      error ??= collectError instanceof OutputLimitError ? collectError.message : `could not copy /outputs to ${request.outputsDir}: ${engineMessage(collectError)}`;
    }
    const collectSeconds = (performance.now() - collectStart) / 1000;

    return {
      exitCode: reason ? null : waited.StatusCode,
      timedOut: reason?.timedOut ?? false,
      oomKilled: state.OOMKilled,
      error: error ?? (state.OOMKilled ? `killed for running out of memory (machine.ram)` : null),
      startedAt: state.StartedAt,
      finishedAt: state.FinishedAt,
      seconds: { create: createSeconds, run: engineSeconds ?? hostRunSeconds, collect: collectSeconds },
      stdout: stdout.captured(),
      stderr: stderr.captured(),
      outputs,
      timeoutSeconds: plan.timeoutSeconds,
      findings,
    };
  } catch (error) {
    if (isTransportError(error) || error instanceof EngineUnavailableError) {
      const gone = error instanceof EngineUnavailableError ? error : engineUnavailable(error, request.engine.endpoint);
      throw new RunError(`${gone.message} The run's container and volumes (label ${OWNER_LABEL}=${request.owner}) are removed by the post step or the next run once the engine is back.`, true);
    }
    if (error instanceof RunError) throw error;
    throw new RunError(runFailure(error, request.image));
  } finally {
    await removeCreated(docker, created);
  }
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
