// What the build-module action does, without @actions/*: read the image name from the module's
// template, build the module's Dockerfile, push when asked, and check that the template's Image
// names what was built (and, once pushed, pins its digest).
import { UserError } from '@lilypad-actions/errors';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeModule, renderLilypad, validateTemplate, TEMPLATE_FILE } from '@lilypad-actions/module-spec';
import type { Engine } from './engine/connect';
import { buildImage, DEFAULT_PLATFORM, imageLabels, type BuildLimits, type BuildResult } from './image/build';
import { pushImage, type PushResult } from './image/push';
import { checkImageConsistency, familiarReference, parseImageReference, type ConsistencyFinding, type ImageReference } from './image/reference';
import { registryAddress, type RegistryAuth } from './image/registry-auth';
import { IsolationError, prepareIsolatedNetwork, type IsolationOptions, type PreparedNetwork } from './run/isolated-network';

/** The build-module network that puts RUN steps on run-module's isolated network, after the probe. */
export const ISOLATED_BUILD_NETWORK = 'isolated';

export interface BuildModuleOptions {
  engine: Engine;
  /** The module's folder (build context, and where its template is). */
  moduleDir: string;
  /** Name to build as ([registry/]repository[:tag]); default: the repository of the template's Image. */
  image?: string;
  /** Relative to moduleDir; default "Dockerfile". */
  dockerfile?: string;
  platform?: string;
  buildArgs?: Record<string, string>;
  /**
   * Network of the RUN steps: "default", "none", "host", or "isolated" (the network Full-network
   * modules get, with the metadata service and the runner out of reach, probed first).
   */
  network?: string;
  /** For network "isolated": the probe's settings and the owner of its container. */
  isolation?: IsolationOptions;
  /** Memory and CPUs of each RUN step. */
  limits?: BuildLimits;
  /**
   * Refuse an engine whose default runtime is NVIDIA's: it hands every GPU to any container whose
   * image asks (CUDA base images do, through NVIDIA_VISIBLE_DEVICES), build steps included.
   */
  noGpu?: boolean;
  push?: boolean;
  auth?: RegistryAuth;
  /** Wall-clock limit of the build, ms; the push, if any, gets the same limit of its own. */
  timeoutMs?: number;
  /** Where the image came from, for its OCI labels (repository URL and commit). */
  source: string;
  revision: string;
  /** The module reference (repo@ref), for a label. */
  module?: string;
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
}

export type ImageFinding = ConsistencyFinding | { kind: 'no-template-image'; severity: 'warning'; message: string };

export interface BuildModuleResult {
  /** The name built and tagged, as the docker CLI shows it ("ghcr.io/o/m:latest"). */
  image: string;
  imageId: string;
  /** The registry digest after a push; null without one. */
  digest: string | null;
  /** `repository@digest`, what the template should say; null without a push. */
  pinned: string | null;
  /** The template's Image rendered with no inputs, or null when it could not be read. */
  templateImage: string | null;
  /** Where the template's Image is written, for annotations (null when it could not be read). */
  templateLocation: { file: string; line: number | undefined } | null;
  findings: ImageFinding[];
  build: BuildResult;
  push: PushResult | null;
  /** The isolated network the RUN steps had, and what its probe found; null for another network. */
  network: PreparedNetwork | null;
}

/** Something the user must fix in the inputs or the module: one line, no stack. */
export class BuildModuleError extends UserError {
  override name = 'BuildModuleError';
}

type TemplateImage = { ok: true; image: string; file: string; line: number | undefined } | { ok: false; reason: string };

/** The line of the template's "Image" key (1-based), for annotations; undefined when not found. */
function imageLine(text: string): number | undefined {
  const index = text.split('\n').findIndex((l) => /"Image"\s*:/.test(l));
  return index === -1 ? undefined : index + 1;
}

/** The template's Image as `lilypad run` would see it with no `-i` inputs. */
export function templateImage(moduleDir: string, file = TEMPLATE_FILE): TemplateImage {
  const templatePath = path.join(moduleDir, file);
  let text: string;
  try {
    text = readFileSync(templatePath, 'utf8');
  } catch (error) {
    return { ok: false, reason: `cannot read ${templatePath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}` };
  }
  const rendered = renderLilypad({ text, name: file, inputs: {} });
  let problem: string;
  if (rendered.ok) {
    const decoded = decodeModule(rendered.output);
    if (decoded.ok) {
      const image = (decoded.module as { Job?: { Spec?: { Docker?: { Image?: unknown } | null } | null } | null }).Job?.Spec?.Docker?.Image;
      if (typeof image === 'string' && image !== '') return { ok: true, image, file: templatePath, line: imageLine(text) };
      problem = 'names no job.Spec.Docker.Image';
    } else {
      problem = `does not decode without inputs: ${decoded.message}`;
    }
  } else {
    problem = `does not render without inputs: ${rendered.message}`;
  }
  // A template that needs its inputs ({{ .Prompt }} unquoted is `<no value>` without one) still
  // names its image: render it as validate-module does, with every input it reads set.
  const image = validateTemplate({ file: templatePath, text }).image;
  if (typeof image === 'string' && image !== '') return { ok: true, image, file: templatePath, line: imageLine(text) };
  return { ok: false, reason: `${templatePath} ${problem}` };
}

