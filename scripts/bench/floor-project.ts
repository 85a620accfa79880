/**
 * The benchmark's floor: a plain Astro + MDX project that builds the same content as the site, one
 * page per entry plus a list page per collection, in a layout of similar size (header, navigation,
 * breadcrumbs, footer), and nothing else: no checks, search index, cards, posters or fonts. What the
 * site costs above this is what its own work costs. Written fresh into a folder for each run; it
 * borrows the project's installed packages, so it needs no install of its own.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The collections built, their folder in `content/` and the files each entry is. */
const collections = [
  { name: 'campaigns', pattern: '*/index.mdx', rendered: true },
  { name: 'services', pattern: '*.yaml', rendered: false },
  { name: 'districts', pattern: '*.yaml', rendered: false },
  { name: 'resources', pattern: '*.mdx', rendered: true },
  { name: 'briefings', pattern: '*.mdx', rendered: true },
  { name: 'news', pattern: '*.mdx', rendered: true },
  { name: 'pages', pattern: '*.mdx', rendered: true },
] as const;

const config = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  cacheDir: process.env.SAFER_NORFOLK_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.SAFER_NORFOLK_OUT_DIR ?? './dist',
  integrations: [mdx()],
});
`;

const contentConfig = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Any fields: the floor reads the content, it does not check it.
const loose = z.object({ title: z.string().optional() }).passthrough();
const from = (folder, pattern) => glob({ base: ${JSON.stringify(contentDir)} + '/' + folder, pattern });

export const collections = {
${collections.map((c) => `  ${c.name}: defineCollection({ loader: from('${c.name}', '${c.pattern}'), schema: loose }),`).join('\n')}
};
`;

const layout = `---
const { title } = Astro.props;
const nav = ['Get help', 'Campaigns', 'Residents', 'Schools', 'Professionals', 'For partners', 'Search'];
const footer = ['About', 'Staying safe online', 'Accessibility', 'Privacy', 'Services', 'Districts', 'News', 'Calendar', 'Languages', 'Open data'];
---
<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title} - Floor</title>
    <meta name="description" content={title} />
  </head>
  <body>
    <a href="#main">Skip to main content</a>
    <p class="emergency">In an emergency call 999</p>
    <header><a href="/">Floor</a><nav><ul>{nav.map((label) => <li><a href={'/' + label.toLowerCase().replaceAll(' ', '-') + '/'}>{label}</a></li>)}</ul></nav></header>
    <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>{title}</li></ol></nav>
    <main id="main"><h1>{title}</h1><slot /></main>
    <footer><ul>{footer.map((label) => <li><a href={'/' + label.toLowerCase().replaceAll(' ', '-') + '/'}>{label}</a></li>)}</ul></footer>
  </body>
</html>
`;

/** A page per entry: its fields as a list, then the body when the entry is MDX. */
const entryPage = (name: string, rendered: boolean) => `---
import { getCollection${rendered ? ', render' : ''} } from 'astro:content';
import Layout from '../../layouts/Layout.astro';

export async function getStaticPaths() {
  return (await getCollection('${name}')).map((entry) => ({ params: { id: entry.id.replace(/\\/index$/, '') }, props: { entry } }));
}
const { entry } = Astro.props;
${rendered ? 'const { Content } = await render(entry);' : ''}
const fields = Object.entries(entry.data).filter(([key]) => key !== 'title');
---
<Layout title={String(entry.data.title ?? entry.id)}>
  <dl>{fields.map(([key, value]) => <><dt>{key}</dt><dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd></>)}</dl>
  ${rendered ? '<Content />' : ''}
</Layout>
`;

const listPage = (name: string) => `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
const entries = await getCollection('${name}');
---
<Layout title="${name}">
  <ul>{entries.map((entry) => <li><a href={'/${name}/' + entry.id.replace(/\\/index$/, '') + '/'}>{String(entry.data.title ?? entry.id)}</a><p>{String(entry.data.summary ?? '')}</p></li>)}</ul>
</Layout>
`;

/** Writes the floor project into `folder`, reading content from `contentDir`, with `nodeModules` linked in. */
export function writeFloorProject(folder: string, contentDir: string, nodeModules: string): void {
  const file = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), text);
  };
  file('package.json', JSON.stringify({ name: 'floor', private: true, type: 'module' }, null, 2));
  file('astro.config.mjs', config);
  file('src/content.config.ts', contentConfig(contentDir));
  file('src/layouts/Layout.astro', layout);
  file('src/pages/index.astro', `---\nimport Layout from '../layouts/Layout.astro';\n---\n<Layout title="Home"><p>Home</p></Layout>\n`);
  for (const { name, rendered } of collections) {
    file(`src/pages/${name}/[id].astro`, entryPage(name, rendered));
    file(`src/pages/${name}/index.astro`, listPage(name));
  }
  symlinkSync(nodeModules, path.join(folder, 'node_modules'));
}
