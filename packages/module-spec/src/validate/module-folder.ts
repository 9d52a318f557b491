// Validating a module as it sits in a checked-out repository (the validate-module action): its
// template read by the one template reader, its own .lilypad/validate.yml with the caller's rule
// settings over it, and its Dockerfile for the hints. Paths in the report are workspace-relative,
// so annotations land on the repository's files.
import path from 'node:path';
import { readTemplateFile } from '../template-file';
import { readDockerfile } from './dockerfile-hints';
import { readRuleConfig } from './rule-config';
import { validateTemplate } from './validate';
import type { RuleOverride, ValidationReport } from './types';

export interface ModuleFolder {
  /** The checked-out repository; report paths are relative to it. */
  workspace: string;
  /** The module's folder, relative to the workspace. */
  path: string;
  /** The template's file name in the folder. */
  template: string;
  inputSets?: Record<string, string>[] | undefined;
  /** Settings over the module's own .lilypad/validate.yml. */
  rules?: RuleOverride[];
  strict?: boolean;
}

/** The report for a module folder; `shown` is the template's workspace-relative path. */
export function validateModuleFolder(folder: ModuleFolder): { report: ValidationReport; shown: string } {
  const inWorkspace = (p: string) => path.relative(folder.workspace, p).split(path.sep).join('/');
  const file = path.resolve(folder.workspace, folder.path, folder.template);
  const shown = inWorkspace(file);
  const text = readTemplateFile(file, { shown, hints: { missing: 'check the path and template inputs', directory: 'template names the file inside path' } });
  const moduleDir = path.dirname(file);
  const config = readRuleConfig(moduleDir, inWorkspace(path.join(moduleDir, '.lilypad/validate.yml')));
  const dockerfile = readDockerfile(moduleDir, inWorkspace(path.join(moduleDir, 'Dockerfile')));
  const report = validateTemplate({
    file: shown,
    text,
    strict: folder.strict ?? false,
    rules: [...config.overrides, ...(folder.rules ?? [])],
    ...(folder.inputSets ? { inputSets: folder.inputSets } : {}),
    ...(dockerfile ? { dockerfile } : {}),
  });
  return { report, shown };
}
