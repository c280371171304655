/**
 * Two CMS servers on one database, as behind a load balancer: nothing is kept per process. A burst
 * of publishes through both gives one rebuild (the rebuild is a job in the shared database, and a
 * newer one replaces one still waiting), and the ask limit counts the questions of one address
 * across both (the hits are rows in the shared database). The jobs run in one of them
 * (JOBS_AUTORUN=0 in the other), as the README says: Payload's claim of a job is a read and then a
 * write, so two runners on one SQLite file can take the same job.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildCmsIfStale, serveCms } from '../../scripts/lib/cmsServer'
import { freePort } from '../helpers/freePort'
import { restApi } from '../helpers/restApi'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-two-processes-'))
const builds = path.join(work, 'builds.log')
const editor = { email: 'eva@samenbeter.test', password: 'een-lang-wachtwoord-42', name: 'Eva Redacteur' }
const servers: { base: string; child: ChildProcess }[] = []
let toolId = 0

beforeAll(async () => {
  fs.cpSync('content', path.join(work, 'content'), { recursive: true })
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: path.join(work, 'data'),
    PAYLOAD_SECRET: 'e2e-two-processes',
    SITE_CONTENT_DIR: path.join(work, 'content'),
    SITE_OUT_DIR: path.join(work, 'dist'),
    SITE_REBUILD_DEBOUNCE_MS: '3000',
    // Each build leaves one line: how many ran is what the test counts.
    SITE_REBUILD_COMMAND: `echo "built by $$" >> "${builds}" && mkdir -p "$SITE_OUT_DIR" && echo '<title>site</title>' > "$SITE_OUT_DIR/index.html"`,
    ASK_RATE_LIMIT: '4',
  }
  Object.assign(process.env, env)
  const { localPayload } = await import('../../scripts/lib/payload')
  const payload = await localPayload()
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } as never, overrideAccess: true })
  toolId = (await payload.create({ collection: 'tools', data: { title: 'Een tool voor twee servers', kind: 'machine', _status: 'published' } as never, context: { skipRebuild: true } })).id as number
  await payload.destroy()
  await buildCmsIfStale()
  for (const autorun of ['1', '0']) {
    const port = await freePort()
    servers.push({ base: `http://127.0.0.1:${port}`, child: await serveCms(port, { ...env, JOBS_AUTORUN: autorun } as NodeJS.ProcessEnv) })
  }
}, 600_000)

afterAll(async () => {
  for (const { child } of servers) child.kill('SIGTERM')
  fs.rmSync(work, { recursive: true, force: true })
})

it('a burst of publishes through both servers gives one rebuild', async () => {
  const [a, b] = servers.map((s) => restApi(s.base))
  const tokens = [(await a('POST', '/users/login', undefined, editor)).token, (await b('POST', '/users/login', undefined, editor)).token]
  for (let n = 1; n <= 6; n++) {
    const [api, token] = n % 2 ? [a, tokens[0]] : [b, tokens[1]]
    await api('PATCH', `/tools/${toolId}`, token, { summary: `Versie ${n}.`, _status: 'published' })
  }
  for (let waited = 0; waited < 60_000 && !fs.existsSync(builds); waited += 250) await new Promise((r) => setTimeout(r, 250))
  // Long enough for a second rebuild to have started if one had been left queued.
  await new Promise((r) => setTimeout(r, 8_000))
  expect(fs.readFileSync(builds, 'utf8').trim().split('\n')).toHaveLength(1)
  expect(fs.readFileSync(path.join(work, 'content', 'tools', 'een-tool-voor-twee-servers.md'), 'utf8')).toContain('summary: Versie 6.')
}, 120_000)

it('the ask limit of one address holds across both servers', async () => {
  const statuses: number[] = []
  for (let n = 1; n <= 6; n++) {
    const response = await fetch(`${servers[n % 2].base}/api/questions/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
      body: JSON.stringify({ title: `Vraag nummer ${n} aan twee servers: hoe werkt de VraagBaak?`, name: 'Bea', email: 'bea@example.org', consent: true, shownAt: Date.now() - 10_000 }),
    })
    statuses.push(response.status)
  }
  expect(statuses).toEqual([201, 201, 201, 201, 429, 429])
})
