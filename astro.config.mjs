// @ts-check
import { writeFile } from 'node:fs/promises'
import { satteri } from '@astrojs/markdown-satteri'
import { defineConfig } from 'astro/config'
import { sitemapXml } from './site/lib/xml.ts'
import { htmlAsText } from './site/markdown/htmlAsText.ts'
import { sanitize } from './site/markdown/sanitize.ts'

// The site builds from content/ only (see DESIGN.md). The build script and the tests set
// SITE_CONTENT_DIR / SITE_OUT_DIR / SITE_CACHE_DIR to build a fixture corpus or into a
// temporary directory without touching dist/.
const site = process.env.SITE_URL || 'http://localhost:4321'
// Astro's content cache remembers the entries of the last build: a build of another content
// directory gets a cache of its own, or the two corpora mix.
const contentDir = process.env.SITE_CONTENT_DIR
const cacheDir =
  process.env.SITE_CACHE_DIR || (contentDir ? `./node_modules/.astro/content-${contentDir.replace(/[^a-zA-Z0-9]+/g, '-')}` : './node_modules/.astro')

/**
 * sitemap.xml of every HTML page the build wrote, so filter pages and new routes are never missed.
 * @returns {import('astro').AstroIntegration}
 */
const sitemap = () => ({
  name: 'samenbeter-sitemap',
  hooks: {
    'astro:build:done': async ({ dir, pages }) => {
      const urls = pages
        .map((p) => `/${p.pathname}`)
        .filter((path) => path.endsWith('/') && path !== '/404/')
        .map((path) => new URL(path, site).href)
      await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls))
    },
  },
})

export default defineConfig({
  site,
  srcDir: './site',
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir,
  publicDir: './site/public',
  trailingSlash: 'always',
  // Astro 7 strips whitespace by JSX rules by default ('jsx'): a line break between two elements
  // is dropped, so <dt>Stad</dt>⏎<dd>Eindhoven</dd> reads "StadEindhoven" to screen readers and
  // to Pagefind, which indexed "stadeindhovenwijk". `true` collapses whitespace without removing it.
  // https://docs.astro.build/en/reference/configuration-reference/#compresshtml
  compressHTML: true,
  build: {
    format: 'directory',
    // One shared stylesheet, cached across pages, rather than a copy inlined in every page.
    inlineStylesheets: 'never',
  },
  // Every script and asset a file of its own, never inlined: the site's CSP allows scripts from
  // 'self' only (no 'unsafe-inline'), and images from 'self' (no data: URLs).
  vite: { build: { assetsInlineLimit: 0 } },
  // No dev toolbar: it would add scripts to every page in dev.
  devToolbar: { enabled: false },
  // Content is plain Markdown, never MDX: a body can hold no expression, import or component, so
  // nothing typed in the CMS is evaluated at build. Raw HTML is shown as text, and what the
  // renderer makes passes an allowlist (site/markdown/). https://docs.astro.build/en/guides/markdown-content/
  // Curly quotes and … are typography; `--` stays as typed (it is part of what people write, `<!--`).
  markdown: {
    processor: satteri({ mdastPlugins: [htmlAsText], hastPlugins: [sanitize], features: { smartPunctuation: { dashes: false } } }),
  },
  integrations: [sitemap()],
})
