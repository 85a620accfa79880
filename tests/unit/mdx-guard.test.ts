/**
 * The MDX guard over trees from Sätteri, the parser the build itself uses for .mdx files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkFrontmatter, checkMdx, formatProblems, schemeOf, type GuardNode } from '../../src/lib/mdx-guard';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = 'see "Writing content" in the README.';

/** Lines 1-3 are frontmatter, as in a real content file, so the body starts on line 4. */
function check(body: string) {
  return checkMdx(mdxToMdast(`---\ntitle: Example\n---\n${body}`));
}

/** Each case: its name, the body, and the problems as [line, message or a pattern it matches]. */
const cases: [string, string, [number, string | RegExp][]][] = [
  ['plain paragraphs', 'Call us.\n\nWe listen.', []],
  ['headings and lists', '## What to do\n\n- Stop\n- Think\n\n1. Check\n2. Report', []],
  ['emphasis, strong, code and a table', '*Stop*, **think**, `check`.\n\n| a | b |\n| - | - |\n| 1 | 2 |', []],
  ['links to https, paths, mailto: and tel:', '[Police](https://www.norfolk.police.uk/), [help](/get-help/), [email](mailto:a@b.org), [call](tel:101).', []],
  ['a bare web address', 'See www.norfolk.gov.uk or https://www.gov.uk/.', []],
  ['an image from the site', '![A poster](/downloads/fraud-poster.png)', []],
  ['a safe <abbr title> and <br />', 'The <abbr title="Community Safety Partnership">CSP</abbr> meets.<br />Monthly.', []],
  ['a literal brace and a comment', "Write {'{'} or {\"}\"} or {42}.\n\n{/* a note for editors */}", []],
  ['meta refresh', 'Text.\n\n<meta http-equiv="refresh" content="3;url=https://evil.example" />', [
    [6, '<meta> is not allowed in content. Use plain Markdown; see "Writing content" in the README.'],
  ]],
  ['script', '<script>alert(1)</script>', [[4, `<script> is not allowed in content. Use plain Markdown; ${readme}`]]],
  ['style', 'Hi.\n<style>{`body{display:none}`}</style>', [
    [5, `<style> is not allowed in content. Use plain Markdown; ${readme}`],
    [5, /^\{`body\{display:none\}`\} is code and is not allowed in content\./],
  ]],
  ['iframe', '<iframe src="https://evil.example/" />', [[4, `<iframe> is not allowed in content. Use plain Markdown; ${readme}`]]],
  ['object with a data: address', '<object data="data:text/html,x" />', [
    [4, `<object> is not allowed in content. Use plain Markdown; ${readme}`],
    [4, /^The address "data:text\/html,x" in <object data> is not allowed: data: addresses carry hidden content/],
  ]],
  ['form and link', '<form action="/x"><link rel="x" /></form>', [
    [4, `<form> is not allowed in content. Use plain Markdown; ${readme}`],
    [4, `<link> is not allowed in content. Use plain Markdown; ${readme}`],
  ]],
  ['onclick on an allowed element', 'Text\n\nSome <strong onClick="steal()">bold</strong> words.', [
    [6, `The attribute "onClick" on <strong> is not allowed: event handlers run code. Remove it; ${readme}`],
  ]],
  ['another attribute on an allowed element', '<em class="big">Hi</em>', [
    [4, `The attribute "class" on <em> is not allowed. Only <abbr> and <dfn> may have one, a plain title="..."; ${readme}`],
  ]],
  ['an attribute written as code', '<abbr title={process.env.HOME}>X</abbr>', [
    [4, `title={process.env.HOME} on <abbr> is code and is not allowed in content. Write attribute values as plain text in quotes; ${readme}`],
  ]],
  ['<a> with a javascript: address', '<a href="javascript:alert(1)">x</a>', [
    [4, /^<a> is not allowed in content\. Write a link as \[text\]\(https:\/\/\.\.\.\)/],
    [4, /^The address "javascript:alert\(1\)" in <a href> is not allowed: javascript: addresses run code\./],
  ]],
  ['javascript: link in Markdown', 'One.\n\nTwo [click](javascript:alert(1)).', [
    [6, /^The link "javascript:alert\(1\)" is not allowed: javascript: addresses run code\. Link to an https:\/\/ address/],
  ]],
  ['a javascript: link hidden by a reference and an entity', '[click][x]\n\n[x]: &#x6A;ava&#09;script:alert(1)', [
    [6, /^The link "java script:alert\(1\)" is not allowed: javascript: addresses run code\./],
  ]],
  ['vbscript: link', '[x](VBScript:msgbox)', [[4, /^The link "VBScript:msgbox" is not allowed: vbscript: addresses run code\./]]],
  ['data: image', '![pixel](data:image/png;base64,iVBORw0KGgo=)', [
    [4, /^The image "data:image\/png;base64,iVBORw0KGgo=" is not allowed: data: addresses carry hidden content the site has not checked\. Put the image in public\//],
  ]],
  ['another scheme', '[x](file:///etc/passwd)', [[4, /^The link "file:\/\/\/etc\/passwd" is not allowed: only https:\/\/, http:\/\/, mailto:, tel: and sms:/]]],
  ['import', "import Alert from '../../src/components/Alert.astro'\n\nText.", [
    [4, /^"import" is not allowed in content: content cannot load or define code\. Components the site allows are given to content by the site, not imported;/],
  ]],
  ['export', 'Text.\n\nexport const secret = process.env.SECRET', [[6, /^"export" is not allowed in content/]]],
  ['{process.env.SECRET}', 'Key: {process.env.SECRET}', [
    [4, `{process.env.SECRET} is code and is not allowed in content. Only plain text in quotes may sit between braces, such as {'{'} to write a brace; ${readme}`],
  ]],
  ['{1 + 1}', 'Sum: {1 + 1}', [[4, /^\{1 \+ 1\} is code and is not allowed in content\./]]],
  ['an identifier and a call', '{secret}\n\n{fetch("/x")}', [[4, /^\{secret\} is code/], [6, /^\{fetch\("\/x"\)\} is code/]]],
  ['a template literal', 'Hi {`${process.env.USER}`}', [[4, /^\{`\$\{process\.env\.USER\}`\} is code/]]],
  ['strings joined or escaping a comment', `{'a' + 'b'}\n\n{/* x */ secret /* y */}`, [[4, /^\{'a' \+ 'b'\} is code/], [6, /is code/]]],
  ['unknown component', 'Text.\n\n<Foo bar="1" />', [
    [6, `<Foo> is not a component content may use. Content may use no components yet. Use plain Markdown; ${readme}`],
  ]],
  ['member component and fragment', '<x.y />\n\n<>hi</>', [[4, /^<x\.y> is not a component/], [6, /^<>\.\.\.<\/> \(a JSX fragment\) is not allowed/]]],
  ['spread attribute', '<abbr {...props}>X</abbr>', [[4, `{...props} on <abbr> is code and is not allowed in content. Write attribute values as plain text in quotes; ${readme}`]]],
];

describe('checkMdx', () => {
  it.each(cases)('%s', (_name, body, expected) => {
    const problems = check(body);
    expect(problems.map((p) => p.line), JSON.stringify(problems, null, 1)).toEqual(expected.map(([line]) => line));
    problems.forEach((problem, index) => {
      const want = expected[index]?.[1];
      if (typeof want === 'string') expect(problem.message).toBe(want);
      else expect(problem.message).toMatch(want ?? /^$/);
    });
  });

  it('applies the element rules to raw HTML nodes, line by line', () => {
    const html: GuardNode = { type: 'html', value: '<sup>2</sup>\n<SCRIPT src=x.js></SCRIPT>\n<b onmouseover=go()>', position: { start: { line: 7 } } };
    const problems = checkMdx({ type: 'root', children: [html] });
    expect(problems).toEqual([
      { line: 8, message: `<script> is not allowed in content. Use plain Markdown; ${readme}` },
      { line: 9, message: `<b> is not allowed in content. Use plain Markdown; ${readme}` },
      { line: 9, message: `The attribute "onmouseover" on <b> is not allowed: event handlers run code. Remove it; ${readme}` },
    ]);
    expect(checkMdx({ type: 'html', value: '<!-- note -->' })[0]?.message).toMatch(/^Raw HTML \("<!-- note -->"\) is not allowed/);
  });

  it('refuses node types that are not plain Markdown', () => {
    expect(checkMdx({ type: 'root', children: [{ type: 'math', value: 'x', position: { start: { line: 3 } } }] })).toEqual([
      { line: 3, message: `"math" is not plain Markdown and is not allowed in content. Use plain Markdown; ${readme}` },
    ]);
  });

  it('passes every file in content/', () => {
    const files = readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(checkMdx(mdxToMdast(readFileSync(path.join(root, 'content', file), 'utf8'))), file).toEqual([]);
    }
  });
});

