// The job summary of a build, as Markdown. Pure, so it is tested as text.
import type { BuildModuleResult } from '@lilypad-actions/module-runner';
import { markdownCell, markdownCode as code } from '@lilypad-actions/workflow-commands';

const ICON = { error: '❌', warning: '⚠️', ok: '✅' } as const;

/** A short table of what was built and the image check's findings. */
export function formatBuildSummary(result: BuildModuleResult, platform: string): string {
  const rows: [string, string][] = [
    ['image', code(result.image)],
    ['image id', code(result.imageId)],
    ['platform', code(platform)],
    ['build', `${result.build.seconds.toFixed(1)} s`],
  ];
  if (result.push) rows.push(['push', `${result.push.seconds.toFixed(1)} s`], ['digest', code(result.digest ?? '')], ['pin as', code(result.pinned ?? '')]);
  else rows.push(['push', 'not pushed (push: false)']);
  if (result.templateImage) rows.push(["template's Image", code(result.templateImage)]);
  const lines = ['### build-module', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
  for (const f of result.findings) {
    const icon = f.kind === 'ok' ? ICON.ok : ICON[f.severity];
    lines.push(`${icon} ${markdownCell(f.message, 'text')}`, '');
  }
  return lines.join('\n');
}
