import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { benchBuilds, buildTable, builtOutputs } from './lib/bench/buildBench'
import { benchPublish } from './lib/bench/publish'
import { writeRawPagefindPage } from './lib/bench/rawPagefind'
import { benchRest, restTable } from './lib/bench/rest'
import { benchLighthouse, lighthouseTable } from './lib/bench/lighthouse'
import { benchSearch, median, type QueryCost, type SearchBenchResult, type Transfer } from './lib/bench/search'
import { buildSiteIfStale, distDir } from './lib/buildSiteIfStale'
import { loadPagefind, topPaths } from './lib/search/pagefindNode'
import { judge, precisionAt3 } from './lib/search/precision'
import { relevanceQueries } from './lib/search/queries'

// npm run bench [-- --dist dist --runs 5 --json | --no-search] [--no-lighthouse]
//   [--sizes 1000,5000,10000 --build-runs 3 --starlight-runs 1 --no-starlight | --no-builds] [--search-sizes 10000 | --no-search-scale]
//   [--rest-sizes 0,10000 --rest-rate 300 --rest-seconds 10 --asks 17 --ask-rate 30 | --no-rest]
//   [--publish-size 10000 --publishes 3 --quiet-ms 5000 | --no-publish]
// Each part replaces its own section of BENCHMARKS.md and leaves the others as they were; every
// part runs unless switched off, so `npm run bench` alone measures everything (about an hour,
// most of it Starlight at 10k).
// - search: precision@3 over the test queries, and the search page's cost in Chromium on
//   loopback (bytes, time to results: opened from a URL, typed, a following query) on dist/,
//   rebuilt first when older than its sources (as npm start does); a --dist folder as it is.
// - Lighthouse on every page template.
// - builds: this site, a bare Astro site and Starlight over synthetic corpora of the given sizes,
//   --build-runs times each, alternating (median and range).
// - search at scale: the search page on this site's build of the corpus beside Pagefind alone on
//   the bare build's index (the builds' outputs in .bench/, built once when missing).
// - rest: REST reads of the CMS alone and with asks alongside, and the ask endpoint alone (size 0: the seed corpus).
// - publish: import and export of a corpus (documents/s), then publish-to-live on it.
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,5000,10000' },
    'build-runs': { type: 'string', default: '3' },
    'no-builds': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    // Starlight's runs per size, at most --build-runs (default: as many).
    'starlight-runs': { type: 'string' },
    'no-search': { type: 'boolean', default: false },
    'search-sizes': { type: 'string', default: '10000' },
    'no-search-scale': { type: 'boolean', default: false },
    // Kept for older command lines: the REST part runs unless --no-rest.
    rest: { type: 'boolean', default: false },
    'no-rest': { type: 'boolean', default: false },
    'ask-rate': { type: 'string', default: '30' },
    'publish-size': { type: 'string', default: '10000' },
    publishes: { type: 'string', default: '3' },
    'quiet-ms': { type: 'string', default: '5000' },
    'no-publish': { type: 'boolean', default: false },
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
    `## Search (the seed corpus, ${cost.runs} runs, Chromium on loopback, fresh cache)\n\n| what | median | transfer |\n| --- | ---: | --- |\n| opened from a URL \`/zoeken/?q=${cost.opened[0].query}\`, to first results | ${median(cost.opened.map((c) => c.ms)).toFixed(0)} ms | ${transfer(cost.opened[0].transfer)} |\n| page load /zoeken/ | | ${transfer(cost.pageLoad)} |\n| first query "${cost.first[0].query}" | ${median(cost.first.map((c) => c.ms)).toFixed(0)} ms | ${transfer(cost.first[0].transfer)} |\n| following query "${cost.following[0].query}" | ${median(cost.following.map((c) => c.ms)).toFixed(0)} ms | ${transfer(cost.following[0].transfer)} |\n\nRelevance: precision@3 ${precision.hits}/${precision.queries}.`
  )
}

/** The machine's load when a part ran: the machine is shared, and timings move with it. */
const load = () => `Load when measured (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, 1/5/15 min on ${cpus().length} cores): ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.`

