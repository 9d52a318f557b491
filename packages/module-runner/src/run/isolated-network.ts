// Where a networked module runs. A provider starts a `Full` job on the host's own network (and an
// `HTTP` one behind its squid gateway); a CI runner must not: the host network reaches the cloud
// metadata service (169.254.169.254, whose credentials are the runner's) and every service on the
// runner itself. So run-module puts such a job on a bridge network of its own, `lilypad-isolated`,
// with a fixed bridge name (`br-lilypad`) that the runner's firewall rules name (firewallRules;
// docs/gpu-runners.md says where they go and how they survive a reboot). Before the first such
// run, a probe container on that network tries to connect to each address that must be out of
// reach (the metadata service, and a port this process opens on every address of the runner);
// the run stops if one answers, unless the runner says `allow-metadata: true`.

import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import type Docker from 'dockerode';
import { attachOutput } from '../engine/attach-output';
import type { Engine } from '../engine/connect';
import { MANAGED_LABEL, ownerLabels, statusCode } from '../engine/labels';
import { ensureImage } from '../image/pull';

export interface IsolatedNetworkSpec {
  /** The Docker network's name. */
  name: string;
  /** The Linux bridge's name, which the firewall rules name (at most 15 characters). */
  bridge: string;
}

export const DEFAULT_ISOLATED_NETWORK: IsolatedNetworkSpec = { name: 'lilypad-isolated', bridge: 'br-lilypad' };

/** What a module on the isolated network must not reach: the cloud metadata service (host:port). */
export const DEFAULT_PROBE_TARGETS: readonly string[] = ['169.254.169.254:80'];

/**
 * The firewall rules (iptables arguments) that keep a module on the isolated network away from
 * the cloud metadata service (forwarded traffic: the DOCKER-USER chain, which Docker leaves to the
 * administrator) and from the runner host itself (traffic to the host's own addresses: INPUT).
 * docs/gpu-runners.md shows these; a test applies them and probes.
 */
export function firewallRules(bridge: string): string[][] {
  return [
    ['-I', 'DOCKER-USER', '-i', bridge, '-d', '169.254.0.0/16', '-j', 'DROP'],
    ['-I', 'INPUT', '-i', bridge, '-j', 'DROP'],
  ];
}

/** The probe's image: it needs `sh` and `nc` (busybox has both). */
export const DEFAULT_PROBE_IMAGE = 'busybox:1.36';

/**
 * The isolated network, created when missing. It outlives the run (the firewall rules name its
 * bridge), so it carries the managed label but no owner: no job's clean-up removes it.
 */
export async function ensureIsolatedNetwork(engine: Engine, spec: IsolatedNetworkSpec = DEFAULT_ISOLATED_NETWORK): Promise<{ name: string; gateway: string | null }> {
  const inspect = async () => (await engine.docker.getNetwork(spec.name).inspect()) as { IPAM?: { Config?: Array<{ Gateway?: string }> }; Options?: Record<string, string> };
  let info;
  try {
    info = await inspect();
  } catch (error) {
    if (statusCode(error) !== 404) throw error;
    try {
      await engine.docker.createNetwork({
        Name: spec.name,
        Driver: 'bridge',
        CheckDuplicate: true,
        Labels: { [MANAGED_LABEL]: 'true' },
        Options: {
          'com.docker.network.bridge.name': spec.bridge,
          // Modules on this network do not reach each other either.
          'com.docker.network.bridge.enable_icc': 'false',
        },
      });
    } catch (createError) {
      // Another job on this engine created it first.
      if (statusCode(createError) !== 409) throw createError;
    }
    info = await inspect();
  }
  const bridge = info.Options?.['com.docker.network.bridge.name'];
  if (bridge !== spec.bridge) {
    throw new IsolationError(`network ${spec.name} exists with bridge ${bridge ?? '(docker-chosen)'}, not ${spec.bridge}: the firewall rules name ${spec.bridge}; remove the network (docker network rm ${spec.name}) and let run-module create it`);
  }
  return { name: spec.name, gateway: info.IPAM?.Config?.[0]?.Gateway ?? null };
}

/** The runner's isolation is not what the module must get: the message says what to do. */
export class IsolationError extends Error {
  override name = 'IsolationError';
}

export interface ProbeOptions {
  network: { name: string; gateway: string | null };
  image: string;
  /** host:port addresses besides the runner's own (default: the metadata service). */
  targets?: readonly string[];
  owner: string;
  /** The runner's own addresses to try (default: its IPv4 addresses and the network's gateway). */
  hostAddresses?: string[];
}

export interface ProbeResult {
  /** Every address tried, as host:port. */
  probed: string[];
  /** Those that accepted a connection. */
  reachable: string[];
}

