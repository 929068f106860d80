// Unit tests for Markdown rendering: XSS attempts are stripped, links get rel="nofollow ugc noopener", and excerpts.
import { strict as assert } from 'node:assert';
import { excerpt, markdownToText, renderMarkdown } from '../../server/content/markdown.js';

describe('markdown', () => {
  const attacks: Array<[string, string]> = [
    ['script tag', 'Hi <script>alert(1)</script> there'],
    ['script in upper case', '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>'],
    ['javascript: link', '[click](javascript:alert(1))'],
    ['obfuscated javascript: link', '[click](JaVaScRiPt:alert(1))'],
    ['entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['on* attribute', '<p onclick="alert(1)">hi</p><div onmouseover="alert(1)">x</div>'],
    ['img onerror', '<img src="x" onerror="alert(1)">'],
    ['data: URL image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['data: URL link', '[x](data:text/html,<script>alert(1)</script>)'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['svg onload', '<svg onload="alert(1)"><circle /></svg>'],
    ['style tag', '<style>body{background:url("javascript:alert(1)")}</style>'],
    ['nested HTML', '<div><p><a href="javascript:alert(1)"><img src=x onerror=alert(1)></a></p><scr<script>ipt>alert(1)</script></div>'],
    ['form and input', '<form action="https://evil.example"><input name="pw"></form>'],
    ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ];
  for (const [name, markdown] of attacks) {
    it(`strips ${name}`, () => {
      const html = renderMarkdown(markdown);
      assert.doesNotMatch(html, /<script|<iframe|<svg|<style|<form|<input|javascript:|data:|\son\w+=|style=/i, html);
    });
  }

  it('keeps ordinary Markdown and marks links rel="nofollow ugc noopener"', () => {
    const html = renderMarkdown('# Title\n\n**bold** and *em*, [link](https://example.org "t"), `code`\n\n- one\n- two');
    assert.match(html, /<h2>Title<\/h2>/);
    assert.match(html, /<strong>bold<\/strong> and <em>em<\/em>/);
    assert.match(html, /<a href="https:\/\/example.org" title="t" rel="nofollow ugc noopener">link<\/a>/);
    assert.match(html, /<ul>\n<li>one<\/li>/);
  });

  it('overrides a rel the author wrote', () => {
    assert.match(renderMarkdown('<a href="https://example.org" rel="opener">x</a>'), /rel="nofollow ugc noopener"/);
  });

  it('makes plain-text excerpts cut at a word boundary', () => {
    assert.equal(markdownToText('**Hello** <b>world</b> &amp; more'), 'Hello world & more');
    const long = excerpt('word '.repeat(100), 50);
    assert.ok(long.length <= 51 && long.endsWith('…'));
    assert.equal(excerpt('Short one.'), 'Short one.');
  });
});
