// Jobs for the engine tests: a rendered module, decoded as Lilypad does and turned into the job a
// provider runs, and runContainer with the request a case of run-module would make.
import path from 'node:path';
import { decodeModule } from '@lilypad-actions/module-spec';
import { BASE_IMAGE, leftovers, testEngine, testOwner } from '../../../../test/support/docker';
import { caseClock } from '../../src/provider/deadlines';
import { providerJob, type ProviderJob } from '../../src/provider/provider-job';
import { runContainer, type RunRequest, type RunResult } from '../../src/run/run-container';

export interface ShellJobOptions {
  image?: string;
  memory?: string;
  cpu?: string;
  timeout?: number;
  executionTimeoutSeconds?: number;
  env?: string[];
  network?: string;
  outputs?: Array<{ Name: string; Path: string }>;
  /** Instead of `sh -c script`: this entrypoint (null: the image's). */
  entrypoint?: string[] | null;
}

/** The provider's job for a module whose entrypoint is `/bin/sh -c script`. */
export function shellJob(script: string, o: ShellJobOptions = {}): ProviderJob {
  const doc = {
    machine: { gpu: 0, cpu: 1000, ram: 256 },
    ...(o.executionTimeoutSeconds !== undefined ? { executionTimeoutSeconds: o.executionTimeoutSeconds } : {}),
    job: {
      APIVersion: 'V1beta1',
      Spec: {
        Engine: 'Docker',
        Docker: { Image: o.image ?? BASE_IMAGE, Entrypoint: o.entrypoint === undefined ? ['/bin/sh', '-c', script] : o.entrypoint, EnvironmentVariables: o.env ?? [] },
        Network: { Type: o.network ?? 'None' },
        Resources: { CPU: o.cpu ?? '1', Memory: o.memory ?? '256Mb' },
        Outputs: o.outputs ?? [{ Name: 'outputs', Path: '/outputs' }],
        Timeout: o.timeout ?? 600,
      },
    },
  };
  const decoded = decodeModule(JSON.stringify(doc));
  if (!decoded.ok) throw new Error(decoded.message);
  const r = providerJob(decoded.module);
  if (!r.ok) throw new Error(r.reason);
  return r.job;
}

export interface RunOutcome {
  result: RunResult | undefined;
  error: Error | undefined;
  owner: string;
  resultsDir: string;
  left: { containers: string[]; volumes: string[] };
}

/** Runs `job` as one case would (action timeout 60 s unless given), and lists what it left behind. */
export async function runJob(temp: string, name: string, job: ProviderJob, options: Partial<RunRequest> & { actionTimeout?: number } = {}): Promise<RunOutcome> {
  const owner = testOwner(name);
  const resultsDir = path.join(temp, name);
  const { actionTimeout, ...rest } = options;
  const request: RunRequest = {
    engine: await testEngine(),
    job,
    image: job.image,
    gpuIndices: [],
    owner,
    resultsDir,
    clock: caseClock(job, actionTimeout ?? 60),
    network: { mode: 'none' },
    hardening: 'provider',
    ...rest,
  };
  const settle = await runContainer(request).then(
    (result) => ({ result, error: undefined }),
    (error: Error) => ({ result: undefined, error }),
  );
  return { ...settle, owner, resultsDir, left: await leftovers(owner) };
}

export const nothingLeft = { containers: [], volumes: [] };
