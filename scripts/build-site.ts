// npm run build [-- --out dir] [--content dir] [--site url] [--strict]
// Builds the public site from content/ into dist/ (astro build, then Pagefind), then checks its links.
import { parseArgs } from 'node:util'
import { buildSite } from './lib/site/build'
import { checkLinks, formatLinkProblem } from './lib/site/linkcheck'

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    content: { type: 'string' },
    cache: { type: 'string' },
    site: { type: 'string' },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
})

try {
  const root = process.cwd()
  const result = await buildSite({
    root,
    outDir: values.out,
    contentDir: values.content,
    cacheDir: values.cache,
    siteUrl: values.site,
    // Quiet (npm start, rebuilds): errors only; Vite's bundling notes are noise there.
    logLevel: values.quiet ? 'error' : 'info',
  })
  console.log(`Site: ${result.htmlPages} HTML-pagina's in ${result.outDir}, ${result.indexedPages} in de zoekindex.`)
  const links = await checkLinks(result.outDir, { siteUrl: process.env.SITE_URL || 'http://localhost:4321' })
  for (const problem of links.problems) console.error(formatLinkProblem(problem))
  console.log(`Linkcheck: ${links.links} links op ${links.pages} pagina's, ${links.problems.length} problemen.`)
  if (values.strict && links.problems.length > 0) process.exitCode = 1
} catch (error) {
  console.error(error)
  process.exitCode = 1
}
