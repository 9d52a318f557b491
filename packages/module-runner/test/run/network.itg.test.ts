// A Full-network module's network, for real: the isolated bridge run-module creates, the probe
// that stops a run when the metadata service or the runner can be reached, and the documented
// firewall rules, applied here to a bridge of this test's own and checked by the same probe.
//
// No traffic leaves this machine: the metadata service's stand-in is 169.254.77.1, an address in
// its link-local range that lives in a network namespace of this test (reached through a veth
// pair, so the packets are forwarded as they would be to the real one); the default target,
// 169.254.169.254:80, is asserted as configuration and never contacted.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE, leftovers, testEngine, testOwner } from '../../../../test/support/docker';
import { repoRoot } from '../../../../test/support/repo-root';
import { DEFAULT_ISOLATED_NETWORK, DEFAULT_PROBE_TARGETS, ensureIsolatedNetwork, firewallRules, IsolationError, probeIsolation } from '../../src/run/isolated-network';
import { runModule } from '../../src/run-module';

const id = randomUUID().replace(/-/g, '').slice(0, 6);
const spec = { name: `lilypad-test-net-${id}`, bridge: `br-lpt${id}` };
const netns = `lpt-meta-${id}`;
const veth = `vlpt${id}`;
const META = '169.254.77.1';
const META_PORT = 8099;
const standIn = `${META}:${META_PORT}`;
const temp = mkdtempSync(path.join(tmpdir(), 'network-itg-'));
let metaServer: ChildProcess | undefined;
let hostServer: Server | undefined;
const applied: string[][] = [];

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
const hostAddress = () => Object.values(networkInterfaces()).flat().find((a) => a?.family === 'IPv4' && !a.internal)!.address;

beforeAll(async () => {
  // The stand-in: a namespace with 169.254.77.1, routed from here through a veth pair.
  sh('ip', ['netns', 'add', netns]);
  sh('ip', ['link', 'add', veth, 'type', 'veth', 'peer', 'name', `${veth}p`]);
  sh('ip', ['link', 'set', `${veth}p`, 'netns', netns]);
  sh('ip', ['addr', 'add', '10.254.77.1/30', 'dev', veth]);
  sh('ip', ['link', 'set', veth, 'up']);
  sh('ip', ['-n', netns, 'addr', 'add', '10.254.77.2/30', 'dev', `${veth}p`]);
  sh('ip', ['-n', netns, 'addr', 'add', `${META}/32`, 'dev', `${veth}p`]);
  sh('ip', ['-n', netns, 'link', 'set', `${veth}p`, 'up']);
  sh('ip', ['-n', netns, 'route', 'add', 'default', 'via', '10.254.77.1']);
  sh('ip', ['route', 'add', `${META}/32`, 'via', '10.254.77.2', 'dev', veth]);
  metaServer = spawn('ip', ['netns', 'exec', netns, process.execPath, '-e', `require('net').createServer((c) => c.end('metadata')).listen(${META_PORT}, '0.0.0.0', () => console.log('up'))`], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => metaServer!.stdout!.once('data', () => resolve()));
  hostServer = createServer((socket) => socket.end('runner'));
  await new Promise<void>((resolve) => hostServer!.listen(0, '0.0.0.0', resolve));
}, 60_000);

afterAll(async () => {
  for (const rule of applied.reverse()) execFileSync('iptables', ['-D', ...rule.slice(1)], { stdio: 'ignore' });
  metaServer?.kill();
  hostServer?.close();
  for (const args of [['route', 'del', `${META}/32`], ['link', 'del', veth], ['netns', 'del', netns]]) {
    try {
      sh('ip', args);
    } catch {
      /* already gone */
    }
  }
  const { docker } = await testEngine();
  await docker.getNetwork(spec.name).remove().catch(() => undefined);
  rmSync(temp, { recursive: true, force: true });
});