/** Our search page on this site's build of a synthetic corpus beside Pagefind alone on the bare build's index. */
const searchAtScale = async (size: number) => {
  const { site, bare } = await builtOutputs(resolve('.'), size, console.log)
  await writeRawPagefindPage(bare)
  const runs = Number(values.runs)
  console.log(`Search at ${size} documents (${runs} runs each):`)
  const ours = await benchSearch(site, { runs })
  const raw = await benchSearch(bare, { runs, path: '/raw-search/' })
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  const ms = (costs: QueryCost[]) => median(costs.map((c) => c.ms))
  const cell = (costs: QueryCost[], bytes: number) => `${ms(costs).toFixed(0)} ms (${Math.min(...costs.map((c) => c.ms)).toFixed(0)}–${Math.max(...costs.map((c) => c.ms)).toFixed(0)}), ${kb(bytes)}`
  const rows: [string, (r: SearchBenchResult) => [QueryCost[], number]][] = [
    [`opened from a URL (\`?q=${ours.opened[0].query}\`), to first results`, (r) => [r.opened, r.opened[0].transfer.bytes]],
    ['page load, then typed: first query', (r) => [r.first, r.pageLoad.bytes + r.first[0].transfer.bytes]],
    [`following query "${ours.following[0].query}"`, (r) => [r.following, r.following[0].transfer.bytes]],
  ]
  const lines = rows.map(([label, of]) => {
    const [o, ob] = of(ours)
    const [r, rb] = of(raw)
    return `| ${label} | ${cell(o, ob)} | ${cell(r, rb)} | ${(ob / rb).toFixed(2)}× |`
  })
  for (const line of lines) console.log(line)
  return `## Search at ${size} documents (${runs} runs, Chromium on loopback, fresh cache)\n\nOur search page (\`/zoeken/\`) on this site's build of the synthetic corpus of the build bench beside Pagefind alone (\`scripts/lib/bench/rawPagefind.ts\`: \`init\`, \`search\`, the first ten results' data) on the bare build's index of the same corpus; a laptop's window (1280 × 720), so our filter panel is open. Time from the navigation (opened from a URL) or from Enter (typed) to the results on screen: median (range); bytes as served (headers included; Pagefind's chunks are compressed already; a worker's script counts by its Content-Length, as Chromium reports no size for it). Our page searches with Pagefind in the page (\`noWorker\`), Pagefind alone in its worker, as by default. After its first results our page counts them by filter in a second Pagefind, in its worker, with the filters' index (${kb(ours.opened[0].after.bytes)} with the worker's script and the file of counts, not in the first row; in the typed rows it falls in the following query; on a phone only when the panel is opened); without a query the panel shows the values and their counts from a small file of the build's (\`pagefind/filter-counts.json\`, in "page load"). ${load()}\n\n| what | our search page | Pagefind alone, bare build | bytes, ours / Pagefind's |\n| --- | ---: | ---: | ---: |\n${lines.join('\n')}`
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
    const runs = Number(values['build-runs'])
    const starlightRuns = Math.min(runs, Number(values['starlight-runs'] ?? runs))
    const builds = await benchBuilds(resolve('.'), sizes, runs, console.log, { starlight: !values['no-starlight'], starlightRuns })
    const table = buildTable(builds)
    console.log(table)
    put(
      `## Site build over synthetic corpora (${runs} runs each${starlightRuns < runs && !values['no-starlight'] ? `, Starlight ${starlightRuns}` : ''}, alternating)\n\nCorpora made by \`scripts/lib/bench/corpus.ts\` from content/ (40 % questions, 36 % lessons, 9 % tools, 6 % chapters, 5 % proeftuinen, 2 % MVP parts, 2 % programmes; copies keep their references to the real documents). "This site" is \`scripts/build-site.ts\` as every caller starts it (\`node --import tsx\`: astro build in a child process, Pagefind, link check); "bare Astro" is one page per document with its title and body, then the Pagefind CLI.\n\n${table}`,
    )
  }
  if (!values['no-search-scale']) for (const size of values['search-sizes'].split(',').map(Number).filter((n) => n > 0)) put(await searchAtScale(size))
  if (!values['no-rest']) {
    const sizes = values['rest-sizes'].split(',').map(Number)
    const results = await benchRest(resolve('.'), { sizes, rate: Number(values['rest-rate']), seconds: Number(values['rest-seconds']), asksPerSecond: Number(values.asks), askRate: Number(values['ask-rate']), log: console.log })
    const table = restTable(results)
    console.log(table)
    put(
      `## REST reads of the CMS (offered ${values['rest-rate']} req/s for ${values['rest-seconds']} s each, 20 connections; asks at ${values.asks}/s alongside)\n\nThe built CMS on loopback as in production (migrated SQLite in WAL mode, synchronous FULL), seeded through \`npm run seed\`; autocannon as the client on the same 2 cores (it reports p97.5, not p95). "With asks" posts valid questions to \`/api/questions/ask\` at the same time (limits lifted, so every ask is a write); the ask row is the endpoint alone at ${values['ask-rate']}/s offered, 10 connections. ${load()}\n\n${table}`,
    )
  }
  if (!values['no-publish']) {
    const size = Number(values['publish-size'])
    console.log(`Import, export and publish over ${size} documents:`)
    const p = await benchPublish(resolve('.'), { size, publishes: Number(values.publishes), quietMs: Number(values['quiet-ms']), log: console.log })
    const perSecond = (ms: number) => (p.documents / (ms / 1000)).toFixed(0)
    const live = median(p.liveMs)
    put(
      `## Import, export and publish to live (${p.documents} documents)\n\n\`npm run content:import\` of a synthetic corpus into an empty, migrated SQLite database, then \`npm run content:export\` of it (whole commands, start-up included). Then the built CMS as in production (its own rebuild command, the quiet period of \`npm start\`: ${p.quietMs / 1000} s) and the site served from its folder: an admin publishes a new title of a tool through REST (\`PATCH /api/tools/:id\`), and the tool's page on the site is polled every 250 ms until it shows it. Each next publish is sent once the page is live; the previous rebuild's link check may still be running then, and the new rebuild waits for it. ${load()}\n\n| what | figure |\n| --- | ---: |\n| import | ${(p.importMs / 1000).toFixed(1)} s, ${perSecond(p.importMs)} documents/s |\n| export | ${(p.exportMs / 1000).toFixed(1)} s, ${perSecond(p.exportMs)} documents/s |\n| publish to live (median of ${p.liveMs.length}) | ${(live / 1000).toFixed(1)} s (${p.liveMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')}), of which ${p.quietMs / 1000} s quiet period |`,
    )
  }
  const head = `# Benchmarks\n\nWritten by \`npm run bench\` (last on ${new Date().toISOString().slice(0, 10)}): ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}. Measured, never asserted in tests. Each section says what it measured; a section is replaced only when its part runs again.`
  await writeFile('BENCHMARKS.md', `${[head, ...sections.values()].join('\n\n')}\n`)
  console.log('Wrote BENCHMARKS.md')
}

await main()
