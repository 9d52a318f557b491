// Lilypad v2.23.0's data.Module (what LoadModule json.Unmarshals a rendered template into), as
// the Go types encoding/json sees: names as reflect prints them (they appear in error messages),
// json tags, and the UnmarshalText/UnmarshalJSON methods with their exact error texts.
//
// Sources (Lilypad-Tech/lilypad): pkg/data/bacalhau/job.go @ c9ea347 (Job, Metadata, Spec,
// PublicKey, Network.UnmarshalText), engine.go, publisher.go, storage_source.go, utils.go and
// the stringer files (@ 488a796), pkg/data/data.go @ 5078883 (MachineSpec, GPUSpec).
// data.go at v2.23.0 (9ed8651) is not in the searchable store: the fields added in v2.18–v2.22
// (author, description, image, model, inputFiles, executionTimeoutSeconds) follow
// docs/lilypad-module-format.md §4.1 and PR #573 (`InputFiles InputFiles \`json:"inputFiles"\``);
// the struct names ModuleAuthor and ModuleModel are a reconstruction — they only show in errors
// such as `cannot unmarshal number into Go struct field ModuleAuthor.author.name of type string`.
import { decodeBase64Std, encodeBase64Std } from './go-base64';
import { equalFoldAscii, trimSpace } from './go-strings';
import { unmarshalTimeJSON, ZERO_TIME } from './go-time';
import {
  MethodError,
  type BasicType,
  type GoType,
  type GoValue,
  type InterfaceType,
  type JSONUnmarshalerType,
  type TextUnmarshalerType,
} from './go-type';

const STRING = { kind: 'string', name: 'string' } as const satisfies BasicType;
const BOOL = { kind: 'bool', name: 'bool' } as const satisfies BasicType;
const INT = { kind: 'int', name: 'int' } as const satisfies BasicType;
const INT64 = { kind: 'int', name: 'int64' } as const satisfies BasicType;
const UINT64 = { kind: 'uint', name: 'uint64' } as const satisfies BasicType;
const ANY = { kind: 'interface', name: 'interface {}' } as const satisfies InterfaceType;
const STRINGS = { kind: 'slice', name: '[]string', elem: STRING } as const;
const STRING_MAP = { kind: 'map', name: 'map[string]string', elem: STRING } as const;
const ANY_MAP = { kind: 'map', name: 'map[string]interface {}', elem: ANY } as const;

/**
 * A bacalhau enum (`type X int` with a stringer and UnmarshalText). Its decoded value is its
 * String() name, which is also what MarshalText writes.
 */
function enumType(
  name: string,
  names: readonly string[],
  parse: (text: string) => string,
): TextUnmarshalerType<string> {
  return {
    kind: 'text',
    name,
    underlying: 'int',
    zero: names[0]!,
    unmarshalText: parse,
    marshalText: (v) => v,
    isEmpty: (v) => v === names[0],
  };
}

/** ParsePublisher / ParseStorageSourceType / ParseNetwork: `equal` = TrimSpace both, EqualFold. */
function strictParser(valid: readonly string[], error: (s: string) => string): (text: string) => string {
  return (text) => {
    const trimmed = trimSpace(text);
    const hit = valid.find((v) => equalFoldAscii(trimmed, v));
    if (hit === undefined) throw new MethodError(error(text));
    return hit;
  };
}

// Engine: strings.EqualFold without trimming; an unknown name only logs
// `executor: unknown engine type: '<s>'` and leaves engineUnknown.
const ENGINE = enumType('bacalhau.Engine', ['engineUnknown', 'Noop', 'Docker', 'Wasm'], (text) => {
  return ['Noop', 'Docker', 'Wasm'].find((v) => equalFoldAscii(text, v)) ?? 'engineUnknown';
});

const PUBLISHER_NAMES = ['publisherUnknown', 'Noop', 'Ipfs', 'Estuary', 'S3'] as const;
const PUBLISHER = enumType(
  'bacalhau.Publisher',
  PUBLISHER_NAMES,
  strictParser(PUBLISHER_NAMES.slice(1), (s) => `publisher: unknown type '${s}'`),
);

