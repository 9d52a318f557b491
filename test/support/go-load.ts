// What Lilypad v2.23.0 makes of a template with an input set, decided by Go itself: the oracle
// renders it as LoadModule does (lilypad mode), then json.Unmarshals Go's own output bytes into
// data.Module (decode mode). Shared by the load-verdict tests on the corpus and the calibration set.
import { encodeGoString } from '@lilypad-actions/gotemplate';
import type { LoadVerdict } from '@lilypad-actions/module-spec';
import { runOracle, type DecodeOracleCase, type OracleCase, type OracleResult } from './oracle';

export type Outcome = LoadVerdict['outcome'];

export interface GoVerdict {
  outcome: Outcome | 'other';
  /** The error as Lilypad words it (render errors), or json.Unmarshal's err.Error(), as bytes. */
  error?: Uint8Array;
  detail?: string;
}

/** Go's render, then Go's decode of the bytes Go rendered, for every case (one oracle process each). */
export async function goVerdicts(cases: readonly OracleCase[]): Promise<GoVerdict[]> {
  const renders = await runOracle(cases);
  const decodeCases: DecodeOracleCase[] = [];
  renders.forEach((r, i) => {
    if (r.parseError === undefined && r.execError === undefined && r.panic === undefined && !r.timeout && !r.truncated) {
      decodeCases.push({ id: String(i), mode: 'decode', jsonBase64: r.output });
    }
  });
  const decodes = new Map<number, OracleResult>();
  for (const d of await runOracle(decodeCases)) decodes.set(Number(d.id), d);
  return renders.map((r, i): GoVerdict => {
    const exact = (msg: string): Uint8Array => (r.errorBase64 !== undefined ? Buffer.from(r.errorBase64, 'base64') : Buffer.from(msg, 'utf8'));
    if (r.parseError !== undefined) return { outcome: 'parse-error', error: exact(r.parseError) };
    if (r.execError !== undefined) return { outcome: 'exec-error', error: exact(r.execError) };
    const d = decodes.get(i);
    if (!d) return { outcome: 'other', detail: r.panic ?? (r.timeout ? 'timeout' : 'truncated') };
    if (d.panic !== undefined) return { outcome: 'other', detail: `decode panic: ${d.panic}` };
    if (d.ok) return { outcome: 'ok' };
    return { outcome: 'json-error', error: d.errorBase64 !== undefined ? Buffer.from(d.errorBase64, 'base64') : Buffer.from(d.error ?? '', 'utf8') };
  });
}

/** Does the validator's error text carry Go's (render errors: Go's message inside Lilypad's wrapper)? */
export function sameError(go: GoVerdict, ts: LoadVerdict): boolean {
  if (go.error === undefined) return ts.error === undefined;
  const tsBytes = Buffer.from(encodeGoString(ts.error ?? ''));
  if (go.outcome === 'json-error') return tsBytes.equals(Buffer.concat([Buffer.from('error unmarshalling resulting JSON: '), go.error]));
  return tsBytes.includes(Buffer.from(go.error));
}
