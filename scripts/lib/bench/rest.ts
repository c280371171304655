import autocannon from 'autocannon'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildCmsIfStale, serveCms } from '../cmsServer'
import { generateCorpus } from './corpus'

/**
 * REST reads of the built CMS on loopback, at a fixed offered rate, alone and with questions being
 * asked alongside (the write path every visitor can reach), over the seed corpus and optionally a
 * synthetic one. The CMS runs as in production (migrated SQLite in WAL mode, jobs on); the ask
 * limits are lifted so the asks are writes, not 429s.
 */
export type ReadResult = { label: string; path: string; offered: number; achieved: number; p50: number; p975: number; p99: number; errors: number; bytes: number; asksPerSecond?: number }

/** The ask endpoint alone at a fixed offered rate: every visitor can reach this write. */
export type AskResult = { offered: number; achieved: number; p50: number; p975: number; p99: number; errors: number }

const reads = (ids: { tool: number }) => [
  { label: 'one tool', path: `/api/tools/${ids.tool}` },
  { label: '10 tools, depth 1', path: '/api/tools?limit=10&depth=1' },
  { label: '20 lessons, depth 1', path: '/api/lessons?limit=20&depth=1' },
]

const run = (options: autocannon.Options) => new Promise<autocannon.Result>((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))))

export async function benchRest(root: string, options: { sizes: number[]; rate: number; seconds: number; asksPerSecond: number; askRate: number; log: (line: string) => void }) {
  const results: { size: number; rows: ReadResult[]; ask: AskResult }[] = []
  await buildCmsIfStale(options.log)
  for (const size of options.sizes) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-bench-rest-'))
    const contentDir = size > 0 ? path.join(dataDir, 'content') : path.join(root, 'content')
    if (size > 0) await generateCorpus(path.join(root, 'content'), contentDir, size)
    const port = 3900 + results.length
    const siteUrl = 'http://localhost:4321'
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: 'bench-secret',
      SITE_CONTENT_DIR: contentDir,
      SITE_REBUILD_COMMAND: '',
      SITE_URL: siteUrl,
      ASK_RATE_LIMIT: '100000000',
      ASK_MIN_SECONDS: '0',
      ASK_DUPLICATE_WINDOW_SECONDS: '0',
      SMTP_HOST: '',
    }
    // Seed through the same path as npm start: an empty database imports content/.
    execFileSync('npx', ['tsx', 'scripts/seed.ts'], { cwd: root, env, stdio: 'ignore' })
    const server = await serveCms(port, env)
    try {
      const base = `http://127.0.0.1:${port}`
      const tool = (await (await fetch(`${base}/api/tools?limit=1&depth=0`)).json()).docs[0].id as number
      const total = (await (await fetch(`${base}/api/tools?limit=0`)).json()).totalDocs as number
      options.log(`rest bench: ${size || 'seed'} corpus (${total} tools), ${options.rate} req/s for ${options.seconds} s each`)
      const rows: ReadResult[] = []
      const askOptions = (rate: number, connections: number) => ({
        url: `${base}/api/questions/ask`,
        method: 'POST' as const,
        connections,
        overallRate: rate,
        duration: options.seconds,
        headers: { 'content-type': 'application/json', origin: siteUrl },
        body: JSON.stringify({ title: 'Hoe begin je een VraagBaak in je eigen wijk, en wat kost dat?', name: 'Bench', email: 'bench@example.org', consent: true, shownAt: Date.now() - 10_000 }),
      })
      const asked = await run(askOptions(options.askRate, 10))
      const ask = { offered: options.askRate, achieved: asked.requests.average, p50: asked.latency.p50, p975: asked.latency.p97_5, p99: asked.latency.p99, errors: asked.errors + asked.timeouts + asked.non2xx }
      options.log(`  asks alone at ${options.askRate}/s: ${ask.achieved.toFixed(0)} req/s, p50 ${ask.p50} / p99 ${ask.p99} ms, ${ask.errors} errors`)
      for (const read of reads({ tool })) {
        const bytes = (await (await fetch(`${base}${read.path}`)).arrayBuffer()).byteLength
        for (const withAsks of [false, true]) {
          const ask = withAsks ? run(askOptions(options.asksPerSecond, 4)) : undefined
          const result = await run({ url: `${base}${read.path}`, connections: 20, overallRate: options.rate, duration: options.seconds })
          const asked = await ask
          rows.push({
            label: read.label,
            path: read.path,
            offered: options.rate,
            achieved: result.requests.average,
            p50: result.latency.p50,
            p975: result.latency.p97_5,
            p99: result.latency.p99,
            errors: result.errors + result.timeouts + result.non2xx,
            bytes,
            asksPerSecond: asked ? asked.requests.average : undefined,
          })
          options.log(`  ${read.label}${asked ? ` + ${asked.requests.average.toFixed(0)} asks/s` : ''}: ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${result.errors + result.timeouts + result.non2xx} errors`)
        }
      }
      results.push({ size, rows, ask })
    } finally {
      server.kill('SIGTERM')
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
  return results
}

export function restTable(results: { size: number; rows: ReadResult[]; ask: AskResult }[]) {
  const lines = ['| corpus | request | size | alone: req/s, p50 / p97.5 / p99 | with asks: asks/s; req/s, p50 / p99 | errors |', '| --- | --- | ---: | ---: | ---: | ---: |']
  for (const { size, rows, ask } of results) {
    lines.push(`| ${size || 'seed (content/)'} | \`POST /api/questions/ask\` (offered ${ask.offered}/s) | | ${ask.achieved.toFixed(0)}, ${ask.p50} / ${ask.p975} / ${ask.p99} ms | | ${ask.errors} |`)
    for (let i = 0; i < rows.length; i += 2) {
      const [alone, asks] = [rows[i], rows[i + 1]]
      lines.push(
        `| ${size || 'seed (content/)'} | \`GET ${alone.path.replace(/\/\d+$/, '/:id')}\` | ${(alone.bytes / 1024).toFixed(1)} KB | ${alone.achieved.toFixed(0)}, ${alone.p50} / ${alone.p975} / ${alone.p99} ms | ${asks.asksPerSecond?.toFixed(0)}; ${asks.achieved.toFixed(0)}, ${asks.p50} / ${asks.p99} ms | ${alone.errors} / ${asks.errors} |`,
      )
    }
  }
  return lines.join('\n')
}
