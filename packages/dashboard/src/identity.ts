// Who a ledger login is on the site: one creator per login, case-insensitively (GitHub's logins
// are: `Alice` in March and `alice` in April are the same account), a file name that is safe on
// every file system and in every URL, and GitHub links only for strings that can be logins.
//
// The ledger records logins, not account ids, so a real rename (alice → alice-lab) cannot be seen
// in it: the two logins are two creators, each with the months credited to that name.

import { createHash } from 'node:crypto';

/** GitHub's login grammar: letters, digits and single inner hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** True when `text` can be a GitHub login (so a profile link and an avatar make sense). */
export function isGitHubLogin(text: string): boolean {
  return LOGIN.test(text);
}

/** The key that makes two spellings of a login one creator. */
export function creatorKey(login: string): string {
  return login.toLowerCase();
}

/**
 * The creator page's file name, without extension. A real login is its own lowercase self
 * (readable URLs; logins cannot start with `_`); anything else — `weird[bot]`, `../x`, text with
 * spaces or markup — is `_` and a hash of its key, so no two creators share a page and no name
 * can leave the creators/ folder.
 */
export function creatorSlug(login: string): string {
  const key = creatorKey(login);
  return isGitHubLogin(login) ? key : `_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** Where GitHub shows this login, or null when it cannot be a login. */
export function profileUrl(serverUrl: string, login: string): string | null {
  return isGitHubLogin(login) ? `${serverUrl.replace(/\/+$/, '')}/${login}` : null;
}

/** GitHub's avatar for a login (`/<login>.png`, which redirects to the image), or null. */
export function avatarUrl(serverUrl: string, login: string, size: number): string | null {
  return isGitHubLogin(login) ? `${serverUrl.replace(/\/+$/, '')}/${login}.png?size=${size}` : null;
}
