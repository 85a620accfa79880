/**
 * Writes the web editor to dist/admin/ at the end of the build: Sveltia CMS from its npm package,
 * served from this site only, and its configuration generated from the content schemas
 * (src/lib/admin-config.ts).
 *
 * The package's browser bundle would fetch its fonts, its interface translations and a version
 * check from public CDNs, and inject its styles as inline <style> elements. The admin page's
 * Content Security Policy (public/_headers, `/admin/*`) allows neither, so this step serves those
 * files from /admin/ instead: it points the bundle's CDN address at /admin/, copies the fonts and
 * translations the package ships, and gathers the style blocks into one <style> in the page, which
 * the policy allows by its hash, with an empty <template> per block so the bundle sees each one as
 * already added. (One <style> rather than a stylesheet file: the site's CSS budget counts every
 * .css file in dist/, and the editor's styles are not the site's.)
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runnerImport, type Plugin } from 'vite';
import { adminConfig, readFieldComments, type ContentCollection, type Schema } from '../lib/admin-config';
import { allowedElements } from '../lib/mdx-guard';

const stubs: Record<string, string> = {
  // Only the schemas matter here; `reference()` becomes a string that remembers its collection.
  'astro:content': `import { z } from 'astro/zod';
export const defineCollection = (collection) => collection;
export const reference = (collection) => Object.assign(z.string(), { referencesCollection: collection });`,
  'strict-glob': `export const strictGlob = (options) => ({ name: 'strict-glob', source: { folder: options.base, pattern: options.pattern } });`,
  'strict-file': `export const strictFile = (file) => ({ name: 'strict-file', source: { file } });`,
};

/** Loads src/content.config.ts outside Astro, with stand-ins for Astro's content API and the loaders. */
function contentConfigStubs(): Plugin {
  return {
    name: 'safer-norfolk:editor-model',
    enforce: 'pre',
    resolveId(source) {
      if (source === 'astro:content') return '\0editor:astro:content';
      const loader = /\/loaders\/(strict-glob|strict-file)(\.ts)?$/.exec(source)?.[1];
      return loader ? `\0editor:${loader}` : undefined;
    },
    load(id) {
      return id.startsWith('\0editor:') ? stubs[id.slice('\0editor:'.length)] : undefined;
    },
  };
}

interface LoadedCollection {
  schema: Schema;
  loader: { source?: ContentCollection['source'] };
}

/** The content collections as the build defines them, each with its zod schema and its files. */
export async function loadCollections(root: string): Promise<ContentCollection[]> {
  const { module } = await runnerImport<{ collections: Record<string, LoadedCollection> }>(path.join(root, 'src/content.config.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [contentConfigStubs()],
  });
  return Object.entries(module.collections).map(([name, { schema, loader }]) => {
    if (!loader.source) throw new Error(`The editor cannot tell where the files of "${name}" live: its loader is not strictGlob or strictFile`);
    return { name, schema, source: loader.source };
  });
}

/** src/content.config.ts and the project files it imports, for their doc comments. */
async function schemaSources(root: string): Promise<{ path: string; text: string }[]> {
  const sources = new Map<string, string>();
  const visit = async (file: string): Promise<void> => {
    if (sources.has(file)) return;
    const text = await readFile(file, 'utf8');
    sources.set(file, text);
    for (const [, specifier] of text.matchAll(/^import [^;]*? from '(\.{1,2}\/[^']+)';$/gm)) {
      const target = path.resolve(path.dirname(file), specifier!);
      await visit(target.endsWith('.ts') ? target : `${target}.ts`).catch(() => undefined);
    }
  };
  await visit(path.join(root, 'src/content.config.ts'));
  return [...sources].map(([file, text]) => ({ path: file, text }));
}

/** The editor configuration for this project. */
export async function editorConfig(root: string, siteUrl: string) {
  const [collections, sources] = await Promise.all([loadCollections(root), schemaSources(root)]);
  return adminConfig(collections, readFieldComments(sources), {
    repo: process.env.CMS_GITHUB_REPO ?? 'your-organisation/safer-norfolk',
    branch: process.env.CMS_GITHUB_BRANCH ?? 'main',
    oauthUrl: process.env.CMS_OAUTH_URL,
    siteUrl,
    mdxElements: Object.keys(allowedElements),
  });
}

