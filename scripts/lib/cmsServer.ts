import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { rootDir } from '../../cms/env/paths'
import { isStale } from './freshness'
import { run } from './run'

const cmsDir = path.join(rootDir, 'cms')
const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
const nextBin = path.join(rootDir, 'node_modules', '.bin', 'next')
const tsxBin = path.join(rootDir, 'node_modules', '.bin', 'tsx')

/** Builds the Next.js app of the CMS when it is missing or older than its sources. */
export async function buildCmsIfStale(log: (line: string) => void = console.log) {
  // The CMS bundles the domain model and the content export it runs in its own process.
  const inputs = [cmsDir, 'model', 'scripts/lib/content', 'package-lock.json'].map((p) => path.resolve(rootDir, p))
  if (!isStale(buildId, inputs, (p) => p.includes(`${path.sep}.next`) || p.endsWith('payload-types.ts'))) {
    log('CMS: build is up to date.')
    return
  }
  log('CMS: building the admin and API (next build, about a minute)…')
  // Building evaluates the config (NODE_ENV=production), which wants a secret; none is baked into
  // the output, the server reads its own at start.
  // Next's telemetry is off: a site that carries the Zero Badge sends nothing home, not even at build.
  const env = { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'build-time-only', NEXT_TELEMETRY_DISABLED: '1' }
  await run(nextBin, ['build', 'cms'], { cwd: rootDir, env })
}

/** A CMS server that stopped before it answered: `stoppedBy` says how (a signal, or `exit N`). */
export type CmsStoppedError = Error & { stoppedBy: string }

/**
 * Serves the built CMS (scripts/serve-cms.ts); resolves once it answers on /api. `onSpawn` gets
 * the process at once, so whoever stops everything can stop one that is still starting.
 */
export async function serveCms(port: number, env: NodeJS.ProcessEnv = process.env, onSpawn?: (child: ChildProcess) => void): Promise<ChildProcess> {
  const child = spawn(tsxBin, [path.join(rootDir, 'scripts', 'serve-cms.ts'), '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: rootDir,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  onSpawn?.(child)
  // Passed through as it comes, and the last lines kept to say why a start failed.
  let tail = ''
  const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
    to.write(chunk)
    tail = (tail + chunk.toString()).slice(-2000)
  }
  child.stdout!.on('data', (c: Buffer) => keep(c, process.stdout))
  child.stderr!.on('data', (c: Buffer) => keep(c, process.stderr))
  const url = `http://127.0.0.1:${port}/api/users/me`
  for (let waited = 0; waited < 120_000; waited += 250) {
    // Killed by a signal, a process has no exit code, only its signal.
    if (child.exitCode !== null || child.signalCode !== null) {
      const stoppedBy = child.signalCode ?? `exit ${child.exitCode}`
      throw Object.assign(new Error(`the CMS server stopped (${stoppedBy}) on port ${port}:\n${tail}`), { stoppedBy }) as CmsStoppedError
    }
    const ok = await fetch(url).then((r) => r.status < 500, () => false)
    if (ok) return child
    await new Promise((r) => setTimeout(r, 250))
  }
  child.kill()
  throw new Error(`the CMS did not answer on ${url} within 2 minutes`)
}
