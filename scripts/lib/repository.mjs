// @ts-check
// Names this repository is known by on GitHub, in one place: the workflows' own `uses:` lines,
// the release script, the generated docs and the tests all read them from here.

/** The monorepo, as `owner/name`: reusable workflows are called as `<this>/.github/workflows/<file>@<ref>`. */
export const MONOREPO = 'Lilypad-Tech/lilypad-actions';

/**
 * Where each action is published on release, as `owner/name` with `{action}` for the action's
 * folder name: module repositories write `uses: lilypad/validate-module@v1` (GitHub resolves
 * `owner/repo@ref` to the root action.yml of a repository of its own).
 */
export const PUBLISHED_ACTION = 'lilypad/{action}';

/**
 * `owner/name` of the repository an action is published to.
 * @param {string} action
 * @param {string} [template]
 */
export function publishedActionRepo(action, template = PUBLISHED_ACTION) {
  return template.replaceAll('{action}', action);
}