const SOURCE_NAMES = [
  'storageSourceUnknown',
  'IPFS',
  'RepoClone',
  'RepoCloneLFS',
  'URLDownload',
  'Estuary',
  'Inline',
  'LocalDirectory',
  'S3',
] as const;
const STORAGE_SOURCE = enumType(
  'bacalhau.StorageSourceType',
  SOURCE_NAMES,
  strictParser(SOURCE_NAMES.slice(1), (s) => `executor: unknown source type '${s}'`),
);

// ParseNetwork formats its error with %T of NetworkNone; NetworkNone is 0, so "None" is the zero.
const NETWORK_NAMES = ['None', 'Full', 'HTTP'] as const;
const NETWORK = enumType(
  'bacalhau.Network',
  NETWORK_NAMES,
  strictParser(NETWORK_NAMES, (s) => `bacalhau.Network: unknown type '${s}'`),
);

/** `type PublicKey []byte` with base64 UnmarshalText/MarshalText; nil is null. */
const PUBLIC_KEY: TextUnmarshalerType<Uint8Array | null> = {
  kind: 'text',
  name: 'bacalhau.PublicKey',
  underlying: 'slice',
  zero: null,
  unmarshalText: (text) => decodeBase64Std(Buffer.from(text, 'utf8')),
  marshalText: (v) => (v === null ? '' : encodeBase64Std(v)),
  isEmpty: (v) => v === null || v.length === 0,
};

/** time.Time (UnmarshalJSON); the value is its RFC 3339 text with nanoseconds, as MarshalJSON writes it. */
const TIME: JSONUnmarshalerType<string> = {
  kind: 'json',
  name: 'time.Time',
  zero: ZERO_TIME,
  unmarshalJSON: unmarshalTimeJSON,
  marshalJSON: (v) => JSON.stringify(v),
};

const struct = <const F extends readonly { go: string; json: string; type: GoType; omitempty?: boolean }[]>(
  name: string,
  fields: F,
) => ({ kind: 'struct', name, fields }) as const;

// Optional fields in job.go carry `,omitempty`; `o` marks them.
const o = true;

const S3_STORAGE_SPEC = struct('bacalhau.S3StorageSpec', [
  { go: 'Bucket', json: 'Bucket', type: STRING, omitempty: o },
  { go: 'Key', json: 'Key', type: STRING, omitempty: o },
  { go: 'ChecksumSHA256', json: 'Checksum', type: STRING, omitempty: o },
  { go: 'VersionID', json: 'VersionID', type: STRING, omitempty: o },
  { go: 'Endpoint', json: 'Endpoint', type: STRING, omitempty: o },
  { go: 'Region', json: 'Region', type: STRING, omitempty: o },
]);

const STORAGE_SPEC = struct('bacalhau.StorageSpec', [
  { go: 'StorageSource', json: 'StorageSource', type: STORAGE_SOURCE, omitempty: o },
  { go: 'Name', json: 'Name', type: STRING, omitempty: o },
  { go: 'CID', json: 'CID', type: STRING, omitempty: o },
  { go: 'URL', json: 'URL', type: STRING, omitempty: o },
  { go: 'S3', json: 'S3', type: { kind: 'pointer', name: '*bacalhau.S3StorageSpec', elem: S3_STORAGE_SPEC }, omitempty: o },
  { go: 'Repo', json: 'Repo', type: STRING, omitempty: o },
  { go: 'SourcePath', json: 'SourcePath', type: STRING, omitempty: o },
  { go: 'ReadWrite', json: 'ReadWrite', type: BOOL, omitempty: o },
  { go: 'Path', json: 'Path', type: STRING, omitempty: o },
  { go: 'Metadata', json: 'Metadata', type: STRING_MAP, omitempty: o },
]);
const STORAGE_SPECS = { kind: 'slice', name: '[]bacalhau.StorageSpec', elem: STORAGE_SPEC } as const;

