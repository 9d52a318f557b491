// Every byte of a page comes through here. Ledger text is untrusted (a login, a module name, a
// reason can hold anything a PR author or a hand edit put there), so interpolation escapes by
// default: a value reaches the page unescaped only if it is Html made by this tag. Links take
// only http(s) URLs; anything else (javascript:, data:, a relative path smuggled in) is text.

/** Markup that is safe to put in a page as it is: only `html` and `joinHtml` make it. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Interpolated = Html | string | number | null | undefined | false | readonly Interpolated[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

/** Text for element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  // Most values (numbers, logins, dates) have nothing to escape: a test is cheaper than a replace.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string) : text;
}

function interpolate(value: Interpolated): string {
  if (value instanceof Html) return value.text;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(interpolate).join('');
  return escapeHtml(String(value));
}

/** The tag: `html\`<td>${login}</td>\`` escapes `login`; nested `html` values stay markup. */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i += 1) out += interpolate(values[i] as Interpolated) + (strings[i + 1] as string);
  return new Html(out);
}

/** Pieces of markup in a row. */
export function joinHtml(parts: readonly Html[], separator = ''): Html {
  return new Html(parts.map((p) => p.text).join(separator));
}

/**
 * The URL if it is an absolute http(s) URL, else null. Parsed, not matched: `JaVaScRiPt:`,
 * `java\tscript:` and leading spaces are all things a browser would still run.
 */
export function httpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  // A PR's URL is linked from its month, its creator, the search: parse each once.
  let known = checked.get(url);
  if (known === undefined) {
    known = parseHttpUrl(url);
    if (checked.size > 100_000) checked.clear();
    checked.set(url, known);
  }
  return known;
}

const checked = new Map<string, string | null>();

function parseHttpUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick (https://github.com@evil.example/), never a ledger's.
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/** A link to an external http(s) URL; any other URL is shown as text, never as a link. */
export function externalLink(url: string | null | undefined, content: Html | string, attributes: { label?: string } = {}): Html {
  const href = httpUrl(url);
  if (href === null) return html`${content}`;
  // No rel or target: links open in place, and the pages' referrer policy sends no referrer.
  return html`<a href="${href}"${attributes.label ? html` aria-label="${attributes.label}"` : ''}>${content}</a>`;
}