describe('schemeOf', () => {
  it('sees the scheme a browser sees', () => {
    expect(schemeOf(' \u0001JaVa\tScr\nipt:alert(1)')).toBe('javascript');
    expect(schemeOf('/services/#hours')).toBeUndefined();
    expect(schemeOf('//example.org/a:b')).toBeUndefined();
  });
});

describe('checkFrontmatter', () => {
  it('refuses a layout, which MDX would import as code, at its line', () => {
    const text = '---\ntitle: T\nlayout: ../../src/evil.astro\n---\nBody';
    expect(checkFrontmatter({ title: 'T', layout: '../../src/evil.astro' }, text)).toEqual([
      { line: 3, message: `The frontmatter field "layout" is not allowed: it loads code into the page. Remove it (the site chooses each page's layout); ${readme}` },
    ]);
    expect(checkFrontmatter({ title: 'T' }, text)).toEqual([]);
  });
});

describe('formatProblems', () => {
  it('writes one line per problem, by line, in the content error format', () => {
    const text = formatProblems('content/news/x.mdx', [
      { line: 9, message: 'B.' },
      { line: 2, message: 'A.' },
    ]);
    expect(text).toBe('content/news/x.mdx, line 2: A.\ncontent/news/x.mdx, line 9: B.');
  });
});
