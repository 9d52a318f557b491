// Lilypad-mode templates: module-file skeletons with the idioms real modules use.
import type { Rng } from '../../support/rng';
import { SUBST_FORMATS } from './expr';
import { goQuote, isIdent, type Shape } from './model';
import { genTemplate } from './template';

export const INPUT_NAMES = ['Message', 'Prompt', 'input', 'Seed', 'X', 'my-key', 'Steps'];

export function lilypadTemplate(rng: Rng, inputs: Record<string, string>): string {
  // Sometimes a realistic module skeleton, sometimes a random template over the input map.
  if (rng.chance(0.5)) {
    const root: Shape = {
      k: 'map',
      v: Object.fromEntries(
        INPUT_NAMES.map((n) => [n, n in inputs ? JSON.stringify(inputs[n]) : undefined]).filter(
          ([, v]) => v !== undefined,
        ),
      ),
      elem: 'str',
    };
    return genTemplate(rng, root, 'lilypad', 0.08).text;
  }
  const given = INPUT_NAMES.filter((n) => n in inputs);
  const field = (): string => {
    const n = given.length > 0 && rng.chance(0.8) ? rng.pick(given) : rng.pick(INPUT_NAMES);
    return isIdent(n) ? `.${n}` : `(index . ${goQuote(n)})`;
  };
  const idioms = [
    () => `[{{ ${field()} }}]`,
    () => `{{ if ${field()} }}{{ ${field()} }}{{ else }}"default"{{ end }}`,
    () => `"{{ subst "P=%s" ${field()} }}"`,
    () => `"{{ subst ${goQuote(rng.pick(SUBST_FORMATS))} ${field()} ${rng.chance(0.4) ? field() : ''} }}"`,
    () => `"PROMPT={{ ${field()} | js }}"`,
    () => `"INPUT={{ js ${field()} }}"`,
    () => `{{ html ${field()} }}`,
    () => `{{ printf "%q" ${field()} }}`,
    () => `{{ len ${field()} }}`,
    () => `{{ or ${field()} "\\"dflt\\"" }}`,
    () => `"{{ ${field()} }}"`,
    () => (rng.chance(0.3) ? `{{ subst "%s" "not json" }}` : `{{ subst "%s" "\\"json\\"" }}`),
    () => `{{ index . ${goQuote(rng.pick(INPUT_NAMES))} }}`,
    () => `{{ range $k, $v := . }}{{ $k }}={{ $v }};{{ end }}`,
    () => `{{ . }}`,
    () => `{{ urlquery ${field()} }}`,
  ];
  const parts: string[] = [];
  const n = rng.range(1, 4);
  for (let i = 0; i < n; i++) parts.push(rng.pick(idioms)());
  return `{\n  "job": {"Spec": {"Docker": {"Entrypoint": [${parts.join(', ')}]}}}\n}\n`;
}