/** The name to build: the input's, else the template's repository and tag (digest dropped). */
function targetName(options: BuildModuleOptions, fromTemplate: TemplateImage): ImageReference {
  const given = options.image?.trim();
  const source = given ? `image input ${JSON.stringify(given)}` : 'the template';
  let name: string;
  if (given) {
    name = given;
  } else if (fromTemplate.ok) {
    name = fromTemplate.image;
  } else {
    throw new BuildModuleError(`Set the image input (the name to build, e.g. ghcr.io/owner/module): it could not be read from the template because ${fromTemplate.reason}.`);
  }
  let ref: ImageReference;
  try {
    ref = parseImageReference(name);
  } catch (error) {
    throw new BuildModuleError(`${source}: ${(error as Error).message}`);
  }
  if (given && ref.digest !== undefined) throw new BuildModuleError(`image input ${JSON.stringify(given)} has a digest: give a name and optional tag to build; the digest is known only after the push`);
  return { ...ref, digest: undefined, tag: ref.tag ?? 'latest' };
}

/** Builds (and maybe pushes) the module's image and checks the template's Image against it. */
export async function buildModule(options: BuildModuleOptions): Promise<BuildModuleResult> {
  const fromTemplate = templateImage(options.moduleDir);
  const target = targetName(options, fromTemplate);
  const image = familiarReference(target);
  if (options.push && target.domain === 'docker.io' && !options.auth) {
    throw new BuildModuleError(`push: ${image} would go to Docker Hub without credentials: set registry, username and password, or name an image in your registry (image: ghcr.io/owner/module)`);
  }

  if (options.noGpu && options.engine.defaultRuntime === 'nvidia') {
    throw new BuildModuleError(
      "This engine's default runtime is nvidia, so every build step of an untrusted Dockerfile could use the GPUs. Register the NVIDIA runtime without making it the default (nvidia-ctk runtime configure --runtime=docker, without --set-as-default; remove \"default-runtime\" from /etc/docker/daemon.json) and restart dockerd: run-module asks for GPUs explicitly.",
    );
  }
  let network: PreparedNetwork | null = null;
  let networkMode = options.network;
  if (options.network === ISOLATED_BUILD_NETWORK) {
    if (!options.isolation) throw new BuildModuleError('network "isolated" needs the probe\'s settings (isolation)');
    try {
      network = await prepareIsolatedNetwork(options.engine, options.isolation);
    } catch (error) {
      if (error instanceof IsolationError) throw new BuildModuleError(`network preflight failed: ${error.message}`);
      throw error;
    }
    networkMode = network.name;
  }

  const build = await buildImage({
    engine: options.engine,
    contextDir: options.moduleDir,
    tags: [image],
    platform: options.platform ?? DEFAULT_PLATFORM,
    buildArgs: options.buildArgs ?? {},
    labels: imageLabels({ source: options.source, revision: options.revision, ...(options.module ? { module: options.module } : {}) }),
    ...(options.dockerfile !== undefined ? { dockerfile: options.dockerfile } : {}),
    ...(networkMode !== undefined ? { network: networkMode } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });

  let push: PushResult | null = null;
  if (options.push) {
    const auth = options.auth && { ...options.auth, serveraddress: options.auth.serveraddress || registryAddress(target.domain) };
    push = await pushImage({
      engine: options.engine,
      reference: image,
      // The push gets a wall-clock limit of its own, as long as the build's.
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(auth ? { auth } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  const digest = push?.digest ?? null;

  const findings: ImageFinding[] = [];
  if (fromTemplate.ok) {
    findings.push(checkImageConsistency({ templateImage: fromTemplate.image, built: image, digest: digest ?? undefined }));
  } else {
    findings.push({ kind: 'no-template-image', severity: 'warning', message: `The template's Image was not checked against the build: ${fromTemplate.reason}.` });
  }
  return {
    image,
    imageId: build.imageId,
    digest,
    pinned: digest ? `${familiarReference({ ...target, tag: undefined, digest: undefined })}@${digest}` : null,
    templateImage: fromTemplate.ok ? fromTemplate.image : null,
    templateLocation: fromTemplate.ok ? { file: fromTemplate.file, line: fromTemplate.line } : null,
    findings,
    build,
    push,
    network,
  };
}
