// The files a module with `inputFiles` receives at /inputs, checked with the rules Lilypad's job
// creator and resource provider apply (ValidateInputFiles, docs/lilypad-module-format.md §4.4),
// with Lilypad's own messages, so a case that passes here is not rejected on the network.

import { lstatSync, openSync, readSync, closeSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** SERVER_MAX_FILE_INPUTS_SIZE_MB's default: the solver refuses larger requests. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
const SNIFF_BYTES = 4096;

export interface InputFilesSpec {
  required: string[];
  optional: string[];
}

/** Lilypad's complaints about a directory of input files (empty when it would be accepted). */
export function checkInputFiles(dir: string, spec: InputFilesSpec): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const name of [...spec.required, ...spec.optional]) {
    if (listed.has(name)) problems.push(`duplicate file ${name} in input files definition`);
    listed.add(name);
  }
  let total = 0;
  const present = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      problems.push(`subdirectory ${entry.name} found, but subdirectories are not allowed in inputs directory`);
      continue;
    }
    if (!listed.has(entry.name)) {
      problems.push(`file ${entry.name} found but not listed in required or optional files`);
      continue;
    }
    const stat = lstatSync(full);
    if (!stat.isFile()) {
      problems.push(`file ${full} is not a regular file (links and devices are not sent)`);
      continue;
    }
    present.add(entry.name);
    total += stat.size;
    const danger = dangerousContent(sniff(full));
    if (danger) problems.push(danger.startsWith('contains') ? `file ${full} ${danger}` : `file ${full} has potentially dangerous type: ${danger}`);
  }
  for (const name of spec.required) {
    if (!present.has(name)) problems.push(`required file ${name} not found in inputs directory`);
  }
  if (total > MAX_INPUT_BYTES) {
    problems.push(`input files total ${total} bytes, over the solver's ${MAX_INPUT_BYTES}-byte limit (SERVER_MAX_FILE_INPUTS_SIZE_MB)`);
  }
  return problems;
}

function sniff(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** The MIME type of an executable, library, JAR or Flash file, "contains script content", or null. */
export function dangerousContent(head: Buffer): string | null {
  const starts = (magic: number[]) => magic.every((b, i) => head[i] === b);
  if (starts([0x7f, 0x45, 0x4c, 0x46])) return 'application/x-elf';
  if (starts([0x4d, 0x5a])) return 'application/vnd.microsoft.portable-executable';
  if (starts([0xcf, 0xfa, 0xed, 0xfe]) || starts([0xce, 0xfa, 0xed, 0xfe]) || starts([0xfe, 0xed, 0xfa, 0xcf])) return 'application/x-mach-binary';
  if (starts([0xca, 0xfe, 0xba, 0xbe])) return 'application/x-java-applet';
  if (starts([0x50, 0x4b, 0x03, 0x04]) && head.includes('META-INF/')) return 'application/jar';
  if (['FWS', 'CWS', 'ZWS'].includes(head.subarray(0, 3).toString('latin1'))) return 'application/x-shockwave-flash';
  if (head.includes(0)) return null; // binary data that is none of the above
  const lines = head.toString('utf8').split('\n').slice(0, 10);
  if (lines.some((l) => /^\s*(#!|<script|<\?php)/i.test(l))) return 'contains script content';
  return null;
}
