// Issue 11's bad inputs and the checks real modules need, each on a module that is otherwise clean:
// the verdict (loads, valid) and exactly the findings each case gives.
import { describe, expect, test } from 'vitest';
import { validateTemplate, type ValidationReport } from '../src/index';
import { cleanModule } from './modules';

const validate = (text: string, extra: Partial<Parameters<typeof validateTemplate>[0]> = {}): ValidationReport => validateTemplate({ file: 'mod/lilypad_module.json.tmpl', text, ...extra });
const rules = (r: ValidationReport): string[] => r.findings.map((f) => `${f.rule}:${f.severity}`);
const CLEAN = cleanModule();

describe('the bad inputs of the issue', () => {
  test('a gpu: 0 module with "vram": 0 has no finding at all (and no hint to add gpus)', () => {
    const r = validate(CLEAN.replace('"gpu": 0', '"gpu": 0, "vram": 0'));
    expect(r.findings).toEqual([]);
    expect(r.valid).toBe(true);
  });

  test('a gpu: 0 module with "vram": 16000: the need is not read, and the message does not send it into machine.gpus', () => {
    const r = validate(CLEAN.replace('"gpu": 0', '"gpu": 0, "vram": 16000'));
    expect(rules(r)).toEqual(['misplaced-key:error']);
    expect(r.findings[0]!.message).toContain('The module asks for no GPU (machine.gpu is 0): remove it, or ask for a GPU with machine.gpu and machine.gpus[].vram.');
    expect(r.findings[0]!.message).not.toContain('so the solver may give');
  });

  test('Verifier alone: valid, one warning', () => {
    const r = validate(CLEAN.replace('"Engine": "Docker",', '"Engine": "Docker",\n      "Verifier": "Noop",'));
    expect(rules(r)).toEqual(['unknown-key:warning']);
    expect(r.valid).toBe(true);
    expect(r.verdict).toEqual({ loads: true, inputSets: 1, inputSetsLoading: 1, errors: 0, warnings: 1 });
  });

  test('Entrypiont: an error naming Entrypoint', () => {
    const r = validate(CLEAN.replace('"Entrypoint"', '"Entrypiont"'));
    expect(rules(r)).toEqual(['key-typo:error']);
    expect(r.findings[0]!.message).toContain('Did you mean `Entrypoint`?');
    expect(r.valid).toBe(false);
    expect(r.verdict.loads).toBe(true);
  });

  test('Volumes: an error', () => {
    const r = validate(CLEAN.replace('"Image"', '"Volumes": ["/data:/data"],\n        "Image"'));
    expect(rules(r)).toEqual(['unsupported-key:error']);
    expect(r.findings[0]!.message).toBe('`Volumes` is not a setting Lilypad has: it is ignored, and no volumes are mounted (only /outputs, and /inputs with inputFiles).');
    expect(r.valid).toBe(false);
  });

  test('an Outputs path /data/output: an error', () => {
    const r = validate(CLEAN.replace('"Path": "/outputs"', '"Path": "/data/output"'));
    expect(rules(r)).toEqual(['outputs-path:error']);
    expect(r.findings[0]!.message).toMatch(/^Outputs\[0\]\.Path is "\/data\/output", and nothing collects \/outputs: /);
    expect(r.valid).toBe(false);
  });

  test('Entrypoint: ["node entrypoint.js"]: an error', () => {
    const r = validate(cleanModule({ entrypoint: '"node entrypoint.js"' }));
    expect(rules(r)).toEqual(['entrypoint-spaces:error']);
    expect(r.findings[0]!.message).toContain('Write ["node","entrypoint.js"].');
    expect(r.valid).toBe(false);
  });

  test('hub.docker.com/user/image:tag: an error', () => {
    const r = validate(CLEAN.replace(`busybox@sha256:${'0'.repeat(64)}`, 'hub.docker.com/user/image:tag'));
    expect(rules(r)).toEqual(['image-host:error']);
    expect(r.findings[0]!.message).toBe('Image "hub.docker.com/user/image:tag" cannot be pulled: hub.docker.com is a web site, not a Docker registry; on Docker Hub the image is "user/image:tag".');
  });

  test('a template with 5,000 inputs finishes within the probe budget, and says so', () => {
    const env = Array.from({ length: 5000 }, (_, i) => `"V${i}={{ js .In${i} }}"`).join(',\n');
    const r = validate(cleanModule({ env }));
    expect(r.inputs).toHaveLength(5000);
    expect(r.verdict.loads).toBe(true);
    expect(r.budget.reached).toBe(true);
    expect(r.budget.characters).toBeLessThanOrEqual(r.budget.maxCharacters);
    expect(r.budget.renders).toBeLessThanOrEqual(r.budget.maxRenders);
    expect(r.budget.inputsNotProbed.length).toBeGreaterThan(4000);
    expect(r.budget.inputsNotProbed.length + new Set(r.findings.filter((f) => f.rule === 'js-in-json' && f.inputs).map((f) => Object.keys(f.inputs!)[0])).size).toBeLessThanOrEqual(5000);
    const note = r.findings.filter((f) => f.rule === 'probe-budget');
    expect(note).toHaveLength(1);
    expect(note[0]!.severity).toBe('info');
    expect(note[0]!.message).toMatch(/^Validation stopped probing inputs after \d+ renders .* \d+ of 5000 inputs were not checked with hostile values or left out: `In\d+`.* and \d+ more\.$/);
  });
});

