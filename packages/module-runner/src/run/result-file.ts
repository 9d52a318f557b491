// The `stdout` and `stderr` files of a case's results, as a provider's Bacalhau writes them beside
// the outputs (pkg/executor/results.go WriteJobResults): the stream's first bytes up to a cap of
// 1 GB each (datasize.GB, pkg/system/utils.go), the rest dropped. Written synchronously, chunk by
// chunk, so a module writing faster than the disk slows its own stream down instead of growing the
// action's memory.

import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';

/** Bacalhau's MaxStdoutFileLength and MaxStderrFileLength: 1 GB as c2h5oh/datasize counts it (2³⁰). */
export const PROVIDER_LOG_FILE_BYTES = 1024 ** 3;

export class ResultFile {
  private fd: number | null;
  /** Bytes the stream carried, kept or not. */
  total = 0;
  written = 0;

  constructor(
    readonly file: string,
    private readonly capBytes = PROVIDER_LOG_FILE_BYTES,
  ) {
    this.fd = openSync(file, 'wx', 0o644);
  }

  append(chunk: Buffer): void {
    this.total += chunk.length;
    const room = this.capBytes - this.written;
    if (this.fd !== null && room > 0) {
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      try {
        let offset = 0;
        while (offset < part.length) offset += writeSync(this.fd, part, offset);
        this.written += part.length;
      } catch {
        // A full runner disk must not end the run: the file stops here, the report's copy goes on.
        this.closeFile();
      }
    }
  }

  /** Closes the file (also when the stream never ended, e.g. a dead engine). */
  closeFile(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * The `exitCode` file: the code as text, cut to 4 bytes, as WriteJobResults writes it (so -1 and
 * 137 fit, and nothing longer is ever there).
 */
export function writeExitCodeFile(file: string, exitCode: number): void {
  writeFileSync(file, String(exitCode).slice(0, 4), { flag: 'wx', mode: 0o644 });
}
