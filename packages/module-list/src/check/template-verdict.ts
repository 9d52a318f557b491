// The one place the checks turn a validation report into a verdict. Validation is about to give
// two answers of its own (does the module load; are there problems); until then they are computed
// here from today's report, and this function is what switches when it lands.

import type { ValidationReport } from '@lilypad-actions/module-spec';

export interface TemplateVerdict {
  /** Lilypad loads the module with every example input set. */
  loads: boolean;
  /** It loads and validation found no error. */
  valid: boolean;
}

/** The verdict of one template's validation report. */
export function templateVerdict(report: ValidationReport): TemplateVerdict {
  const loads = report.loads.length > 0 && report.loads.every((l) => l.outcome === 'ok');
  return { loads, valid: loads && !report.findings.some((f) => f.severity === 'error') };
}