describe('images', () => {
  test.each([
    ['localhost:5000/acme/model:1', 'localhost is the machine that runs the job'],
    ['192.168.1.10:5000/acme/model:1', 'private network address'],
    ['github.com/acme/model:1', 'github.com is a web site, not a Docker registry'],
  ])('%s cannot be pulled by a provider', (image, message) => {
    const r = validate(CLEAN.replace(`busybox@sha256:${'0'.repeat(64)}`, image));
    expect(rules(r)).toEqual(['image-host:error']);
    expect(r.findings[0]!.message).toContain(message);
  });

  test.each([['docker.io/library/busybox'], ['registry.hub.docker.com/library/busybox'], ['ghcr.io/acme/model'], ['quay.io/acme/model'], ['public.ecr.aws/acme/model']])('%s is a registry', (name) => {
    const r = validate(CLEAN.replace(`busybox@sha256:${'0'.repeat(64)}`, `${name}@sha256:${'0'.repeat(64)}`));
    expect(r.findings).toEqual([]);
  });

  test('an image named only in EngineSpec: image-missing says where it is', () => {
    const r = validate('{"job": {"Spec": {"EngineSpec": {"Type": "docker", "Params": {"Image": "acme/x:1"}}, "Docker": {}, "Timeout": 60}}}');
    expect(r.findings.find((f) => f.rule === 'image-missing')!.message).toBe('job.Spec.Docker.Image is empty: the image "acme/x:1" is named in EngineSpec.Params, which resource providers do not read.');
  });
});

describe('resources', () => {
  test.each([
    ['"CPU": "8 cores"', 'Resources.CPU is "8 cores"'],
    ['"GPU": "all"', 'Resources.GPU is "all"'],
    ['"GPU": "1.0"', 'Resources.GPU is "1.0"'],
    ['"Memory": "lots"', 'Resources.Memory is "lots"'],
    ['"Disk": "20 Gigs"', 'Resources.Disk is "20 Gigs"'],
  ])('%s: the provider refuses the job', (value, message) => {
    const key = value.split('"')[1]!;
    const text = CLEAN.replace(/"Resources": \{[^}]*\}/, `"Resources": { "CPU": "1", "Memory": "100Mb", "GPU": "", ${value} }`.replace(new RegExp(`"${key}": "[^"]*", `), ''));
    const r = validate(text);
    expect(rules(r)).toContain('resources-invalid:error');
    expect(r.findings.find((f) => f.rule === 'resources-invalid')!.message).toContain(message);
  });

  test.each([['"8"'], ['"0.5"'], ['"500m"'], ['" 2 "'], ['"3.000000"']])('CPU %s is read', (cpu) => {
    expect(validate(CLEAN.replace('"CPU": "1"', `"CPU": ${cpu}`)).findings).toEqual([]);
  });

  test.each([['"100Mb"'], ['"16Gb"'], ['"12gb"'], ['"512Mi"'], ['"2 GB"'], ['"24000MB"'], ['"8000000000"']])('Memory %s is read and big enough', (memory) => {
    expect(validate(CLEAN.replace('"Memory": "100Mb"', `"Memory": ${memory}`)).findings).toEqual([]);
  });

  test.each([
    ['"4000"', '4000 bytes (a number without a unit is bytes)'],
    ['"8000"', '8000 bytes (a number without a unit is bytes)'],
    ['"5Mb"', '5000000 bytes:'],
  ])('Memory %s is below Docker\'s 6 MiB', (memory, message) => {
    const r = validate(CLEAN.replace('"Memory": "100Mb"', `"Memory": ${memory}`));
    expect(rules(r)).toEqual(['memory-too-small:error']);
    expect(r.findings[0]!.message).toContain(message);
  });

  test.each([
    ['"gpu": 1', '"GPU": ""', 'the job is matched to a machine with a GPU, but its container is given none'],
    ['"gpu": 1', '"GPU": "0"', 'the job is matched to a machine with a GPU, but its container is given none'],
    ['"gpu": 0', '"GPU": "1"', 'can be matched to a machine with fewer GPUs'],
  ])('%s with %s: gpu-mismatch', (machine, gpu, message) => {
    const r = validate(CLEAN.replace('"gpu": 0', `${machine}, "gpus": [{"vram": 8000}]`).replace('"GPU": ""', gpu));
    expect(rules(r)).toEqual(['gpu-mismatch:error']);
    expect(r.findings[0]!.message).toContain(message);
  });

  test('machine.vram N>0 of a GPU module: misplaced-key, no second GPU finding', () => {
    const r = validate(CLEAN.replace('"gpu": 0', '"gpu": 1, "vram": 24000').replace('"GPU": ""', '"GPU": "1"'));
    expect(rules(r)).toEqual(['misplaced-key:error']);
  });
});

