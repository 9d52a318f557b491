// The list of deliberate differences is one source for three readers: docs/gpu-runners.md's table
// (generated from it), the comparison test (which accepts exactly these), and the probe script
// (which must print every key the list names). The firewall rules in the docs are the library's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../test/support/repo-root';
import { DELIBERATE_DIFFERENCES, differencesTable, expectedDifferences, type ComparisonSetup } from '../../src/provider/deliberate-differences';
import { DEFAULT_ISOLATED_NETWORK, firewallRules } from '../../src/run/isolated-network';

const docs = readFileSync(`${repoRoot}/docs/gpu-runners.md`, 'utf8');
const between = (name: string) => {
  const m = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n?<!-- ${name}:end -->`).exec(docs);
  if (!m) throw new Error(`docs/gpu-runners.md has no ${name} markers`);
  return m[1]!;
};
const base: ComparisonSetup = { hardening: 'provider', network: 'None', cpuAboveRunner: false, outputs: true };

describe('the deliberate differences', () => {
  it("docs/gpu-runners.md shows exactly the list's table (regenerate it from differencesTable())", () => {
    expect(between('deliberate-differences')).toBe(differencesTable());
  });

  it('docs/gpu-runners.md shows exactly the firewall rules run-module\'s probe is tested against', () => {
    const rules = firewallRules(DEFAULT_ISOLATED_NETWORK.bridge).map((args) => `sudo iptables ${args.join(' ')}`);
    expect(between('firewall-rules')).toBe(['```sh', ...rules, '```'].join('\n'));
  });

  it('every observable is something the probe prints (or whether the container started at all)', () => {
    const probe = readFileSync(new URL('container-probe.sh', import.meta.url), 'utf8');
    for (const key of DELIBERATE_DIFFERENCES.flatMap((d) => d.observables)) {
      if (key === 'started') continue;
      expect(probe, key).toMatch(new RegExp(`kv "?\\$?${key.replace(/\./g, '\\.')}"?[ $]|for f in [^;]*\\b${key}\\b`));
    }
  });

  it('by setup: the pids limit and the outputs volume always; strict adds the capabilities; Full the network; a CPU too large shows only that the provider never started', () => {
    expect(expectedDifferences(base)).toEqual(['outputs.source', 'pids.max']);
    expect(expectedDifferences({ ...base, outputs: false })).toEqual(['pids.max']);
    expect(expectedDifferences({ ...base, hardening: 'strict' })).toEqual(['CapBnd', 'CapEff', 'CapPrm', 'NoNewPrivs', 'outputs.source', 'pids.max']);
    expect(expectedDifferences({ ...base, network: 'Full' })).toEqual(['hostname-is-container-id', 'hosts-extra', 'interfaces', 'outputs.source', 'pids.max', 'resolv']);
    expect(expectedDifferences({ ...base, cpuAboveRunner: true })).toEqual(['started']);
  });

  it('every entry says what a provider does, what run-module does, and why', () => {
    for (const d of DELIBERATE_DIFFERENCES) {
      for (const field of [d.what, d.when, d.provider, d.runModule, d.reason]) expect(field.length, d.id).toBeGreaterThan(3);
    }
    expect(new Set(DELIBERATE_DIFFERENCES.map((d) => d.id)).size).toBe(DELIBERATE_DIFFERENCES.length);
  });
});