const cdnBase = '`https://unpkg.com/@sveltia/cms`';
const fontHost = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/** The bundle's style blocks: each `{hash: 'svelte-…', code: '…'}` Svelte injects as a <style>. */
export function styleBlocks(bundle: string): { id: string; css: string }[] {
  return [...bundle.matchAll(/\{hash:`(svelte-[a-z0-9]+)`,code:`((?:[^`\\]|\\[\s\S])*)`\}/g)].map(([, id, code]) => {
    // Template literal escapes: only \` and \\ occur; anything else (or a ${...}) must be read some other way.
    if (code!.includes('${') || /\\[^`\\]/.test(code!.replace(/\\\\/g, ''))) throw new Error(`Style block ${id} of Sveltia CMS cannot be served as a file`);
    return { id: id!, css: code!.replace(/\\([`\\])/g, '$1') };
  });
}

/** A CSP hash source for a style or attribute value. */
export const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The static `style="…"` attributes in the bundle's templates, which the policy allows by hash. */
export function styleAttributeHashes(bundle: string): string[] {
  const values = new Set([...bundle.matchAll(/<[a-z-]+\b[^<>`]*?\sstyle="([^"`$]*)"/g)].map((match) => match[1]!));
  return [...values].map(hashOf).sort();
}

/** The `/admin/*` Content-Security-Policy of a `_headers` file. */
export function adminPolicy(headers: string): string | undefined {
  return /^\/admin\/\*\n(?:[ \t]+.*\n)*?[ \t]+Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1]?.trim();
}

/**
 * The style blocks of the components Sveltia mounts inside its preview frame: the page's <template>
 * markers do not reach into the frame, so the policy allows each of these by its hash. Found by
 * opening an entry of every collection; tests/e2e/admin.spec.ts fails if a preview needs another.
 */
export const previewStyleIds = ['svelte-16meb7y', 'svelte-ygwzbn', 'svelte-s650n2', 'svelte-14tuh7g', 'svelte-euqs6c', 'svelte-q17c48'];

/** The package's browser bundle, pointed at /admin/, with its styles and the fonts they use. */
export async function editorBundle() {
  // The package exports only its module entry (npm/index.js); the folder holds the browser bundle.
  const packageDir = path.resolve(createRequire(import.meta.url).resolve('@sveltia/cms'), '../..');
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const original = await readFile(path.join(packageDir, 'dist/sveltia-cms.js'), 'utf8');
  if (original.split(cdnBase).length !== 2) throw new Error(`Sveltia CMS ${version} no longer names its CDN as ${cdnBase}: check src/integrations/admin.ts`);
  const bundle = original.replace(cdnBase, '`/admin/sveltia-cms`').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const blocks = styleBlocks(bundle);
  const fonts = new Map<string, string>();
  const css = blocks
    .map(({ css: block }) => block)
    .join('\n')
    .replace(fontHost, (_, family: string, subset: string) => {
      const name = `${family}-${subset}.woff2`;
      fonts.set(name, `${family}-${subset}`);
      return `/admin/fonts/${name}`;
    });
  if (css.includes('</')) throw new Error(`Sveltia CMS ${version}'s styles contain "</", so they cannot sit in a <style> element`);
  const previewStyles = previewStyleIds.map((id) => {
    const block = blocks.find((candidate) => candidate.id === id);
    if (!block) throw new Error(`Sveltia CMS ${version} has no style block ${id}: open an entry at /admin/, note the style hashes its preview needs, and update previewStyleIds in src/integrations/admin.ts`);
    return `style-src ${hashOf(block.css)}`;
  });
  /** What the /admin/* policy must allow for these styles. */
  const policySources = [...styleAttributeHashes(bundle).map((hash) => `style-src-attr ${hash}`), `style-src ${hashOf(css)}`, ...previewStyles];
  return { packageDir, version, bundle, css, fonts, styleIds: blocks.map(({ id }) => id), policySources };
}

async function writeEditor(site: string, siteUrl: string, root: string): Promise<{ collections: number; styles: number }> {
  const { packageDir, version, bundle, css, fonts, styleIds, policySources } = await editorBundle();
  const admin = path.join(site, 'admin');
  await mkdir(path.join(admin, 'fonts'), { recursive: true });
  const policy = adminPolicy(await readFile(path.join(site, '_headers'), 'utf8'));
  if (!policy) throw new Error('public/_headers has no Content-Security-Policy for /admin/*');
  const missing = policySources.filter((source) => !policy.includes(source.split(' ')[1]!));
  if (missing.length > 0) throw new Error(`The /admin/* policy in public/_headers must allow Sveltia CMS ${version}'s styles: add ${missing.join(', ')}`);

  const assets = await readdir(path.join(packageDir, 'npm/assets'));
  for (const [name, stem] of fonts) {
    const file = assets.find((asset) => asset.startsWith(`${stem}-`) && asset.endsWith('.woff2'));
    if (!file) throw new Error(`Sveltia CMS ${version} ships no font file for ${name}`);
    await copyFile(path.join(packageDir, 'npm/assets', file), path.join(admin, 'fonts', name));
    const family = stem.replace(/-latin.*$/, '');
    await copyFile(path.join(packageDir, 'npm/assets', `${family}.LICENSE.txt`), path.join(admin, 'fonts', `${family}.LICENSE.txt`)).catch(() => undefined);
  }
  const locales = path.join(admin, `sveltia-cms@${version}`, 'locales');
  await mkdir(locales, { recursive: true });
  for (const file of await readdir(path.join(packageDir, 'locales'))) await copyFile(path.join(packageDir, 'locales', file), path.join(locales, file));
  await mkdir(path.join(admin, 'sveltia-cms'), { recursive: true });
  // The bundle compares this with its own version to offer an update: the same version offers none.
  await writeFile(path.join(admin, 'sveltia-cms', 'package.json'), JSON.stringify({ version }));
  await mkdir(path.join(admin, 'chunks'), { recursive: true });
  for (const file of (await readdir(path.join(packageDir, 'dist/chunks'))).filter((name) => name.endsWith('.js'))) {
    await copyFile(path.join(packageDir, 'dist/chunks', file), path.join(admin, 'chunks', file));
  }
  await writeFile(path.join(admin, 'sveltia-cms.js'), bundle);
  await copyFile(path.join(packageDir, 'LICENSE.txt'), path.join(admin, 'sveltia-cms.LICENSE.txt'));

  const siteCss = (await readdir(path.join(site, '_astro'))).filter((file) => file.endsWith('.css')).map((file) => `/_astro/${file}`);
  await writeFile(path.join(admin, 'preview.js'), `// Entry previews use the site's own styles.\n${siteCss.map((href) => `CMS.registerPreviewStyle(${JSON.stringify(href)});`).join('\n')}\n`);

  const config = await editorConfig(root, siteUrl);
  await writeFile(
    path.join(admin, 'config.yml'),
    `# Generated by src/integrations/admin.ts from the content schemas: do not edit. JSON is also YAML.\n${JSON.stringify(config, null, 2)}\n`,
  );
  await writeFile(path.join(admin, 'index.html'), adminPage(policy, css, styleIds));
  return { collections: config.collections?.length ?? 0, styles: styleIds.length };
}

/** The editor's page: its own policy (frame-ancestors only works as a header), styles, bundle. */
export function adminPage(policy: string, css: string, styleIds: readonly string[]): string {
  const metaPolicy = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
    .join('; ');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy}">
<meta name="robots" content="noindex, nofollow">
<title>Safer Norfolk editor</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${css}</style>
${styleIds.map((id) => `<template id="${id}"></template>`).join('\n')}
</head>
<body>
<noscript><p>The editor needs JavaScript. Content can also be changed in the files under content/ (see the README).</p></noscript>
<script src="/admin/sveltia-cms.js"></script>
<script src="/admin/preview.js"></script>
</body>
</html>
`;
}

export function adminEditor(): AstroIntegration {
  let root = '';
  let siteUrl = '';
  return {
    name: 'safer-norfolk:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        siteUrl = (config.site ?? '').replace(/\/$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writeEditor(fileURLToPath(dir), siteUrl, root);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Web editor at /admin/: ${written.collections} collections, ${written.styles} style blocks, in ${seconds}s`);
      },
    },
  };
}
