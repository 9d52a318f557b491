// base64.StdEncoding.DecodeString (Go 1.23 encoding/base64), for bacalhau.PublicKey's
// UnmarshalText: padding required, '\r' and '\n' skipped anywhere, and the exact byte offset in
// "illegal base64 data at input byte N". Go's 8- and 4-byte fast paths decode exactly what
// decodeQuantum would, so only decodeQuantum is ported.
import { MethodError } from './go-type';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(256).fill(0xff);
for (let i = 0; i < 64; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = 0x3d; // '='

const corrupt = (at: number): MethodError => new MethodError(`illegal base64 data at input byte ${at}`);
const isNewline = (b: number): boolean => b === 0x0a || b === 0x0d;

/** The decoded bytes, or throws MethodError with Go's CorruptInputError text. */
export function decodeBase64Std(src: Uint8Array): Uint8Array {
  const out: number[] = [];
  let si = 0;
  const n = src.length;
  while (si < n) {
    // decodeQuantum
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let err: MethodError | undefined;
    for (let j = 0; j < 4; j++) {
      if (si === n) {
        if (j === 0) return Uint8Array.from(out);
        // StdEncoding pads, so a short final quantum is always an error.
        throw corrupt(si - j);
      }
      const b = src[si++]!;
      const v = DECODE[b]!;
      if (v !== 0xff) {
        dbuf[j] = v;
        continue;
      }
      if (isNewline(b)) {
        j--;
        continue;
      }
      if (b !== PAD) throw corrupt(si - 1);
      // Padding: the quantum ends here.
      if (j === 0 || j === 1) throw corrupt(si - 1);
      if (j === 2) {
        while (si < n && isNewline(src[si]!)) si++;
        if (si === n) throw corrupt(n);
        if (src[si] !== PAD) throw corrupt(si - 1);
        si++;
      }
      while (si < n && isNewline(src[si]!)) si++;
      if (si < n) err = corrupt(si); // trailing garbage, reported after the quantum's bytes
      dlen = j;
      break;
    }
    const val = (dbuf[0]! << 18) | (dbuf[1]! << 12) | (dbuf[2]! << 6) | dbuf[3]!;
    const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
    for (let k = 0; k < dlen - 1; k++) out.push(bytes[k]!);
    if (err) throw err;
  }
  return Uint8Array.from(out);
}

/** base64.StdEncoding.EncodeToString. */
export function encodeBase64Std(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
}