describe('what the provider drops', () => {
  test('Parameters: the entrypoint runs without them', () => {
    const r = validate(CLEAN.replace('"Image"', '"Parameters": ["--steps", "20"],\n        "Image"'));
    expect(rules(r)).toEqual(['parameters-dropped:error']);
    expect(r.findings[0]!.message).toBe('Docker.Parameters is dropped by resource providers: the Entrypoint runs without these arguments.');
  });

  test('Spec.Inputs (and lower-case inputs): the job never gets the data', () => {
    const r = validate(CLEAN.replace('"Timeout": 600', '"inputs": [{ "StorageSource": "IPFS", "CID": "Qm1", "path": "/inputs" }],\n      "Timeout": 600'));
    expect(rules(r).sort()).toEqual(['inputs-dropped:error', 'key-case:warning', 'key-case:warning']);
    expect(r.findings.find((f) => f.rule === 'inputs-dropped')!.message).toBe('Spec.Inputs is dropped by resource providers: the job never receives this data (nothing appears at "/inputs").');
  });

  test('WorkingDirectory, PublisherSpec, Deal.Concurrency 2: warnings; Concurrency 1 and Annotations: nothing', () => {
    const r = validate(
      CLEAN.replace('"Image"', '"WorkingDirectory": "/app",\n        "Image"').replace(
        '"Timeout": 600',
        '"PublisherSpec": { "Type": "ipfs" },\n      "Deal": { "Concurrency": 2 },\n      "Annotations": ["a"],\n      "Timeout": 600',
      ),
    );
    expect(rules(r)).toEqual(['dropped-field:warning', 'dropped-field:warning', 'dropped-field:warning']);
    expect(r.valid).toBe(true);
    expect(validate(CLEAN.replace('"Timeout": 600', '"Deal": { "Concurrency": 1 },\n      "Timeout": 600')).findings).toEqual([]);
  });
});

