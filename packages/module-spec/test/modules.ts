// Small modules for validation tests.
import { expect } from 'vitest';
import type { Finding, ValidationReport } from '../src/index';

/**
 * A module with no findings of its own, to vary: `entrypoint` is the inside of Docker.Entrypoint
 * (on line 7), `env` the inside of Docker.EnvironmentVariables (left out when not given).
 */
export function cleanModule({ entrypoint = '"echo", "hi"', env }: { entrypoint?: string; env?: string } = {}): string {
  return `{
  "machine": { "gpu": 0, "cpu": 1000, "ram": 100 },
  "job": {
    "APIVersion": "V1beta1",
    "Spec": {
      "Docker": {
        "Entrypoint": [${entrypoint}],${env === undefined ? '' : `\n        "EnvironmentVariables": [${env}],`}
        "Image": "busybox@sha256:${'0'.repeat(64)}"
      },
      "Engine": "Docker",
      "Network": { "Type": "None" },
      "Outputs": [{ "Name": "outputs", "Path": "/outputs" }],
      "Resources": { "CPU": "1", "Memory": "100Mb", "GPU": "" },
      "Timeout": 600
    }
  }
}`;
}

/** The one finding of `rule` in a report (fails the test when there are none or several). */
export function onlyFinding(r: ValidationReport, rule: string): Finding {
  const fs = r.findings.filter((f) => f.rule === rule);
  expect(fs, `one ${rule} finding in ${JSON.stringify(r.findings)}`).toHaveLength(1);
  return fs[0]!;
}
