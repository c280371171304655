import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { pathOf } from '../../../model/routes'
import { contentCollections, type ContentCollection } from '../../../model/collections'
import { htmlPages } from '../html'
import { serveDir } from '../staticServer'

/**
 * Lighthouse on one page of every template of the built site, as a phone (Lighthouse's default:
 * a mid-range phone on a throttled connection) and as a desktop, served with the production
 * headers on loopback, in Debian's Chromium (Lighthouse brings no browser of its own). Measured,
 * never asserted: the scores move with the load of the machine.
 */

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Scores = Record<(typeof categories)[number], number>
export interface TemplateScores {
  path: string
  mobile: Scores
  desktop: Scores
}

/** One page of each template: indexes, a filter page and a combined one, one document per collection, the rest. */
export const templatePages = (dist: string): string[] => {
  const pages = htmlPages(dist)
  const first = (re: RegExp) => pages.find((p) => re.test(p))
  const doc = (collection: ContentCollection) => {
    const items = JSON.parse(readFileSync(join(dist, `data/${collection}.json`), 'utf8')).items as { id: string }[]
    return items.length > 0 ? [pathOf(collection, items[0].id)] : []
  }
  return [
    '/',
    '/gids/',
    '/toolbox/',
    first(/^\/toolbox\/soort\/[^/]+\/$/),
    first(/^\/toolbox\/(?:[^/]+\/){6}$/),
    '/proeftuinen/',
    '/mvp/',
    '/mvp/zelfscan/',
    '/lessen/',
    first(/^\/lessen\/(?:[^/]+\/){6}$/),
    '/programmas/',
    '/vraagbaak/',
    ...(Object.keys(contentCollections) as ContentCollection[]).flatMap(doc),
    '/colofon/',
    '/privacy/',
    '/data/',
    '/zoeken/',
  ].filter((p): p is string => p !== undefined)
}

export async function benchLighthouse(dist: string, log: (line: string) => void = () => {}): Promise<TemplateScores[]> {
  const { origin, close } = await serveDir(dist)
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const run = async (url: string, config?: object, attempt = 1): Promise<Scores> => {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...categories] }, config as never)
    const lhr = result!.lhr
    // A trace that failed to record (NO_NAVSTART and the like) says nothing about the page: try again.
    if (lhr.runtimeError && attempt < 3) return run(url, config, attempt + 1)
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
    return Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores
  }
  try {
    const results: TemplateScores[] = []
    for (const path of templatePages(dist)) {
      const scores = { path, mobile: await run(`${origin}${path}`), desktop: await run(`${origin}${path}`, desktopConfig) }
      log(`  ${path}: mobile ${categories.map((c) => scores.mobile[c]).join('/')}, desktop ${categories.map((c) => scores.desktop[c]).join('/')}`)
      results.push(scores)
    }
    return results
  } finally {
    chrome.kill()
    await close()
  }
}

/** The Markdown table of BENCHMARKS.md. */
export const lighthouseTable = (results: TemplateScores[]) => {
  const cell = (s: Scores) => categories.map((c) => (s[c] === 100 ? '100' : `**${s[c]}**`)).join(' / ')
  const rows = results.map((r) => `| \`${r.path}\` | ${cell(r.mobile)} | ${cell(r.desktop)} |`)
  return ['| page | mobile: performance / accessibility / best practices / SEO | desktop: the same |', '| --- | --- | --- |', ...rows].join('\n')
}
