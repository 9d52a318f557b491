// An entry file read as YAML with its positions kept, refusing what a list of small hand-written
// files never needs and an attacker would love: anchors and aliases (a few lines of aliases expand
// into gigabytes: the "billion laughs"), duplicate keys (which value counts?), more than one
// document, and files far larger than any entry. Every refusal is a finding at its line and column.

import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ListFinding } from '../findings';

/** A real entry is well under 4 KiB; a test plan with many cases stays under this. */
export const MAX_ENTRY_BYTES = 64 * 1024;

export interface EntryDocument {
  value: unknown;
  doc: Document;
  lines: LineCounter;
}

/** `file`'s text as a YAML document, or the findings that stop it from being one. */
export function readEntryDocument(file: string, text: string): { document: EntryDocument | null; findings: ListFinding[] } {
  const bytes = Buffer.byteLength(text, 'utf8');
  const finding = (rule: string, message: string, hint: string, line?: number, column?: number): ListFinding => ({
    rule,
    severity: 'error',
    audience: 'creator',
    file,
    ...(line !== undefined ? { line, column: column ?? 1 } : {}),
    message,
    hint,
  });
  if (bytes > MAX_ENTRY_BYTES) return { document: null, findings: [oversizedEntry(file, bytes)] };
  if (text.includes('\0')) {
    return { document: null, findings: [finding('entry-syntax', 'The entry is not text (it holds a NUL byte).', 'Write the entry as UTF-8 YAML.', 1, 1)] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, strict: true });
  const findings: ListFinding[] = [];
  for (const e of doc.errors) {
    const at = e.linePos?.[0];
    const first = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const duplicate = e.code === 'DUPLICATE_KEY';
    findings.push(
      finding(
        duplicate ? 'entry-duplicate-key' : 'entry-syntax',
        duplicate ? `A key is given twice in this mapping (${first}).` : `Not valid YAML: ${first}.`,
        duplicate ? 'Give each key once: with two, readers disagree about which one counts.' : 'Check the indentation and quoting at this place (a YAML linter or the editor schema helps).',
        at?.line,
        at?.col,
      ),
    );
  }
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      const at = lines.linePos(node.range?.[0] ?? 0);
      findings.push(finding('entry-alias', `An alias (*${node.source}) is not allowed in an entry.`, 'Write the value out in full: anchors and aliases can expand a small file into a huge one, so the list refuses them.', at.line, at.col));
    } else if (isNode(node) && node.anchor) {
      const at = lines.linePos(node.range?.[0] ?? 0);
      findings.push(finding('entry-alias', `An anchor (&${node.anchor}) is not allowed in an entry.`, 'Remove the anchor and write every value out in full.', at.line, at.col));
    }
  });
  if (findings.length > 0) return { document: null, findings: dedupe(findings) };
  // Nothing can expand now (no aliases), so toJS is as big as the text.
  return { document: { value: doc.toJS(), doc, lines }, findings: [] };
}

/** The finding for an entry of `bytes` bytes, over MAX_ENTRY_BYTES (read no further). */
export function oversizedEntry(file: string, bytes: number): ListFinding {
  return {
    rule: 'entry-too-large',
    severity: 'error',
    audience: 'creator',
    file,
    line: 1,
    column: 1,
    message: `The entry is ${bytes.toLocaleString('en-US')} bytes; an entry may be at most ${MAX_ENTRY_BYTES / 1024} KiB.`,
    hint: 'An entry describes a module in a few lines; keep large test data in the module repository.',
  };
}

function dedupe(findings: ListFinding[]): ListFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}:${f.line}:${f.column}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
