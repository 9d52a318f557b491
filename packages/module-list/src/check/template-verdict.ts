// The one place the checks turn a validation report into a verdict: validation's own two answers
// (does the module load with every input set; are there errors).

import type { ValidationReport } from '@lilypad-actions/module-spec';

export interface TemplateVerdict {
  /** Lilypad loads the module with every example input set. */
  loads: boolean;
  /** It loads and validation found no error. */
  valid: boolean;
}

/** The verdict of one template's validation report. */
export function templateVerdict(report: ValidationReport): TemplateVerdict {
  return { loads: report.verdict.loads, valid: report.valid };
}
