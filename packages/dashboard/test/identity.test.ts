// Creators on the site: one per login ignoring case, safe page names, GitHub links only for logins.
import { describe, expect, test } from 'vitest';
import { avatarUrl, creatorKey, creatorSlug, isGitHubLogin, profileUrl } from '../src/identity';

describe('creator identity', () => {
  test('GitHub logins ignore case: one key, one page', () => {
    expect(creatorKey('Dragonfly')).toBe(creatorKey('dragonfly'));
    expect(creatorSlug('Dragonfly')).toBe('dragonfly');
  });

  test.each(['dependabot[bot]', '../../etc/passwd', '<img src=x onerror=alert(1)>', 'a b', 'Ünïcødé', '-leading', 'trailing-', 'double--hyphen', 'x'.repeat(40), '', '.', '..', 'CON', 'a/b'])(
    '%j gets a page name that stays in creators/ and no GitHub link unless it is a login',
    (login) => {
      const slug = creatorSlug(login);
      expect(slug).toMatch(/^[a-z0-9_-]+$/);
      if (isGitHubLogin(login)) {
        expect(slug).toBe(login.toLowerCase());
      } else {
        expect(slug).toMatch(/^_[0-9a-f]{16}$/);
        expect(profileUrl('https://github.com', login)).toBeNull();
        expect(avatarUrl('https://github.com', login, 48)).toBeNull();
      }
    },
  );

  test('real logins: profile and avatar on the configured server', () => {
    expect(isGitHubLogin('CON')).toBe(true);
    expect(profileUrl('https://ghe.example.com/', 'moss-lab')).toBe('https://ghe.example.com/moss-lab');
    expect(avatarUrl('https://github.com', 'moss-lab', 48)).toBe('https://github.com/moss-lab.png?size=48');
  });

  test('different strings never share a page', () => {
    const logins = ['a b', 'a  b', 'A B', '<b>', '&lt;b&gt;', 'x/y', 'x\\y', 'dependabot[bot]', 'dependabot'];
    const slugs = new Map(logins.map((l) => [creatorKey(l), creatorSlug(l)]));
    expect(new Set(slugs.values()).size).toBe(slugs.size);
  });
});
