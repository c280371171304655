import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join, relative, resolve, sep } from 'node:path'
import { swapDir } from '../swapDir'
import { pagefindBody } from './pagefindBody'
import { pagefindIndexOptions } from './pagefindOptions'
import { filterCountsUrl, type FilterCounts } from '../../../site/scripts/search-options'

export interface BuildSiteOptions {
  /** Repository root (where astro.config.mjs is). */
  root: string
  /** Where the site goes; dist/ by default. */
  outDir?: string
  /** The content to build; content/ by default. */
  contentDir?: string
  /** Astro's cache; a separate one lets a test build run beside another build. */
  cacheDir?: string
  /** The public URL; SITE_URL or http://localhost:4321. */
  siteUrl?: string
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent'
}

export interface BuildSiteResult {
  outDir: string
  htmlPages: number
  indexedPages: number
}

/** Every HTML file under dir, as paths. */
const htmlFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name))

/**
 * astro build of content/, then Pagefind over it. Astro's config reads the directories from the
 * environment (see astro.config.mjs), so they are set before Astro loads it. The site is built
 * beside outDir and then swapped in, so a site being served (npm start rebuilds it after every
 * publish) never shows half a build or pages newer than their search index.
 */
export const buildSite = async (options: BuildSiteOptions): Promise<BuildSiteResult> => {
  const root = resolve(options.root)
  const outDir = resolve(root, options.outDir ?? process.env.SITE_OUT_DIR ?? 'dist')
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  // Astro writes its prerender chunks inside outDir when outDir is inside the working directory,
  // and into <cwd>/.astro/ otherwise, where two builds at once (a test, a rebuild) would overwrite
  // each other's chunks; the chunks must also stay where node_modules is found. So a site meant
  // for a folder outside the repository is built in a folder of its own inside it, then moved.
  const inside = outDir.startsWith(root + sep)
  const building = inside ? `${outDir}.building` : join(root, 'node_modules', '.astro', 'builds', `${basename(outDir)}-${process.pid}`)
  await rm(building, { recursive: true, force: true })
  process.env.SITE_OUT_DIR = building
  if (options.contentDir) process.env.SITE_CONTENT_DIR = resolve(root, options.contentDir)
  if (options.cacheDir) process.env.SITE_CACHE_DIR = resolve(root, options.cacheDir)
  if (options.siteUrl) process.env.SITE_URL = options.siteUrl

  process.chdir(root)
  await astroBuild(root, options.logLevel ?? 'info')

  // A build that "succeeds" without pages is a failure (DESIGN.md: such builds happened).
  if (!existsSync(join(building, 'index.html'))) throw new Error(`astro build wrote no ${join(building, 'index.html')}`)
  const htmlPages = (await htmlFiles(building)).length
  const indexedPages = await indexSite(building)
  if (inside) await swapDir(building, outDir)
  else {
    // Beside the target first (it may be on another file system), so the swap is still two renames.
    await rm(`${outDir}.building`, { recursive: true, force: true })
    await cp(building, `${outDir}.building`, { recursive: true })
    await rm(building, { recursive: true, force: true })
    await swapDir(`${outDir}.building`, outDir)
  }
  return { outDir, htmlPages, indexedPages }
}

/**
 * `astro build` in a process of its own (Astro's JS API, for the log level), which ends before
 * Pagefind starts: the build's heap (the whole corpus, rendered pages, Vite's module graph: 0.8 GB
 * at 10,000 documents) is then given back instead of staying beside Pagefind's indexer and the
 * link check, which at 10,000 documents doubled the build's peak memory.
 */
const astroBuild = (root: string, logLevel: NonNullable<BuildSiteOptions['logLevel']>) =>
  new Promise<void>((resolvePromise, reject) => {
    const code = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(root)}, logLevel: ${JSON.stringify(logLevel)} })`
    const child = spawn(process.execPath, ['--input-type=module', '--eval', code], { cwd: root, env: process.env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (status, signal) => (status === 0 ? resolvePromise() : reject(new Error(`astro build failed (${signal ?? status})`))))
  })

/**
 * Pagefind over the built site; only pages with data-pagefind-body are indexed (the document's
 * article, never header, menu, breadcrumbs or footer), and only that element of each is sent to
 * Pagefind (see pagefindBody); the filter counts go beside the index. Returns their number. https://pagefind.app/docs/node-api/
 */
export const indexSite = async (outDir: string): Promise<number> => {
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex(pagefindIndexOptions)
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
    const files = await htmlFiles(outDir)
    const filterCounts: FilterCounts = {}
    // One page in Pagefind at a time (two at once cost it 0.1 GB more at 10,000 pages), while the
    // next one is read and cut here.
    const cut = (file: string) => {
      const body = readFile(file, 'utf8').then(pagefindBody)
      body.catch(() => {}) // handled where it is awaited; a failure while Pagefind works must not count as unhandled
      return body
    }
    let next = files.length > 0 ? cut(files[0]!) : undefined
    for (const [i, file] of files.entries()) {
      const body = await next!
      next = i + 1 < files.length ? cut(files[i + 1]!) : undefined
      if (body === undefined) continue
      const added = await index.addHTMLFile({ sourcePath: relative(outDir, file), content: body.html })
      if (added.errors.length > 0) throw new Error(`Pagefind, ${relative(outDir, file)}: ${added.errors.join('; ')}`)
      for (const [name, value] of body.filters) {
        const values = (filterCounts[name] ??= {})
        values[value] = (values[value] ?? 0) + 1
      }
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    // What Pagefind's filters() would give, for the search page's panel (see filterCountsUrl).
    await writeFile(join(outDir, filterCountsUrl), JSON.stringify(filterCounts))
    // What Pagefind itself counts as indexed.
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)
  } finally {
    await pagefind.close()
  }
}
