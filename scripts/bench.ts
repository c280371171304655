import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { benchBuilds, buildTable } from './lib/bench/buildBench'
import { benchRest, restTable } from './lib/bench/rest'
import { benchLighthouse, lighthouseTable } from './lib/bench/lighthouse'
import { benchSearch, median, type QueryCost, type Transfer } from './lib/bench/search'
import { buildSiteIfStale, distDir } from './lib/siteBuild'
import { loadPagefind, topPaths } from './lib/search/pagefindNode'
import { judge, precisionAt3 } from './lib/search/precision'
import { relevanceQueries } from './lib/search/queries'

// npm run bench [-- --dist dist --runs 5 --json | --no-search] [--sizes 1000,5000,10000 --build-runs 3 | --no-builds]
//   [--no-lighthouse] [--rest --rest-sizes 0,10000 --rest-rate 300 --rest-seconds 10 --asks 17]:
// the search's precision@3 over the test queries and its cost in Chromium on loopback (bytes,
// time to results, first and following query); then the site build over synthetic corpora of
// the given sizes beside a bare Astro build of the same files; Lighthouse on every page template; with --rest, REST reads of the
// CMS alone and with asks alongside (size 0: the seed corpus). Each part replaces its own section
// of BENCHMARKS.md and leaves the others as they were.
// Without --dist it measures dist/, rebuilt first when older than its sources (as npm start does);
// a --dist folder is measured as it is.

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,5000,10000' },
    'build-runs': { type: 'string', default: '3' },
    'no-builds': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    rest: { type: 'boolean', default: false },
    'rest-sizes': { type: 'string', default: '0' },
    'rest-rate': { type: 'string', default: '300' },
    'rest-seconds': { type: 'string', default: '10' },
    asks: { type: 'string', default: '17' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
})
const dist = values.dist ? resolve(values.dist) : distDir
const lighthouseVersion = JSON.parse(await readFile(resolve('node_modules/lighthouse/package.json'), 'utf8')).version as string

