// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { topicColours } from './src/integrations/topic-colours.ts';
import { siteFonts } from './src/integrations/site-fonts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { mdxGuard } from './src/integrations/mdx-guard.ts';
import { sensitiveHeaders } from './src/integrations/sensitive-headers.ts';
import { adminEditor } from './src/integrations/admin.ts';
import { languages } from './src/lib/taxonomy.ts';
import { bankHolidays } from './src/integrations/bank-holidays.ts';
import { buildPhases } from './src/integrations/build-phases.ts';

// The public address of the site. Set SITE_URL when deploying; the default serves local previews.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro 7's compression drops the line break between text and a following element or expression
  // ("on<time>"), gluing words together. Gzip removes the same bytes for almost nothing.
  compressHTML: false,
  // Tests build broken content into a folder of their own, so one build never sees another's cache.
  cacheDir: process.env.SAFER_NORFOLK_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.SAFER_NORFOLK_OUT_DIR ?? './dist',
  // Old addresses of renamed pages keep working: people and other sites still link to them.
  redirects: { '/services/action-fraud/': '/services/report-fraud/' },
  // English lives at the root; each other language's pages under its code, e.g. /pl/. The list is
  // the taxonomy's, so adding a language is one edit there.
  i18n: {
    defaultLocale: 'en',
    locales: languages.map((language) => language.slug),
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  // Content MDX may not act as code (src/lib/mdx-guard.ts). Astro 7 compiles MDX with Sätteri,
  // which ignores remark plugins, so the guard is one of Sätteri's mdast plugins.
  // Content has no code blocks, and Shiki's highlighting would need inline styles the Content
  // Security Policy forbids, so highlighting is off (this also silences Astro's CSP warning).
  markdown: { syntaxHighlight: false },
  integrations: [mdx({ processor: satteri({ mdastPlugins: [mdxGuard] }) }), sitemap({ filter: (page) => !page.endsWith('/404/') }), buildPhases(), searchIndex(), socialCards(), sensitiveHeaders(), adminEditor()],
  security: {
    // A policy in each page's <meta>, for hosts that ignore public/_headers (which adds the
    // directives a <meta> cannot carry, such as frame-ancestors).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  build: {
    // No inline <style> or <script>: the Content Security Policy allows files from this site only.
    inlineStylesheets: 'never',
    // Pages that draw (posters, share images) wait while worker threads paint and compress; a
    // second page at a time keeps this thread busy meanwhile. More gained nothing on two cores and
    // cost memory: eight at once peaked at 5.5 GB in a cold 1,000-page build, two at 2.4 GB.
    concurrency: 2,
  },
  vite: {
    plugins: [tailwindcss(), topicColours(), siteFonts(), bankHolidays()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX file triggers the same harmless upstream warning about "use astro:head-inject"
        // (withastro/astro issue 18087); 40 copies of it hid the lines that matter.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
