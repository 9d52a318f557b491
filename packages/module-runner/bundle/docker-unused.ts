// Stands in for ssh2, @grpc/grpc-js, @grpc/proto-loader and protobufjs in bundles that include
// dockerode (each bundle's tsconfig.json `paths`). dockerode requires them at load time for what we never do:
// ssh:// engines (connectEngine takes unix:// and tcp:// only) and BuildKit sessions (the engine's
// classic builder answers /build). Bundled, they are five sixths of the file, plus a Windows
// binary (ssh2's pageant agent) and .proto assets.
export class Client {
  constructor() {
    throw new Error('this action talks to the Docker engine over unix:// or tcp://; ssh:// is left out of its bundle');
  }
}
