// What a module's Dockerfile says about where its program writes results. A template that
// collects no Outputs looks the same whether the job's result is its stdout (cowsay) or files
// it writes to /outputs (most models); a Dockerfile that points its program at a results folder
// with an environment variable (`ENV OUTPUT_DIR=/outputs`) tells them apart. Only that counts:
// `RUN mkdir -p /outputs` or `VOLUME /outputs` are common in images whose answer is printed to
// stdout all the same (narbs91/lilypad-ollama-deepseek-r1-1-5b), and the image itself is not
// looked at.
import path from 'node:path';
import { FileReadError, readRegularFile, textProblem } from '@lilypad-actions/config-file';

/** The module's Dockerfile: its path as shown in messages, and its text. */
export interface DockerfileSource {
  file: string;
  text: string;
}

/** An output path and the line that gives it (`Dockerfile:28: ENV OUTPUT_DIR='/outputs'`). */
export interface HandedPath {
  path: string;
  how: string;
}

/** A name made of words one of which says results: OUTPUT_DIR, result-path, SAVE_TO, --outdir. */
export const OUTPUT_NAME = /(?:^|[_-])(?:out|outs|output|outputs|outdir|outputdir|result|results|save|dest|destination|export)(?:[_-]|$)/i;

/** Paths the Dockerfile's ENV lines give its program for results (under /outputs, or named for output). */
export function dockerfileOutputPaths(dockerfile: DockerfileSource): HandedPath[] {
  const out: HandedPath[] = [];
  const lines = dockerfile.text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const how = `${dockerfile.file}:${i + 1}: ${line.length > 80 ? `${line.slice(0, 79)}…` : line}`;
    const env = /^ENV\s+(.*)$/i.exec(line);
    if (env) {
      // `ENV A=/x B=/y` and the legacy `ENV A /x`.
      const pairs = [...env[1]!.matchAll(/([\w.-]+)(?:=|\s+)(["']?)(\/[^\s"']*)\2/g)];
      for (const [, name, , value] of pairs) if (value!.startsWith('/outputs') || OUTPUT_NAME.test(name!)) out.push({ path: value!, how });
      return;
    }
  });
  return out;
}

/**
 * The Dockerfile next to a module's template, if there is a readable one (a regular text file of
 * at most 1 MiB); `shown` names it in messages. Anything else is no Dockerfile: it is a hint here,
 * and building it is build-module's business.
 */
export function readDockerfile(moduleDir: string, shown?: string): DockerfileSource | undefined {
  const file = path.join(moduleDir, 'Dockerfile');
  try {
    const bytes = readRegularFile(file, 1024 * 1024);
    if (textProblem(bytes)) return undefined;
    return { file: shown ?? file, text: bytes.toString('utf8') };
  } catch (e) {
    if (e instanceof FileReadError) return undefined;
    throw e;
  }
}
