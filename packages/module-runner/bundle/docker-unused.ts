// Stands in for ssh2, @grpc/grpc-js, @grpc/proto-loader, protobufjs and tar-fs in bundles that
// include dockerode (each bundle's tsconfig.json `paths`). dockerode requires them at load time for
// what we never do: ssh:// engines (connectEngine takes unix:// and tcp://, with or without TLS), BuildKit sessions
// (the engine's classic builder answers /build), and build contexts it packs itself (we send our
// own: image/context.ts). Bundled, they were five sixths of the file, plus a Windows binary
// (ssh2's pageant agent) and .proto assets; tar-fs and its streams cost start-up time
// (BENCHMARKS.md, "Docker: build and run"). debug-unused.cjs stands in for docker-modem's `debug`.
export class Client {
  constructor() {
    throw new Error('this action talks to the Docker engine over unix:// or tcp://; ssh:// is left out of its bundle');
  }
}

export function pack(): never {
  throw new Error('this action sends the build context it packs itself; tar-fs is left out of its bundle');
}
