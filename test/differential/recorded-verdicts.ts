// Recorded verdicts (test/fixtures/calibration/VERDICTS.json, test/fixtures/corpus/VERDICTS.json):
// what happens on Lilypad with each template, decided by hand from the template and its
// repository (format doc §4.5, §4.5.1) and checked against Go for loading. The format is in
// test/fixtures/calibration/README.md.
import { readFileSync } from 'node:fs';

export interface RecordedVerdict {
  /** The template under templates/. */
  file: string;
  repo: string;
  ref: string;
  commit: string;
  /** Its repository's root Dockerfile at the same commit, under dockerfiles/, if it has one. */
  dockerfile: string | null;
  inputs: {
    /** Where the input sets come from: the README's run line, or the validator's default sample. */
    source: string;
    /** The input sets; none: the validator's default sample (every input it reads set to "lilypad"). */
    sets: Record<string, string>[];
  };
  /** Lilypad loads it, per input set (Go decides; the test checks it). */
  loads: boolean[];
  /** The job runs and its results come back (from the template's content: §4.5, §4.5.1). */
  runs: boolean;
  /** A value users will type that makes it fail to load (checked with Go), or null. */
  typedBreak: { input: string; value: string } | null;
  /** Why it does not work: the rule that names each reason, and the reason. Empty when it works. */
  breaks: { rule: string; why: string }[];
  /** How the verdict was decided: the evidence, and what was not checked. */
  basis: string;
}

export function readVerdicts(file: string): RecordedVerdict[] {
  const records = JSON.parse(readFileSync(file, 'utf8')) as RecordedVerdict[];
  for (const r of records) {
    if (!r.file || !r.repo || !/^[0-9a-f]{40}$/.test(r.commit) || !Array.isArray(r.loads) || typeof r.runs !== 'boolean') {
      throw new Error(`${file}: a malformed record: ${JSON.stringify(r).slice(0, 200)}`);
    }
    // A module that works has no reasons not to; one that does not has at least one.
    const works = r.loads.every(Boolean) && r.runs && r.typedBreak === null;
    if (works !== (r.breaks.length === 0)) throw new Error(`${file}: ${r.file}: ${works ? 'works but has reasons not to' : 'does not work but has no reason'}`);
  }
  return records;
}
