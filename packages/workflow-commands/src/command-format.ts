// Workflow commands we write on purpose (`::error file=…,line=…::message`), escaped the way GitHub's
// runner unescapes them (ActionCommand.cs in actions/runner: UnescapeData, UnescapeProperty), which
// is also what actions/toolkit's @actions/core writes. A message or property can then carry any
// text, a newline included, without ending the command or starting another one.

/** A command's message (actions/toolkit's escapeData): `%`, CR and LF as %25, %0D, %0A. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: also `:` and `,`, which would end it (actions/toolkit's escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One command line (no newline): `::name key=value,…::message`, properties in the order given, undefined ones left out. */
export function formatCommand(name: string, properties: ReadonlyArray<readonly [string, string | number | undefined]>, message: string): string {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) throw new Error(`not a workflow command name: ${JSON.stringify(name)}`);
  const list = properties
    .filter((p): p is readonly [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}