describe('outputs', () => {
  const noOutputs = CLEAN.replace('"Outputs": [{ "Name": "outputs", "Path": "/outputs" }],\n', '');

  test('no Outputs and nothing says the job writes files (its result is its stdout): no finding', () => {
    expect(validate(noOutputs).findings).toEqual([]);
  });

  test('"/outputs/" with its slash is /outputs: no finding', () => {
    expect(validate(CLEAN.replace('"Path": "/outputs"', '"Path": "/outputs/"')).findings).toEqual([]);
  });

  test.each([
    ['an environment variable under /outputs', '"OUTPUT_DIR=/outputs/"', undefined],
    ['an environment variable named for output', '"RESULT_PATH=/results"', undefined],
    ['an output flag in a shell command', undefined, '"/bin/sh", "-c", "run --result_dir /data/output"'],
    ['an output flag and its path as two words', undefined, '"run", "--output", "/data/out"'],
  ])('no Outputs, but %s: no-outputs', (_, env, entrypoint) => {
    const text = noOutputs.replace('"echo", "hi"', entrypoint ?? '"echo", "hi"').replace('"Image"', env ? `"EnvironmentVariables": [${env}],\n        "Image"` : '"Image"');
    const r = validate(text);
    expect(rules(r)).toEqual(['no-outputs:error']);
  });

  test('no Outputs and a Dockerfile that points the program at /outputs (ENV): no-outputs, quoting the line', () => {
    const dockerfile = { file: 'mod/Dockerfile', text: 'FROM python:3.12\nENV OUTPUT_DIR=/outputs\nRUN mkdir -p /outputs\n' };
    const r = validate(noOutputs, { dockerfile });
    expect(rules(r)).toEqual(['no-outputs:error']);
    expect(r.findings[0]!.message).toContain('(mod/Dockerfile:2: ENV OUTPUT_DIR=/outputs)');
    // mkdir or VOLUME alone are no sign: images that print their answer prepare /outputs too.
    expect(validate(noOutputs, { dockerfile: { file: 'Dockerfile', text: 'FROM x\nRUN mkdir -p /outputs\nVOLUME /outputs\n' } }).findings).toEqual([]);
  });

  test('Outputs elsewhere, and the template hands the program that path: no finding', () => {
    const text = CLEAN.replace('"Path": "/outputs"', '"Path": "/data/output"').replace('"Image"', '"EnvironmentVariables": ["OUTPUT_DIR=/data/output"],\n        "Image"');
    expect(validate(text).findings).toEqual([]);
  });

  test('Outputs /outputs, but the program is told to write elsewhere: outputs-path', () => {
    const text = cleanModule({ entrypoint: '"/bin/sh", "-c", "run --result_dir /data/output"' });
    expect(rules(validate(text))).toEqual(['outputs-path:error']);
  });

  test.each([
    ['{ "Name": "", "Path": "/outputs" }', 'has no Name'],
    ['{ "Name": "outputs", "Path": "outputs" }', 'is not absolute'],
    ['{ "Name": "outputs", "Path": "/outputs" }, { "Name": "outputs", "Path": "/more" }', 'repeats the name "outputs"'],
  ])('Outputs Bacalhau refuses: %s', (outputs, message) => {
    const r = validate(CLEAN.replace('{ "Name": "outputs", "Path": "/outputs" }', outputs));
    expect(r.findings.some((f) => f.rule === 'outputs-path' && f.message.includes(message))).toBe(true);
    expect(r.valid).toBe(false);
  });
});

describe('rule settings', () => {
  const unpinned = CLEAN.replace(`busybox@sha256:${'0'.repeat(64)}`, 'busybox:1.36');

  test('off drops a rule\'s findings; error makes a warning fail; the report lists what was applied', () => {
    expect(rules(validate(unpinned))).toEqual(['image-not-pinned:warning']);
    const off = validate(unpinned, { rules: [{ rule: 'image-not-pinned', setting: 'off', source: '.lilypad/validate.yml:2:3' }] });
    expect(off.findings).toEqual([]);
    expect(off.overrides).toEqual([{ rule: 'image-not-pinned', setting: 'off', source: '.lilypad/validate.yml:2:3' }]);
    const error = validate(unpinned, { rules: [{ rule: 'image-not-pinned', setting: 'error', source: '--rule' }] });
    expect(rules(error)).toEqual(['image-not-pinned:error']);
    expect(error.valid).toBe(false);
  });

  test('the last setting for a rule wins (the CLI\'s and the action\'s come after the file\'s)', () => {
    const r = validate(unpinned, {
      rules: [
        { rule: 'image-not-pinned', setting: 'error', source: '.lilypad/validate.yml:2:3' },
        { rule: 'image-not-pinned', setting: 'off', source: '--rule' },
      ],
    });
    expect(r.findings).toEqual([]);
    expect(r.overrides).toEqual([{ rule: 'image-not-pinned', setting: 'off', source: '--rule' }]);
  });

  test('a graded rule set to warning stays a warning whatever the input', () => {
    const r = validate(cleanModule({ env: '"PROMPT={{ js .prompt }}"' }), { rules: [{ rule: 'js-in-json', setting: 'warning', source: '--rule' }] });
    expect(rules(r)).toEqual(['js-in-json:warning']);
    expect(r.valid).toBe(true);
  });

  test('the rules that decide loading cannot be set, and an unknown rule is refused with a suggestion', () => {
    expect(() => validate(CLEAN, { rules: [{ rule: 'json-syntax', setting: 'off', source: '--rule' }] })).toThrow('--rule: rule json-syntax cannot be changed: it reports why Lilypad does not load the module');
    expect(() => validate(CLEAN, { rules: [{ rule: 'image-not-pined', setting: 'off', source: '--rule' }] })).toThrow('unknown rule "image-not-pined"; did you mean image-not-pinned?');
  });
});