const LABEL_SELECTOR_REQUIREMENT = struct('bacalhau.LabelSelectorRequirement', [
  { go: 'Key', json: 'Key', type: STRING },
  // k8s.io/apimachinery/pkg/selection.Operator: a plain named string.
  { go: 'Operator', json: 'Operator', type: { kind: 'string', name: 'selection.Operator' } },
  { go: 'Values', json: 'Values', type: STRINGS, omitempty: o },
]);

const SPEC = struct('bacalhau.Spec', [
  { go: 'Engine', json: 'Engine', type: ENGINE, omitempty: o },
  {
    go: 'EngineSpec',
    json: 'EngineSpec',
    omitempty: o,
    // No json tags: the keys are the Go names.
    type: struct('bacalhau.EngineSpec', [
      { go: 'Type', json: 'Type', type: STRING },
      { go: 'Params', json: 'Params', type: ANY_MAP },
    ]),
  },
  { go: 'Publisher', json: 'Publisher', type: PUBLISHER, omitempty: o },
  {
    go: 'PublisherSpec',
    json: 'PublisherSpec',
    omitempty: o,
    type: struct('bacalhau.PublisherSpec', [
      { go: 'Type', json: 'Type', type: PUBLISHER, omitempty: o },
      { go: 'Params', json: 'Params', type: ANY_MAP, omitempty: o },
    ]),
  },
  {
    go: 'Docker',
    json: 'Docker',
    omitempty: o,
    type: struct('bacalhau.JobSpecDocker', [
      { go: 'Image', json: 'Image', type: STRING, omitempty: o },
      { go: 'Entrypoint', json: 'Entrypoint', type: STRINGS, omitempty: o },
      { go: 'Parameters', json: 'Parameters', type: STRINGS, omitempty: o },
      { go: 'EnvironmentVariables', json: 'EnvironmentVariables', type: STRINGS, omitempty: o },
      { go: 'WorkingDirectory', json: 'WorkingDirectory', type: STRING, omitempty: o },
    ]),
  },
  {
    go: 'Wasm',
    json: 'Wasm',
    omitempty: o,
    type: struct('bacalhau.JobSpecWasm', [
      { go: 'EntryModule', json: 'EntryModule', type: STORAGE_SPEC, omitempty: o },
      { go: 'EntryPoint', json: 'EntryPoint', type: STRING, omitempty: o },
      { go: 'Parameters', json: 'Parameters', type: STRINGS, omitempty: o },
      { go: 'EnvironmentVariables', json: 'EnvironmentVariables', type: STRING_MAP, omitempty: o },
      { go: 'ImportModules', json: 'ImportModules', type: STORAGE_SPECS, omitempty: o },
    ]),
  },
  {
    go: 'Resources',
    json: 'Resources',
    omitempty: o,
    type: struct('bacalhau.ResourceUsageConfig', [
      { go: 'CPU', json: 'CPU', type: STRING, omitempty: o },
      { go: 'Memory', json: 'Memory', type: STRING, omitempty: o },
      { go: 'Disk', json: 'Disk', type: STRING, omitempty: o },
      { go: 'GPU', json: 'GPU', type: STRING },
    ]),
  },
  {
    go: 'Network',
    json: 'Network',
    omitempty: o,
    type: struct('bacalhau.NetworkConfig', [
      { go: 'Type', json: 'Type', type: NETWORK },
      { go: 'Domains', json: 'Domains', type: STRINGS, omitempty: o },
    ]),
  },
  { go: 'Timeout', json: 'Timeout', type: INT64, omitempty: o },
  { go: 'Inputs', json: 'Inputs', type: STORAGE_SPECS, omitempty: o },
  { go: 'Outputs', json: 'Outputs', type: STORAGE_SPECS, omitempty: o },
  { go: 'Annotations', json: 'Annotations', type: STRINGS, omitempty: o },
  {
    go: 'NodeSelectors',
    json: 'NodeSelectors',
    omitempty: o,
    type: { kind: 'slice', name: '[]bacalhau.LabelSelectorRequirement', elem: LABEL_SELECTOR_REQUIREMENT },
  },
  { go: 'DoNotTrack', json: 'DoNotTrack', type: BOOL, omitempty: o },
  {
    go: 'Deal',
    json: 'Deal',
    omitempty: o,
    type: struct('bacalhau.Deal', [
      // `type TargetingMode bool`: no UnmarshalText, so it decodes as a bool.
      { go: 'TargetingMode', json: 'TargetingMode', type: { kind: 'bool', name: 'bacalhau.TargetingMode' }, omitempty: o },
      { go: 'Concurrency', json: 'Concurrency', type: INT, omitempty: o },
    ]),
  },
]);

