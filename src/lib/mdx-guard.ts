/**
 * What the body of a content file may contain. MDX is a programming language: an element such as
 * <meta http-equiv="refresh">, a `{process.env.X}` expression or an `import` in a body acts in
 * readers' browsers or at build time. Editors write text, so only plain Markdown and a few inline
 * elements pass; everything else is reported with its line so the build can stop and say where.
 *
 * The checks read any mdast tree with the MDX node types (Astro's Sätteri parser, or remark with
 * remark-mdx), so they never depend on which parser produced it.
 */

/** A node of an mdast tree, read only as far as the checks need. */
export interface GuardNode {
  readonly type: string;
  readonly position?: { readonly start: { readonly line: number } } | undefined;
  readonly children?: readonly GuardNode[] | undefined;
  readonly name?: string | null | undefined;
  readonly attributes?: unknown;
  readonly value?: unknown;
  readonly url?: unknown;
}

export interface MdxProblem {
  line: number;
  message: string;
}

/** Inline HTML elements content may use, and the attributes each may carry. */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  dfn: ['title'],
  br: [],
  em: [],
  strong: [],
  small: [],
  sub: [],
  sup: [],
  kbd: [],
};

/**
 * The site's own components content may use, by name (e.g. 'Callout'). None yet. Content cannot
 * import, so a component added here must also be passed in the `components` prop wherever the
 * content is rendered (`<Content components={{ Callout }} />`). Its props may be plain text only.
 */
export const allowedComponents: readonly string[] = [];

/** Address schemes a Markdown link or image may use; anything without a scheme is a path here. */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel', 'sms']);

/** Why each refused scheme is dangerous, for the message. */
const dangerousSchemes: Readonly<Record<string, string>> = {
  javascript: 'javascript: addresses run code',
  vbscript: 'vbscript: addresses run code',
  data: 'data: addresses carry hidden content the site has not checked',
};

/** Plain Markdown, including GitHub tables, strikethrough and footnotes, and the frontmatter. */
const markdownTypes = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code',
  'definition', 'text', 'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image', 'linkReference',
  'imageReference', 'footnoteDefinition', 'footnoteReference', 'table', 'tableRow', 'tableCell',
  'delete', 'yaml', 'toml',
]);

const seeReadme = 'see "Writing content" in the README.';

/**
 * A string or number literal, such as {'{'} to write a brace, or only comments: they print text
 * or nothing. A grammar this narrow cannot hold an identifier, operator, call or template.
 */
const harmlessExpression = new RegExp(
  String.raw`^\s*(?:'(?:[^'\\\r\n]|\\[^\r\n])*'|"(?:[^"\\\r\n]|\\[^\r\n])*"|\d+(?:\.\d+)?|(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+)\s*$`,
);

/** An attribute, from JSX or raw HTML: plain text, or code between braces. */
type Attribute = { kind: 'text'; name: string; value: string | null } | { kind: 'code'; name: string | null; source: string };

/** Every problem in the tree, in document order. */
export function checkMdx(root: GuardNode): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const visit = (node: GuardNode): void => {
    problems.push(...checkNode(node, node.position?.start.line ?? 1));
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems;
}

/**
 * Frontmatter is data, except `layout`: MDX imports the file it names into the page while it
 * compiles, before the schemas (which refuse unknown fields) have a say, so it is refused here.
 * `fileText` finds its line.
 */
export function checkFrontmatter(frontmatter: unknown, fileText = ''): MdxProblem[] {
  if (!isRecord(frontmatter) || !Object.hasOwn(frontmatter, 'layout')) return [];
  const before = /^layout\s*:/m.exec(fileText);
  const line = before ? lineAt(fileText, before.index) : 1;
  const message = `The frontmatter field "layout" is not allowed: it loads code into the page. Remove it (the site chooses each page's layout); ${seeReadme}`;
  return [{ line, message }];
}

/** One line per problem, in the site's content error format. */
export function formatProblems(file: string, problems: readonly MdxProblem[]): string {
  return [...problems]
    .sort((a, b) => a.line - b.line)
    .map((problem) => `${file}, line ${problem.line}: ${problem.message}`)
    .join('\n');
}

function checkNode(node: GuardNode, line: number): MdxProblem[] {
  const at = (messages: string[]): MdxProblem[] => messages.map((message) => ({ line, message }));
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const attributes = Array.isArray(node.attributes) ? node.attributes.map(jsxAttribute) : [];
      return at(checkElement(node.name ?? null, attributes));
    }
    case 'mdxjsEsm': {
      const keyword = /^\s*(import|export)\b/.exec(String(node.value))?.[1] ?? 'import';
      return at([
        `"${keyword}" is not allowed in content: content cannot load or define code. Components the site allows are given to content by the site, not imported; ${seeReadme}`,
      ]);
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return harmlessExpression.test(String(node.value))
        ? []
        : at([
            `{${excerpt(String(node.value))}} is code and is not allowed in content. Only plain text in quotes may sit between braces, such as {'{'} to write a brace; ${seeReadme}`,
          ]);
    case 'link':
    case 'definition':
      return at(checkAddress(String(node.url), 'link'));
    case 'image':
      return at(checkAddress(String(node.url), 'image'));
    case 'html':
      return checkHtml(String(node.value), line);
    default:
      return markdownTypes.has(node.type)
        ? []
        : at([`"${node.type}" is not plain Markdown and is not allowed in content. Use plain Markdown; ${seeReadme}`]);
  }
}

