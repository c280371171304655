// @ts-check
import { satteri } from '@astrojs/markdown-satteri'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
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
  // The sitemap (sitemap-index.xml, then sitemap-0.xml, … of 45,000 URLs each) lists every page the
  // build wrote, filter pages included; the 404 page it leaves out itself, the data files and the
  // feed (no trailing slash) are no pages. https://docs.astro.build/en/guides/integrations-guide/sitemap/
  integrations: [sitemap({ filter: (url) => url.endsWith('/'), namespaces: { news: false, xhtml: false, image: false, video: false } })],
})
