import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { serveCms } from '../cmsServer'
import { serveDir } from '../staticServer'
import { generateCorpus } from './corpus'
import { measureRun } from './measure'
import { siteBuildArgs } from '../site/buildCommand'

/**
 * Moving content in and out of the CMS, and publishing, over a synthetic corpus: `npm run
 * content:import` of the corpus into an empty database and `npm run content:export` of it
 * (documents/s), then the time from an editor's publish through REST to the changed page being
 * served: the built CMS as in production (its own rebuild command, the quiet period of `npm
 * start`), the site served from its folder, polled every 250 ms. Measured, never asserted.
 */
export interface PublishFigures {
  documents: number
  importMs: number
  exportMs: number
  /** From the publish request until the served page shows the change. */
  liveMs: number[]
  quietMs: number
}

const poll = async (url: string, text: string, deadline: number) => {
  while (performance.now() < deadline) {
    const body = await fetch(url).then((r) => (r.ok ? r.text() : ''), () => '')
    if (body.includes(text)) return performance.now()
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not show “${text}” in time`)
}

export async function benchPublish(root: string, options: { size: number; publishes: number; quietMs: number; log: (line: string) => void }): Promise<PublishFigures> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-bench-publish-'))
  const corpus = path.join(work, 'corpus')
  const documents = await generateCorpus(path.join(root, 'content'), corpus, options.size)
  const contentDir = path.join(work, 'content')
  const outDir = path.join(work, 'dist')
  const sitePort = 4390
  const cmsPort = 3990
  const admin = { email: 'bench@example.org', password: 'bench-wachtwoord-lang-genoeg' }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: path.join(work, 'data'),
    PAYLOAD_SECRET: 'bench-secret',
    SITE_CONTENT_DIR: contentDir,
    SITE_OUT_DIR: outDir,
    SITE_URL: `http://localhost:${sitePort}`,
    CMS_URL: `http://localhost:${cmsPort}`,
    SITE_REBUILD_DEBOUNCE_MS: String(options.quietMs),
    SMTP_HOST: '',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  delete env.SITE_REBUILD_COMMAND // the CMS's own (siteBuildShellCommand)
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
  try {
    const imported = await measureRun(tsx, ['scripts/content-import.ts', corpus], { cwd: root, env })
    options.log(`  import of ${documents} documents: ${(imported.ms / 1000).toFixed(1)} s`)
    const exported = await measureRun(tsx, ['scripts/content-export.ts', contentDir], { cwd: root, env })
    options.log(`  export: ${(exported.ms / 1000).toFixed(1)} s`)
    // The site as it is before the publish (npm start builds it the same way).
    await measureRun(process.execPath, siteBuildArgs('--quiet'), { cwd: root, env })
    const site = await serveDir(outDir, { port: sitePort })
    const cms = await serveCms(cmsPort, { ...env, JOBS_AUTORUN: '1' })
    const liveMs: number[] = []
    try {
      const api = async (method: string, url: string, body?: unknown, token?: string) => {
        const response = await fetch(`http://127.0.0.1:${cmsPort}/api${url}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
        return response.json()
      }
      await api('POST', '/users/first-register', { ...admin, name: 'Bench', role: 'admin' })
      const { token } = await api('POST', '/users/login', admin)
      const tool = (await api('GET', '/tools?limit=1&depth=0&where[slug][equals]=vraagbaak', undefined, token)).docs[0] as { id: number; title: string; slug: string }
      for (let i = 0; i < options.publishes; i++) {
        const title = `${tool.title} (gepubliceerd ${i + 1})`
        const started = performance.now()
        await api('PATCH', `/tools/${tool.id}`, { title, _status: 'published' }, token)
        const live = await poll(`http://127.0.0.1:${sitePort}/toolbox/${tool.slug}/`, title, started + 10 * 60_000)
        liveMs.push(live - started)
        options.log(`  publish ${i + 1} live after ${((live - started) / 1000).toFixed(1)} s`)
      }
    } finally {
      cms.kill('SIGTERM')
      await site.close()
    }
    return { documents, importMs: imported.ms, exportMs: exported.ms, liveMs, quietMs: options.quietMs }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
