// What the validation may spend on probe renders: rendering the module again with an input left
// out, or with a hostile value in it. A template with n inputs needs about 10·n probes, each as
// long as the module, so the work grows with n²: 3,000 inputs once took 33 s and 1 GB. The budget
// caps both the number of probes and the characters they render; when it runs out, the remaining
// inputs are left unprobed and the report says which.
import type { Inputs, Rendered, RenderSession } from './render-session';
import type { ProbeBudgetUse } from './types';

export interface ProbeLimits {
  /** Probe renders at most. */
  renders: number;
  /** Characters rendered by probes at most (a probe is about as long as the module). */
  characters: number;
}

/** About 10× what the most demanding real module needs (sdv-pipeline: 110 probes of ~4 KiB). */
export const DEFAULT_PROBE_LIMITS: ProbeLimits = { renders: 2_000, characters: 4 * 1024 * 1024 };

export class ProbeBudget {
  renders = 0;
  characters = 0;
  reached = false;
  readonly notProbed: string[] = [];

  constructor(
    private readonly session: RenderSession,
    readonly limits: ProbeLimits,
    /** About how long one probe is: the module's rendered length. */
    private readonly probeLength: number,
  ) {}

  /** Whether one more probe fits; once it does not, none does. */
  allows(): boolean {
    if (!this.reached && (this.renders >= this.limits.renders || this.characters + this.probeLength > this.limits.characters)) this.reached = true;
    return !this.reached;
  }

  /** A probe render, or undefined when the budget does not allow one. */
  render(inputs: Inputs): Rendered | undefined {
    if (!this.allows()) return undefined;
    const r = this.session.render(inputs);
    this.renders++;
    this.characters += r.output.length;
    return r;
  }

  use(): ProbeBudgetUse {
    return {
      renders: this.renders,
      characters: this.characters,
      maxRenders: this.limits.renders,
      maxCharacters: this.limits.characters,
      reached: this.reached,
      inputsNotProbed: [...this.notProbed],
    };
  }
}

/** The record of a validation that ran no probes (the template does not parse, or nothing loads). */
export function noProbes(limits: ProbeLimits): ProbeBudgetUse {
  return { renders: 0, characters: 0, maxRenders: limits.renders, maxCharacters: limits.characters, reached: false, inputsNotProbed: [] };
}
