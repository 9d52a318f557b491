// Escaping and links: ledger text never becomes markup, and only http(s) URLs become links.
import { describe, expect, test } from 'vitest';
import { escapeHtml, externalLink, html, httpUrl, joinHtml } from '../src/html';

describe('the html tag', () => {
  test('escapes every interpolated string, in text and in attributes', () => {
    const name = `<img src=x onerror="alert('x')">&amp;`;
    expect(html`<td title="${name}">${name}</td>`.text).toBe(
      '<td title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;</td>',
    );
  });

  test('keeps nested markup, joins arrays, drops null, undefined and false', () => {
    const cells = ['a<b', 'c'].map((t) => html`<td>${t}</td>`);
    expect(html`<tr>${cells}${null}${undefined}${false}${0}</tr>`.text).toBe('<tr><td>a&lt;b</td><td>c</td>0</tr>');
    expect(joinHtml(cells, ', ').text).toBe('<td>a&lt;b</td>, <td>c</td>');
  });

  test('a string that looks like markup is still a string', () => {
    expect(html`${'<b>bold</b>'}`.text).toBe('&lt;b&gt;bold&lt;/b&gt;');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});

describe('links', () => {
  test.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['//evil.example/x'],
    ['/relative/path'],
    ['creators/alice.html'],
    ['https://github.com@evil.example/'],
    ['https://user:pass@github.com/'],
    [''],
    ['not a url'],
  ])('%j is not a link', (url) => {
    expect(httpUrl(url)).toBeNull();
    const out = externalLink(url, 'PR').text;
    expect(out).not.toContain('<a');
    expect(out).toBe('PR');
  });

  test('http and https URLs are links, normalised by the URL parser', () => {
    expect(externalLink('https://github.com/Lilypad-Tech/awesome-lilypad/pull/44', '#44').text).toBe('<a href="https://github.com/Lilypad-Tech/awesome-lilypad/pull/44">#44</a>');
    expect(httpUrl('HTTP://Example.COM/a b')).toBe('http://example.com/a%20b');
    expect(externalLink('https://example.com/?q="><script>', 'x').text).toBe('<a href="https://example.com/?q=%22%3E%3Cscript%3E">x</a>');
  });
});