/** Starts a container on the network that tries each address; resolves with what answered. */
export async function probeIsolation(engine: Engine, options: ProbeOptions): Promise<ProbeResult> {
  const listener = await listen();
  const port = (listener.address() as AddressInfo).port;
  const hosts = options.hostAddresses ?? runnerAddresses(options.network.gateway);
  const probed = [...(options.targets ?? DEFAULT_PROBE_TARGETS), ...hosts.map((h) => `${h}:${port}`)];
  let container: Docker.Container | undefined;
  try {
    container = await engine.docker.createContainer({
      name: `lilypad-probe-${randomUUID().slice(0, 12)}`,
      Image: options.image,
      // Each address in parallel; a connection that succeeds is the only "reachable" (a refusal
      // might be a REJECT rule, a timeout a DROP).
      Entrypoint: ['/bin/sh', '-c', 'for t in "$@"; do (if nc -w 3 "${t%:*}" "${t##*:}" </dev/null >/dev/null 2>&1; then echo "reachable $t"; else echo "blocked $t"; fi) & done; wait', 'probe', ...probed],
      Labels: ownerLabels(options.owner),
      AttachStdout: true,
      AttachStderr: true,
      HostConfig: { NetworkMode: options.network.name, Memory: 64 * 1024 * 1024, PidsLimit: 64, CapDrop: ['ALL'], SecurityOpt: ['no-new-privileges'], LogConfig: { Type: 'none', Config: {} } },
    });
    let output = '';
    const sink = (chunk: Buffer): void => {
      if (output.length < 64 * 1024) output += chunk.toString('utf8');
    };
    const { drained } = await attachOutput(engine, container.id, sink, sink);
    await container.start();
    const waited = (await container.wait({ abortSignal: AbortSignal.timeout(60_000) })) as { StatusCode: number };
    await Promise.race([drained, new Promise((r) => setTimeout(r, 5_000).unref())]);
    const lines = output.split('\n').map((l) => l.trim());
    const reachable = probed.filter((t) => lines.includes(`reachable ${t}`));
    const answered = probed.filter((t) => lines.includes(`reachable ${t}`) || lines.includes(`blocked ${t}`));
    if (waited.StatusCode !== 0 || answered.length !== probed.length) {
      throw new IsolationError(`the network probe (${options.image}) did not report on every address (exit ${waited.StatusCode}): ${output.trim().slice(0, 300)}`);
    }
    return { probed, reachable };
  } finally {
    listener.close();
    await container?.remove({ force: true }).catch(() => undefined);
  }
}

/** The runner's IPv4 addresses (not loopback), and the network's gateway, which is the runner as seen from the bridge. */
function runnerAddresses(gateway: string | null): string[] {
  const addresses = new Set<string>();
  if (gateway) addresses.add(gateway);
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) addresses.add(a.address);
  }
  return [...addresses];
}

function listen(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(0, '0.0.0.0', () => resolve(server));
  });
}

export interface IsolationOptions {
  spec?: IsolatedNetworkSpec;
  /** host:port addresses besides the runner's own (default: the metadata service). */
  probeTargets?: readonly string[];
  probeImage?: string;
  /** Go on when the probe reaches something (the warning says what), instead of failing. */
  allowMetadata?: boolean;
  owner: string;
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
}

export interface PreparedNetwork extends ProbeResult {
  name: string;
  /** Set when something was reachable and allowMetadata let it go on. */
  warning: string | null;
}

/**
 * The isolated network, created if needed and checked by the probe: throws IsolationError when the
 * probe reaches the metadata service or the runner (unless allowMetadata), saying what to do.
 * Used before a Full-network module runs and before a build's RUN steps get a network.
 */
export async function prepareIsolatedNetwork(engine: Engine, options: IsolationOptions): Promise<PreparedNetwork> {
  const spec = options.spec ?? DEFAULT_ISOLATED_NETWORK;
  const network = await ensureIsolatedNetwork(engine, spec);
  const image = options.probeImage ?? DEFAULT_PROBE_IMAGE;
  await ensureImage({ engine, reference: image, policy: 'missing', ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  const probe = await probeIsolation(engine, { network, image, targets: options.probeTargets ?? DEFAULT_PROBE_TARGETS, owner: options.owner });
  options.onProgress?.(`network ${network.name}: probed ${probe.probed.join(', ')}; reachable: ${probe.reachable.join(', ') || 'none'}`);
  let warning: string | null = null;
  if (probe.reachable.length > 0) {
    const what = `a container on network ${network.name} (bridge ${spec.bridge}) can reach ${probe.reachable.join(', ')}`;
    const fix = `add the firewall rules for bridge ${spec.bridge} (docs/gpu-runners.md, "Networked modules")`;
    if (!options.allowMetadata) throw new IsolationError(`${what}; ${fix}, or set allow-metadata: true to run anyway`);
    warning = `allow-metadata is true: ${what}; ${fix}`;
  }
  return { name: network.name, ...probe, warning };
}
