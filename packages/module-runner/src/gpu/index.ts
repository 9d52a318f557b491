// The runner's GPUs on their own, without the Docker client: nvidia-smi's outputs parsed, the
// preflight's decision, the sampler. `@lilypad-actions/module-runner/gpu` for what needs only
// these (test/gpu/host-check.ts, bundled small enough to copy onto a bare GPU host).
export { NvidiaSmiError, parseNvidiaSmiCsv, parseNvidiaSmiList, parseNvidiaSmiTable, parseNvidiaSmiXml, type GpuInfo, type NvidiaSmiFailure } from './nvidia-smi';
export { decideGpu, type GpuDecision, type GpuPreflightInput } from './preflight';
export { readRunnerGpus, sampleGpus, summarizeSamples, SAMPLE_FIELDS, type GpuSampler } from './runner-gpus';
