// A fixed-seed generator of text/template cases for the differential tests.
//
// Well-formed templates are built from a model of the data they will run on (the generator knows
// the concrete JSON value of dot, of $ and of every variable), so most of them execute without
// error and the comparison exercises output, not just error paths; a controlled share of choices
// is deliberately off (missing keys, mismatched types, bad verbs) to hit Go's error messages.
// Malformed templates come from a list of broken constructs spliced into well-formed ones and
// from cutting or corrupting well-formed ones. Everything is a pure function of the seed.
//
// gen/: rng (PRNG), data (JSON data, nasty strings), model (shapes, context), literals, expr
// (operands, calls, pipelines), template (actions and control structures), malformed, lilypad.
import type { OracleCase } from '../support/oracle';
import { genRootData, genStringMap, NASTY_STRINGS, PLAIN_WORDS } from './gen/data';
import { INPUT_NAMES, lilypadTemplate } from './gen/lilypad';
import { malformed } from './gen/malformed';
import { shapeOf } from './gen/model';
import { Rng } from '../support/rng';
import { genTemplate } from './gen/template';

export { NASTY_STRINGS } from './gen/data';
export { Rng } from '../support/rng';

/** A case plus the family it came from, for the distribution report. */
export interface GeneratedCase extends OracleCase {
  group: 'engine' | 'stringmap' | 'malformed' | 'lilypad' | 'edge';
}

const TEMPLATE_NAMES = ['t', 'main', 'page.tmpl', 'x-y', 'é', 'https://github.com/a/b-lilypad_module.json.tmpl-v1'];
const MISSINGKEY_OPTIONS = ['missingkey=default', 'missingkey=invalid', 'missingkey=zero', 'missingkey=error'];

export interface GenerateOptions {
  seed: number;
  /** Well-formed engine-mode cases over JSON data. */
  engine: number;
  /** Well-formed engine-mode cases over map[string]string data. */
  stringmap: number;
  malformed: number;
  lilypad: number;
}

/** All generated cases, a pure function of the options. */
export function generateCases(opts: GenerateOptions): GeneratedCase[] {
  const rng = new Rng(opts.seed);
  const out: GeneratedCase[] = [];
  const id = (group: string): string => `${group}-${out.length}`;
  const options = (): string[] | undefined => (rng.chance(0.25) ? [rng.pick(MISSINGKEY_OPTIONS)] : undefined);

  for (let i = 0; i < opts.engine; i++) {
    const data = JSON.parse(JSON.stringify(genRootData(rng))) as unknown;
    const { text, defines } = genTemplate(rng, shapeOf(data), 'test', 0.04);
    const c: GeneratedCase = {
      group: 'engine',
      id: id('engine'),
      mode: 'engine',
      name: rng.pick(TEMPLATE_NAMES),
      template: text,
      data,
    };
    const o = options();
    if (o) c.options = o;
    if (defines.length > 0 && rng.chance(0.2)) c.exec = rng.pick(defines);
    else if (rng.chance(0.003)) c.exec = 'nosuch';
    out.push(c);
  }
  for (let i = 0; i < opts.stringmap; i++) {
    const data = genStringMap(rng);
    const { text } = genTemplate(rng, { k: 'map', v: data, elem: 'str' }, 'test', 0.04);
    const c: GeneratedCase = {
      group: 'stringmap',
      id: id('stringmap'),
      mode: 'engine',
      name: rng.pick(TEMPLATE_NAMES),
      template: text,
      data,
      dataKind: 'stringmap',
    };
    const o = options();
    if (o) c.options = o;
    out.push(c);
  }
  for (let i = 0; i < opts.malformed; i++) {
    const data = JSON.parse(JSON.stringify(genRootData(rng))) as unknown;
    const base = genTemplate(rng, shapeOf(data), 'test', 0.04).text;
    out.push({
      group: 'malformed',
      id: id('malformed'),
      mode: 'engine',
      name: rng.pick(TEMPLATE_NAMES),
      template: malformed(rng, base),
      data,
    });
  }
  for (let i = 0; i < opts.lilypad; i++) {
    const inputs: Record<string, string> = {};
    for (const n of INPUT_NAMES)
      if (rng.chance(0.5)) inputs[n] = rng.chance(0.4) ? rng.pick(PLAIN_WORDS) : rng.pick(NASTY_STRINGS);
    out.push({
      group: 'lilypad',
      id: id('lilypad'),
      mode: 'lilypad',
      name: rng.pick(TEMPLATE_NAMES),
      template: lilypadTemplate(rng, inputs),
      inputs,
    });
  }
  return out;
}
