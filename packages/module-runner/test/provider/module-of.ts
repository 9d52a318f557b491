// A rendered module decoded as Lilypad decodes it, for the pure tests of the provider's job and
// the container: the SDXL-like GPU module by default, any field overridden.
import { decodeModule, type Module } from '@lilypad-actions/module-spec';

export const IMAGE = 'ghcr.io/example/sdxl@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

export interface ModuleOptions {
  gpu?: number;
  image?: string;
  entrypoint?: string[] | null;
  env?: string[] | null;
  network?: string;
  domains?: string[];
  timeout?: number;
  executionTimeoutSeconds?: number;
  resources?: Partial<Record<'CPU' | 'Memory' | 'Disk' | 'GPU', string>>;
  outputs?: Array<Record<string, string>> | null;
  docker?: Record<string, unknown>;
  spec?: Record<string, unknown>;
}

export function moduleOf(o: ModuleOptions = {}): Module {
  const doc = {
    machine: { gpu: o.gpu ?? 1, cpu: 2000, ram: 4096 },
    ...(o.executionTimeoutSeconds !== undefined ? { executionTimeoutSeconds: o.executionTimeoutSeconds } : {}),
    job: {
      APIVersion: 'V1beta1',
      Spec: {
        Engine: 'Docker',
        Docker: {
          Image: o.image ?? IMAGE,
          Entrypoint: o.entrypoint === undefined ? ['python', '/app/run.py', '--steps', '20'] : o.entrypoint,
          EnvironmentVariables: o.env === undefined ? ['PROMPT=a lily pad', 'SEED=42'] : o.env,
          ...o.docker,
        },
        Network: { Type: o.network ?? 'None', ...(o.domains ? { Domains: o.domains } : {}) },
        Resources: { CPU: '2', Memory: '16Gb', GPU: '1', ...o.resources },
        Outputs: o.outputs === undefined ? [{ Name: 'outputs', Path: '/outputs' }] : o.outputs,
        Timeout: o.timeout ?? 600,
        ...o.spec,
      },
    },
  };
  const decoded = decodeModule(JSON.stringify(doc));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.module;
}
