import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { benchSearch, median, type QueryCost, type Transfer } from './lib/bench/search'
import { buildSiteIfStale, distDir } from './lib/siteBuild'
import { loadPagefind, topPaths } from '../tests/search/pagefind-node'
import { judge, precisionAt3 } from '../tests/search/precision'
import { relevanceQueries } from '../tests/search/queries'

// npm run bench [-- --dist dist --runs 5 --json]: the search's precision@3 over the test queries,
// and its cost in Chromium on loopback (bytes, time to results, first and following query).
// Without --dist it measures dist/, rebuilt first when older than its sources (as npm start does);
// a --dist folder is measured as it is.

const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } } })
const dist = values.dist ? resolve(values.dist) : distDir

const main = async () => {
  if (!values.dist) await buildSiteIfStale(process.env, values.json ? () => {} : console.log)
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.error(`No search index in ${dist}: run npm run build first (or pass --dist).`)
    process.exitCode = 1
    return
  }
  const api = await loadPagefind(dist)
  const outcomes = []
  for (const q of relevanceQueries) outcomes.push(judge(q, await topPaths(api, q.query, 3)))
  const precision = precisionAt3(outcomes)
  const cost = await benchSearch(dist, { runs: Number(values.runs) })

  if (values.json) {
    console.log(JSON.stringify({ precision, misses: outcomes.filter((o) => !o.hit), cost }, null, 2))
    return
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
}

await main()
