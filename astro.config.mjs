// @ts-check
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

// The site builds from content/ only (see DESIGN.md). The build script and the tests set
// SITE_CONTENT_DIR / SITE_OUT_DIR / SITE_CACHE_DIR to build a fixture corpus or into a
// temporary directory without touching dist/.
const site = process.env.SITE_URL || 'http://localhost:4321'

export default defineConfig({
  site,
  srcDir: './site',
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  publicDir: './site/public',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One shared stylesheet, cached across pages, rather than a copy inlined in every page.
    inlineStylesheets: 'never',
  },
  // No dev toolbar: it would load scripts and fonts on every page in dev.
  devToolbar: { enabled: false },
  integrations: [mdx()],
})