const JOB = struct('bacalhau.Job', [
  { go: 'APIVersion', json: 'APIVersion', type: STRING },
  {
    go: 'Metadata',
    json: 'Metadata',
    omitempty: o,
    type: struct('bacalhau.Metadata', [
      { go: 'ID', json: 'ID', type: STRING, omitempty: o },
      { go: 'CreatedAt', json: 'CreatedAt', type: TIME, omitempty: o },
      { go: 'ClientID', json: 'ClientID', type: STRING, omitempty: o },
      {
        go: 'Requester',
        json: 'Requester',
        omitempty: o,
        type: struct('bacalhau.JobRequester', [
          { go: 'RequesterNodeID', json: 'RequesterNodeID', type: STRING, omitempty: o },
          { go: 'RequesterPublicKey', json: 'RequesterPublicKey', type: PUBLIC_KEY, omitempty: o },
        ]),
      },
    ]),
  },
  { go: 'Spec', json: 'Spec', type: SPEC, omitempty: o },
]);

const MACHINE_SPEC = struct('data.MachineSpec', [
  { go: 'GPU', json: 'gpu', type: INT },
  {
    go: 'GPUs',
    json: 'gpus',
    type: {
      kind: 'slice',
      name: '[]data.GPUSpec',
      elem: struct('data.GPUSpec', [
        { go: 'Name', json: 'name', type: STRING },
        { go: 'Vendor', json: 'vendor', type: STRING },
        { go: 'VRAM', json: 'vram', type: INT },
      ]),
    },
  },
  { go: 'CPU', json: 'cpu', type: INT },
  { go: 'RAM', json: 'ram', type: INT },
  { go: 'Disk', json: 'disk', type: INT },
]);

/** data.Module as of Lilypad v2.23.0. */
export const MODULE_TYPE = struct('data.Module', [
  { go: 'Machine', json: 'machine', type: MACHINE_SPEC },
  { go: 'Job', json: 'job', type: JOB },
  {
    go: 'Author',
    json: 'author',
    type: struct('data.ModuleAuthor', [
      { go: 'Name', json: 'name', type: STRING },
      { go: 'Avatar', json: 'avatar', type: STRING },
      { go: 'Address', json: 'address', type: STRING },
    ]),
  },
  { go: 'Description', json: 'description', type: STRING },
  { go: 'Image', json: 'image', type: STRING },
  {
    go: 'Model',
    json: 'model',
    type: struct('data.ModuleModel', [
      { go: 'Name', json: 'name', type: STRING },
      { go: 'Type', json: 'type', type: STRING },
      { go: 'Size', json: 'size', type: STRING },
    ]),
  },
  {
    go: 'InputFiles',
    json: 'inputFiles',
    type: struct('data.InputFiles', [
      { go: 'Required', json: 'required', type: STRINGS },
      { go: 'Optional', json: 'optional', type: STRINGS },
    ]),
  },
  { go: 'ExecutionTimeoutSeconds', json: 'executionTimeoutSeconds', type: UINT64 },
]);

/** A decoded data.Module: struct fields under their Go names (`module.Job.Spec.Docker.Image`). */
export type Module = GoValue<typeof MODULE_TYPE>;
