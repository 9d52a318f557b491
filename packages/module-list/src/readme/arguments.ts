// The README's Arguments column: `-i Key="value"` pairs, as a user types them into a shell after
// `lilypad run`. Written from an entry's first example input set, read back by the migration.

/** `-i Message="hello" -i Steps="50"`, double-quoted for a POSIX shell. */
export function formatArguments(set: Readonly<Record<string, string | number | boolean>> | undefined): string {
  if (!set) return '';
  return Object.entries(set)
    .map(([key, value]) => `-i ${key}="${String(value).replace(/[\\"$`]/g, (c) => `\\${c}`)}"`)
    .join(' ');
}

/** The pairs of an Arguments cell; null when it is not a list of `-i K=V`. */
export function parseArguments(text: string): Record<string, string> | null {
  const words = shellWords(text);
  if (!words) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < words.length; i += 2) {
    const flag = words[i];
    const pair = words[i + 1];
    if ((flag !== '-i' && flag !== '--input') || pair === undefined) return null;
    const eq = pair.indexOf('=');
    if (eq <= 0) return null;
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** POSIX shell words: whitespace-separated, with '…', "…" (\ escapes \ " $ `) and \x outside quotes. */
function shellWords(text: string): string[] | null {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return null;
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      word ??= '';
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j += 1) {
        if (text[j] === '\\' && '\\"$`'.includes(text[j + 1] ?? '')) j += 1;
        word += text[j];
      }
      if (j >= text.length) return null;
      i = j;
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[i + 1];
      i += 1;
    } else word = (word ?? '') + c;
  }
  if (word !== null) words.push(word);
  return words;
}
