// monthly-rewards' inputs, checked and typed before anything asks GitHub. The token is masked first.
import * as core from '@actions/core';
import { UserInputError, type WriterKind } from '@lilypad-actions/rewards';
import { parseSummary, type SummaryMode } from '@lilypad-actions/action-shared/input-values';

/** The inputs, spelled as in action.yml. */
export interface Inputs {
  repository: string;
  month: string;
  config: string;
  'ledger-branch': string;
  writer: WriterKind;
  restate: boolean;
  reason: string;
  'dry-run': boolean;
  'output-dir': string;
  summary: SummaryMode;
  token: string;
}

export function readInputs(): Inputs {
  // action.yml gives both a default; an empty value means a workflow set it to nothing.
  const required = (name: string): string => {
    const value = core.getInput(name);
    if (!value) throw new UserInputError(`input ${name} is required`);
    return value;
  };
  const token = required('token');
  core.setSecret(token);
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const value = core.getInput(name) || allowed[0];
    if (!allowed.includes(value as T)) throw new UserInputError(`input ${name} is ${allowed.join(' or ')}, not ${JSON.stringify(value)}`);
    return value as T;
  };
  const flag = (name: string): boolean => {
    const value = core.getInput(name).toLowerCase();
    if (!['', 'true', 'false'].includes(value)) throw new UserInputError(`input ${name} is true or false, not ${JSON.stringify(value)}`);
    return value === 'true';
  };
  return {
    repository: required('repository'),
    month: core.getInput('month'),
    config: core.getInput('config'),
    'ledger-branch': core.getInput('ledger-branch') || 'ledger',
    writer: oneOf('writer', ['api', 'git'] as const),
    restate: flag('restate'),
    reason: core.getInput('reason'),
    'dry-run': flag('dry-run'),
    'output-dir': core.getInput('output-dir'),
    summary: parseSummary(core.getInput('summary')),
    token,
  };
}