/** BENCHMARKS.md by its "## " sections, so one part of the bench can be run again alone. */
const readSections = async () => {
  const text = existsSync('BENCHMARKS.md') ? await readFile('BENCHMARKS.md', 'utf8') : ''
  return new Map(text.split(/\n(?=## )/).filter((part) => part.startsWith('## ')).map((part) => [sectionKey(part), part.trim()]))
}
/** A section's name: its heading without the parameters in brackets, so a rerun replaces it. */
const sectionKey = (section: string) => section.split('\n', 1)[0].replace(/\s*\(.*$/, '')

const searchSection = async () => {
  if (!values.dist) await buildSiteIfStale(process.env, values.json ? () => {} : console.log)
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.error(`No search index in ${dist}: run npm run build first (or pass --dist).`)
    process.exitCode = 1
    return undefined
  }
  const api = await loadPagefind(dist)
  const outcomes = []
  for (const q of relevanceQueries) outcomes.push(judge(q, await topPaths(api, q.query, 3)))
  const precision = precisionAt3(outcomes)
  const cost = await benchSearch(dist, { runs: Number(values.runs) })

  if (values.json) {
    console.log(JSON.stringify({ precision, misses: outcomes.filter((o) => !o.hit), cost }, null, 2))
    return undefined
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  const transfer = (t: Transfer) => `${t.requests} requests, ${kb(t.bytes)} as served, ${kb(t.gzipBytes)} with gzip`
  const row = (label: string, costs: QueryCost[]) => {
    const t = costs[0].transfer
    console.log(`  ${label.padEnd(10)} "${costs[0].query}": median ${median(costs.map((c) => c.ms)).toFixed(0)} ms (min ${Math.min(...costs.map((c) => c.ms)).toFixed(0)}, max ${Math.max(...costs.map((c) => c.ms)).toFixed(0)}); ${transfer(t)}`)
  }
  console.log(`Relevance: precision@3 ${precision.hits}/${precision.queries} (${(precision.hitRate * 100).toFixed(1)}% of queries have every expected page in the top 3); mean P@3 ${precision.meanP3.toFixed(3)}`)
  for (const miss of outcomes.filter((o) => !o.hit)) console.log(`  miss: "${miss.query.query}" wants ${miss.query.expect.join(', ')}; got ${miss.top.join(', ') || 'nothing'}`)
  console.log(`Search cost in Chromium on loopback (${cost.runs} runs, fresh cache each run):`)
  console.log(`  page load  /zoeken/: ${transfer(cost.pageLoad)}`)
  row('first', cost.first)
  row('following', cost.following)
  console.log(`  files for the first query: ${cost.first[0].transfer.files.join(' ')}`)

  return (
    `## Search (the seed corpus, ${cost.runs} runs, Chromium on loopback, fresh cache)\n\n| what | median | transfer |\n| --- | ---: | --- |\n| page load /zoeken/ | | ${transfer(cost.pageLoad)} |\n| first query "${cost.first[0].query}" | ${median(cost.first.map((c) => c.ms)).toFixed(0)} ms | ${transfer(cost.first[0].transfer)} |\n| following query "${cost.following[0].query}" | ${median(cost.following.map((c) => c.ms)).toFixed(0)} ms | ${transfer(cost.following[0].transfer)} |\n\nRelevance: precision@3 ${precision.hits}/${precision.queries}.`
  )
}

const main = async () => {
  const sections = await readSections()
  const put = (section: string | undefined) => section && sections.set(sectionKey(section), section.trim())
  if (!values['no-search']) put(await searchSection())
  if (values.json) return
  if (!values['no-lighthouse']) {
    if (!values.dist) await buildSiteIfStale(process.env, console.log)
    console.log('Lighthouse on every page template (mobile, desktop):')
    const scores = await benchLighthouse(dist, console.log)
    put(
      `## Lighthouse (one page per template, ${new Date().toISOString().slice(0, 10)})\n\nLighthouse ${lighthouseVersion} in Debian's Chromium on loopback, the site served with its production headers; "mobile" is Lighthouse's default phone with throttling, "desktop" its desktop preset. One run each; a score under 100 is in bold. The performance score moves with the load of the machine.\n\n${lighthouseTable(scores)}`,
    )
  }
  if (!values['no-builds']) {
    const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0)
    const builds = await benchBuilds(resolve('.'), sizes, Number(values['build-runs']), console.log)
    const table = buildTable(builds)
    console.log(table)
    put(
      `## Site build over synthetic corpora (${values['build-runs']} runs each, alternating)\n\nCorpora made by \`scripts/lib/bench/corpus.ts\` from content/ (40 % questions, 36 % lessons, 9 % tools, 6 % chapters, 5 % proeftuinen, 2 % MVP parts, 2 % programmes; copies keep their references to the real documents). "This site" is \`scripts/build-site.ts\` (astro build, Pagefind, link check); "bare Astro" is one page per document with its title and body, then the Pagefind CLI.\n\n${table}`,
    )
  }
  if (values.rest) {
    const sizes = values['rest-sizes'].split(',').map(Number)
    const results = await benchRest(resolve('.'), { sizes, rate: Number(values['rest-rate']), seconds: Number(values['rest-seconds']), asksPerSecond: Number(values.asks), log: console.log })
    const table = restTable(results)
    console.log(table)
    put(
      `## REST reads of the CMS (offered ${values['rest-rate']} req/s for ${values['rest-seconds']} s each, 20 connections; asks at ${values.asks}/s alongside)\n\nThe built CMS on loopback as in production (migrated SQLite in WAL mode, synchronous FULL), seeded through \`npm run seed\`; autocannon as the client on the same 2 cores. "With asks" posts valid questions to \`/api/questions/ask\` at the same time (limits lifted, so every ask is a write).\n\n${table}`,
    )
  }
  const head = `# Benchmarks\n\nWritten by \`npm run bench\` (last on ${new Date().toISOString().slice(0, 10)}): ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}. Measured, never asserted in tests. Each section says what it measured; a section is replaced only when its part runs again.`
  await writeFile('BENCHMARKS.md', `${[head, ...sections.values()].join('\n\n')}\n`)
  console.log('Wrote BENCHMARKS.md')
}

await main()