function checkElement(name: string | null, attributes: readonly Attribute[]): string[] {
  if (name === null) return [`<>...</> (a JSX fragment) is not allowed in content. Use plain Markdown; ${seeReadme}`];
  const isComponent = /^[A-Z]/.test(name) || /[.:]/.test(name);
  const permitted = isComponent ? undefined : allowedElements[name];
  const allowed = isComponent ? allowedComponents.includes(name) : permitted !== undefined;
  const problems: string[] = [];
  if (!allowed) problems.push(refusedElement(name, isComponent));
  for (const attribute of attributes) {
    const problem = checkAttribute(name, attribute, isComponent || !allowed ? undefined : permitted);
    if (problem) problems.push(problem);
  }
  return problems;
}

function refusedElement(name: string, isComponent: boolean): string {
  if (isComponent) {
    const known =
      allowedComponents.length > 0 ? `Components content may use: ${allowedComponents.join(', ')}.` : 'Content may use no components yet.';
    return `<${name}> is not a component content may use. ${known} Use plain Markdown; ${seeReadme}`;
  }
  if (name === 'a') return `<a> is not allowed in content. Write a link as [text](https://...) or [text](/path/); ${seeReadme}`;
  if (name === 'img') return `<img> is not allowed in content. Show an image as ![what it shows](/path/to/image.png); ${seeReadme}`;
  return `<${name}> is not allowed in content. Use plain Markdown; ${seeReadme}`;
}

/**
 * Handlers, code and dangerous addresses are named on any element; other attributes only where
 * the element itself is allowed (`permitted` given), since a refused element is reported already.
 */
function checkAttribute(element: string, attribute: Attribute, permitted: readonly string[] | undefined): string | undefined {
  if (attribute.name !== null && /^on[a-z]/i.test(attribute.name)) {
    return `The attribute "${attribute.name}" on <${element}> is not allowed: event handlers run code. Remove it; ${seeReadme}`;
  }
  if (attribute.kind === 'code') {
    const shown = attribute.name === null ? `{${excerpt(attribute.source)}}` : `${attribute.name}={${excerpt(attribute.source)}}`;
    return `${shown} on <${element}> is code and is not allowed in content. Write attribute values as plain text in quotes; ${seeReadme}`;
  }
  if (attribute.value !== null && !['title', 'alt'].includes(attribute.name.toLowerCase())) {
    const scheme = schemeOf(attribute.value);
    const why = scheme === undefined ? undefined : dangerousSchemes[scheme];
    if (why) return `The address "${excerpt(attribute.value)}" in <${element} ${attribute.name}> is not allowed: ${why}. Remove it; ${seeReadme}`;
  }
  if (permitted !== undefined && !permitted.includes(attribute.name)) {
    return `The attribute "${attribute.name}" on <${element}> is not allowed. Only <abbr> and <dfn> may have one, a plain title="..."; ${seeReadme}`;
  }
  return undefined;
}

function checkAddress(url: string, kind: 'link' | 'image'): string[] {
  const scheme = schemeOf(url);
  if (scheme === undefined || allowedSchemes.has(scheme)) return [];
  const shown = `The ${kind} "${excerpt(url)}" is not allowed`;
  const why = dangerousSchemes[scheme];
  const fix =
    kind === 'image'
      ? 'Put the image in public/ and use its path, such as ![what it shows](/images/name.png)'
      : 'Link to an https:// address, a mailto: or tel: address, or a path on this site such as /services/';
  const reason = why ?? 'only https://, http://, mailto:, tel: and sms: addresses and paths on this site may be used';
  return [`${shown}: ${reason}. ${fix}; ${seeReadme}`];
}

/**
 * The scheme a browser would see, lower case, or undefined for a path. Browsers ignore leading
 * spaces and control characters, and tabs and line breaks anywhere, so "java\tscript:" counts.
 */
export function schemeOf(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/** Raw HTML (from a parser that keeps it): each tag meets the same rules as a JSX element. */
function checkHtml(html: string, line: number): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (const match of html.matchAll(tag)) {
    if (match[1]) continue;
    const tagLine = line + lineAt(html, match.index) - 1;
    for (const message of checkElement((match[2] ?? '').toLowerCase(), htmlAttributes(match[3] ?? ''))) {
      problems.push({ line: tagLine, message });
    }
  }
  const rest = html.replace(tag, '');
  const other = /<[!?A-Za-z/]/.exec(rest);
  if (other) {
    problems.push({ line, message: `Raw HTML ("${excerpt(rest.slice(other.index))}") is not allowed in content. Use plain Markdown; ${seeReadme}` });
  }
  return problems;
}

/** HTML is case-insensitive, so names are compared in lower case; quotes are dropped from values. */
function htmlAttributes(source: string): Attribute[] {
  const attribute = /([^\s"'=<>`/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
  return [...source.matchAll(attribute)].map(([, name = '', value]) => ({
    kind: 'text',
    name: name.toLowerCase(),
    value: value?.replace(/^["']|["']$/g, '') ?? null,
  }));
}

function jsxAttribute(attribute: unknown): Attribute {
  if (!isRecord(attribute)) return { kind: 'code', name: null, source: '' };
  const name = typeof attribute['name'] === 'string' ? attribute['name'] : null;
  const value = attribute['value'];
  if (attribute['type'] !== 'mdxJsxAttribute' || name === null) return { kind: 'code', name, source: String(value ?? '') };
  if (typeof value === 'string' || value === null || value === undefined) return { kind: 'text', name, value: value ?? null };
  return { kind: 'code', name, source: isRecord(value) ? String(value['value'] ?? '') : '' };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
