// Malformed templates: broken constructs spliced in, cut-off and corrupted well-formed templates.
import type { Rng } from '../../support/rng';

const BROKEN_SNIPPETS = [
  '{{',
  '{{.a',
  '{{ .a }',
  '{{end}}',
  '{{else}}',
  '{{if}}',
  '{{if .a}}',
  '{{range .a}}',
  '{{with}}',
  '{{if .a}}x{{else}}y{{else}}z{{end}}',
  '{{nosuch}}',
  '{{nosuch .a}}',
  '{{$undefined}}',
  '{{$x = 1}}',
  '{{1 2}}',
  '{{"a" "b"}}',
  '{{"unterminated}}',
  '{{`raw}}',
  "{{'ab'}}",
  "{{'}}",
  '{{/* unclosed',
  '{{/* c */ .a}}',
  '{{ /* c */ }}',
  '{{break}}',
  '{{continue}}',
  '{{0x}}',
  '{{1e}}',
  '{{0b2}}',
  '{{1__0}}',
  '{{09}}',
  '{{1e400}}',
  '{{.a.}}',
  '{{(}}',
  '{{)}}',
  '{{(.a}}',
  '{{.a)}}',
  '{{|}}',
  '{{.a |}}',
  '{{| len}}',
  '{{$x := }}',
  '{{$x := 1 2}}',
  '{{define}}',
  '{{define "a"}}',
  '{{template}}',
  '{{template .a}}',
  '{{template "a" 1 2}}',
  '{{block "b"}}',
  '{{printf}}',
  '{{len}}',
  '{{index}}',
  '{{.a.b.c!}}',
  '{{#}}',
  '{{"a".x}}',
  '{{1.x}}',
  '{{nil}}',
  '{{true.x}}',
  '{{$.}}',
  '{{..}}',
  '{{. .}}',
  '{{range $a, $b, $c := .}}{{end}}',
  '{{range $a, $b = .}}{{end}}',
  '{{with $x := 1}}{{end}}{{$x}}',
  '{{if 1}}{{define "x"}}{{end}}{{end}}',
  '{{define "d"}}a{{end}}{{define "d"}}b{{end}}',
  '{{- -}}',
  '{{-}}',
  '{{ - }}',
  '{{.a -}}x',
  '{{ .a-}}',
  '{{end',
  '{{if .a}}{{end',
  '{{range}}{{end}}',
  '{{else if}}',
  '{{if .a}}{{else if}}{{end}}',
  '{{ $ := 1 }}',
  '{{ and }}',
  '{{ .a | 3 }}',
  '{{ "x" | nosuch }}',
  '{{ 1i | len }}',
  '{{ :=  }}',
  '{{ $x :=  := 1 }}',
  '{{ @ }}',
  '{{ \x00 }}',
  '{{"\\q"}}',
  '{{"\\u12"}}',
  '{{ 1_ }}',
  '{{ 0x_ }}',
  '{{ .a..b }}',
  '{{ $x.  }}',
  '{{ ( ) }}',
  '{{ call }}',
  '{{ end }}{{ end }}',
  '{{/**/ x}}',
  '{{ break 1 }}',
  "{{ '\\400' }}",
  '{{ 1 | printf }}',
  '{{ "\n" }}',
  '{{ `a`b` }}',
  '{{ .a.(b) }}',
  '{{ $.a.$b }}',
  '{{ if .a }}{{ break }}{{ end }}',
];

export function malformed(rng: Rng, base: string): string {
  switch (
    rng.weighted<string>([
      [4, 'splice'],
      [3, 'cut'],
      [2, 'mutate'],
      [1, 'bare'],
    ])
  ) {
    case 'splice': {
      const at = rng.int(base.length + 1);
      // Splice between characters of the base; at an action boundary this keeps the base valid.
      const safeAt = base.lastIndexOf('}}', at) >= 0 ? base.lastIndexOf('}}', at) + 2 : 0;
      return base.slice(0, safeAt) + rng.pick(BROKEN_SNIPPETS) + base.slice(safeAt);
    }
    case 'cut': {
      const opens = [...base.matchAll(/\{\{/g)].map((m) => m.index);
      if (opens.length === 0) return base + rng.pick(BROKEN_SNIPPETS);
      // Cut inside an action, so the result is unclosed.
      const o = rng.pick(opens);
      return base.slice(0, o + 2 + rng.int(8));
    }
    case 'mutate': {
      const chars = ['}', '{', '(', ')', '"', '|', '$', '.', ':=', '`', "'", '/*', ' ', 'end'];
      const acts = [...base.matchAll(/\{\{[^}]*\}\}/g)];
      if (acts.length === 0) return base + rng.pick(BROKEN_SNIPPETS);
      const m = rng.pick(acts);
      const inner = m.index + 2 + rng.int(Math.max(1, m[0].length - 4));
      return base.slice(0, inner) + rng.pick(chars) + base.slice(inner);
    }
    default:
      return rng.pick(BROKEN_SNIPPETS) + (rng.chance(0.3) ? rng.pick(BROKEN_SNIPPETS) : '');
  }
}