describe('the isolated network', () => {
  it('defaults to lilypad-isolated on bridge br-lilypad, probing the metadata service at 169.254.169.254:80', () => {
    expect(DEFAULT_ISOLATED_NETWORK).toEqual({ name: 'lilypad-isolated', bridge: 'br-lilypad' });
    expect(DEFAULT_PROBE_TARGETS).toEqual(['169.254.169.254:80']);
    expect(firewallRules('br-lilypad')).toEqual([
      ['-I', 'DOCKER-USER', '-i', 'br-lilypad', '-d', '169.254.0.0/16', '-j', 'DROP'],
      ['-I', 'INPUT', '-i', 'br-lilypad', '-j', 'DROP'],
    ]);
  });

  it('is created once, on its own bridge, with traffic between its containers off; a same-named network on another bridge is refused', async () => {
    const engine = await testEngine();
    const first = await ensureIsolatedNetwork(engine, spec);
    const again = await ensureIsolatedNetwork(engine, spec);
    expect(again).toEqual(first);
    expect(first.gateway).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const info = (await engine.docker.getNetwork(spec.name).inspect()) as { Options: Record<string, string>; Internal: boolean };
    expect(info.Options).toMatchObject({ 'com.docker.network.bridge.name': spec.bridge, 'com.docker.network.bridge.enable_icc': 'false' });
    expect(info.Internal).toBe(false);
    await expect(ensureIsolatedNetwork(engine, { name: spec.name, bridge: 'br-other' })).rejects.toThrow(
      new IsolationError(`network ${spec.name} exists with bridge ${spec.bridge}, not br-other: the firewall rules name br-other; remove the network (docker network rm ${spec.name}) and let run-module create it`),
    );
  });

  it('without the firewall rules, the probe reaches the stand-in and the runner', async () => {
    const engine = await testEngine();
    const network = await ensureIsolatedNetwork(engine, spec);
    const owner = testOwner('probe-open');
    const probe = await probeIsolation(engine, { network, image: BASE_IMAGE, targets: [standIn], owner });
    expect(probe.probed[0]).toBe(standIn);
    expect(probe.probed.some((t) => t.startsWith(`${network.gateway}:`))).toBe(true);
    expect(probe.reachable).toContain(standIn);
    expect(probe.reachable.some((t) => t.startsWith(`${network.gateway}:`))).toBe(true);
    expect(await leftovers(owner)).toEqual({ containers: [], volumes: [] });
  }, 60_000);

  it('with the documented rules for its bridge, nothing is reachable, and a Full module runs there, as cut off as the probe', async () => {
    const engine = await testEngine();
    const network = await ensureIsolatedNetwork(engine, spec);
    for (const rule of firewallRules(spec.bridge)) {
      execFileSync('iptables', rule);
      applied.push(rule);
    }
    const probe = await probeIsolation(engine, { network, image: BASE_IMAGE, targets: [standIn], owner: testOwner('probe-closed') });
    expect(probe.reachable).toEqual([]);
    expect(probe.probed.length).toBeGreaterThan(1);

    // The example, networked, trying both from inside.
    const moduleDir = path.join(temp, 'full');
    cpSync(path.join(repoRoot, 'examples/hello-lilypad'), moduleDir, { recursive: true });
    const runner = `${hostAddress()}:${(hostServer!.address() as AddressInfo).port}`;
    const script = `for t in ${standIn} ${runner}; do if nc -w 2 \${t%:*} \${t##*:} </dev/null >/dev/null 2>&1; then echo reached; else echo blocked; fi; done`;
    const template = readFileSync(path.join(moduleDir, 'lilypad_module.json.tmpl'), 'utf8')
      .replace(/"Entrypoint": \[[^\]]*\]/, `"Entrypoint": ["/bin/sh", "-c", ${JSON.stringify(script)}]`)
      .replace('"Type": "None"', '"Type": "Full"')
      .replace(/"Image": "[^"]*"/, `"Image": ${JSON.stringify(BASE_IMAGE)}`);
    writeFileSync(path.join(moduleDir, 'lilypad_module.json.tmpl'), template);
    const owner = testOwner('full');
    const report = await runModule({
      engine,
      moduleDir,
      moduleRef: 'full',
      inputSets: [],
      pull: 'never',
      allowCpu: false,
      timeoutSeconds: 60,
      isolatedNetwork: spec,
      probeTargets: [standIn],
      probeImage: BASE_IMAGE,
      reportDir: path.join(temp, 'report'),
      owner,
      attempt: 1,
    });
    expect(report.cases[0]!.stdout.text).toBe('blocked\nblocked\n');
    expect(report.runner.network?.name).toBe(spec.name);
    expect(report.runner.network?.probed[0]).toBe(standIn);
    expect(report.runner.network?.reachable).toEqual([]);
    expect(report.headline.startsWith('A default provider does not accept networked jobs')).toBe(true);
    expect([report.passed, report.cases[0]!.error]).toEqual([true, null]);
    expect(await leftovers(owner)).toEqual({ containers: [], volumes: [] });
  }, 120_000);
});
